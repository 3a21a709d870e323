package org.malcomms.analysis;

/** Who an offensive message is aimed at; NONE when it is not offensive. */
public enum Target {
    INDIVIDUAL, GROUP, OTHER, NONE;

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
