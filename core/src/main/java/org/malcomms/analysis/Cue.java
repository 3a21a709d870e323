package org.malcomms.analysis;

/** Conversation cues a message can carry besides its labels. */
public enum Cue {
    /** The writer asks the other to stop contacting them ("please stop", "leave me alone"). */
    STOP_REQUEST,
    /** Contacts, or threatens to contact, the other's employer, staff, family, clients or followers. */
    THIRD_PARTY_CONTACT,
    /** Threatens to share intimate images or private information. */
    EXPOSURE_THREAT,
    /** Reports or quotes abuse rather than giving it ("he called me a ..."). */
    REPORTING
}
