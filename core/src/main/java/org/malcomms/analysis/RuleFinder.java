package org.malcomms.analysis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's matches in one text, found one after another exactly as {@link Matcher#find} finds them (leftmost,
 * each starting where the last ended), but with the pattern tried only where the text opens as a match would
 * ({@link Openings}). The matcher's bounds are transparent and not anchoring, so a pattern tried from a position
 * still sees the text before it ({@code \b}, lookbehinds) and {@code ^} still means the start of the text. The
 * matcher is made only once the text opens as a match would somewhere, which in most texts it does not.
 */
final class RuleFinder {
    private final Pattern pattern;
    private final Openings openings;
    private final CharSequence text;
    /** The text's character kinds ({@link Openings#kinds}), worked out on the first search if not given. */
    private byte[] kinds;
    private Matcher matcher;
    private int from;

    /**
     * {@code openings}: those of {@code pattern}, or null to search with the matcher alone; {@code kinds}: the
     * text's ({@link Openings#kinds}), or null.
     */
    RuleFinder(Pattern pattern, Openings openings, CharSequence text, byte[] kinds) {
        this.pattern = pattern;
        this.openings = openings;
        this.text = text;
        this.kinds = kinds;
    }

    /** Finds the next match, as {@link Matcher#find()} does. */
    boolean find() {
        if (openings == null) {
            matcher = matcher != null ? matcher : pattern.matcher(text);
            return matcher.find();
        }
        kinds = kinds != null ? kinds : Openings.kinds(text);
        for (int at = openings.next(text, kinds, from); at >= 0; at = openings.next(text, kinds, at + 1)) {
            matcher = matcher != null ? matcher
                    : pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
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
