package org.malcomms.model;

/** Whose side the assessment is written for. */
public enum Perspective {
    COMPLAINANT, DEFENCE;

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
