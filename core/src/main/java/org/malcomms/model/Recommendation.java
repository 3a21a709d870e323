package org.malcomms.model;

/** The practical test's answer: pursue it, drop or rethink it, or escalate it now. */
public enum Recommendation {
    PURSUE, RETHINK, ESCALATE;

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
