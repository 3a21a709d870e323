package org.malcomms.analysis;

/** Reads one message text and scores it. Implementations must be thread-safe and need no network. */
public interface MessageClassifier {
    Classification classify(String text);
}
