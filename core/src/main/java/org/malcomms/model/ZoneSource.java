package org.malcomms.model;

/** Whether a message's offset came from the export itself or from the zone the user assumed (--tz). */
public enum ZoneSource {
    EXPORT, ASSUMED;

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
