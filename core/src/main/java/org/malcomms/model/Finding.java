package org.malcomms.model;

/** Whether the evidence supports one element (point to prove) of an offence. */
public enum Finding {
    SUPPORTED, ARGUABLE, UNSUPPORTED;

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
