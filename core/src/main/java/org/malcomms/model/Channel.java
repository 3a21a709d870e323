package org.malcomms.model;

/** Where a message was sent: to one person, into a group, or in public. */
public enum Channel {
    DIRECT, GROUP, PUBLIC;

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
