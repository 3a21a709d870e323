package org.malcomms.web;

import java.time.Duration;
import java.time.Instant;

/**
 * What the server remembers for one browser after the launch token started its session: the secret that every
 * form must echo back (CSRF), the case it has open, a one-line notice to show on the next page, and when it was
 * last used.
 */
final class WebSession {
    private final String csrf;
    private OpenCase openCase;
    private String notice;
    private Instant lastUsed;

    WebSession(String csrf, Instant started) {
        this.csrf = csrf;
        this.lastUsed = started;
    }

    String csrf() {
        return csrf;
    }

    synchronized void used(Instant now) {
        if (now.isAfter(lastUsed)) {
            lastUsed = now;
        }
    }

    synchronized Duration idleSince(Instant now) {
        return Duration.between(lastUsed, now);
    }

    synchronized OpenCase openCase() {
        return openCase;
    }

    synchronized void open(OpenCase c) {
        this.openCase = c;
    }

    synchronized void notice(String text) {
        this.notice = text;
    }

    /** The notice to show once, cleared as it is read. */
    synchronized String takeNotice() {
        String n = notice;
        notice = null;
        return n;
    }
}
