package org.malcomms.analysis;

import java.util.regex.Matcher;

/**
 * A rule's matches in one text, found one after another exactly as {@link Matcher#find} finds them (leftmost,
 * each starting where the last ended), but with the pattern tried only where the text opens as a match would
 * ({@link Openings}). The matcher's bounds are transparent and not anchoring, so a pattern tried from a position
 * still sees the text before it ({@code \b}, lookbehinds) and {@code ^} still means the start of the text.
 */
final class RuleFinder {
    private final Matcher matcher;
    private final Openings openings;
    private final CharSequence text;
    private int from;

    /** {@code openings}: those of {@code matcher}'s pattern, or null to search with the matcher alone. */
    RuleFinder(Matcher matcher, Openings openings, CharSequence text) {
        this.matcher = matcher.useTransparentBounds(true).useAnchoringBounds(false);
        this.openings = openings;
        this.text = text;
    }

    /** Finds the next match, as {@link Matcher#find()} does. */
    boolean find() {
        if (openings == null) {
            return matcher.find();
        }
        for (int at = openings.next(text, from); at >= 0; at = openings.next(text, at + 1)) {
            matcher.region(at, text.length());
            if (matcher.lookingAt()) {
                from = matcher.end();
                return true;
            }
        }
        from = text.length();
        return false;
    }

    /** Where the match found last starts. */
    int start() {
        return matcher.start();
    }

    /** Where the match found last ends. */
    int end() {
        return matcher.end();
    }
}
