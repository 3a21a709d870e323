package org.malcomms.model;

/** What a timeline entry is: a text message, a media item, a platform notice, or a deleted message. */
public enum MessageKind {
    MESSAGE, MEDIA, SYSTEM, DELETED;

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
