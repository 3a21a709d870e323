package org.malcomms.analysis;

/** Conversation cues a message can carry besides its labels, each found by an explainable phrase rule. */
public enum Cue {
    /** The writer asks the other to stop contacting them ("please stop", "leave me alone"). */
    STOP_REQUEST,
    /** The writer has blocked the other ("I've blocked you", or WhatsApp's "You blocked this contact"). */
    BLOCKED,
    /** Contacts, or threatens to contact, the other's employer, staff, family, clients or followers. */
    THIRD_PARTY_CONTACT,
    /** Threatens to share intimate images or private information. */
    EXPOSURE_THREAT,
    /** Says intimate images or private information have already been shared ("I've sent your nudes to..."). */
    EXPOSED,
    /** Refers to intimate images of someone (nudes, naked pictures, a sex video). */
    INTIMATE_IMAGE,
    /** Demands money, images or action under pressure ("send £500", "or else", "you have 24 hours"). */
    DEMAND,
    /** Shows the writer watching or tracking the other ("I saw you at...", "I'm outside your house"). */
    MONITORING,
    /** Hides who the writer is ("you don't know who I am", "guess who", "fake account"). */
    ANONYMITY,
    /** Gets round a block ("new number", "you blocked me", "can't block me forever"). */
    EVASION,
    /** Apologises or withdraws what was said. */
    REMORSE,
    /** Marks a message as a joke ("lol", "haha", "only messing", laughing emoji). */
    JOKING,
    /** Refers to flashing or strobing images, seizures or epilepsy. */
    FLASHING,
    /** Reports or quotes abuse rather than giving it ("he called me a ..."). */
    REPORTING
}
