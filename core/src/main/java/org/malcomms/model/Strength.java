package org.malcomms.model;

/** How far the evidence gets towards an offence. */
public enum Strength {
    NONE, WEAK, MODERATE, STRONG;

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
