package org.malcomms.web;

/**
 * What the server remembers for one browser after the launch token started its session: the secret that every
 * form must echo back (CSRF), the case it has open, and a one-line notice to show on the next page.
 */
final class WebSession {
    private final String csrf;
    private OpenCase openCase;
    private String notice;

    WebSession(String csrf) {
        this.csrf = csrf;
    }

    String csrf() {
        return csrf;
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
