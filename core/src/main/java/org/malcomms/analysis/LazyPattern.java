package org.malcomms.analysis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's pattern, or one that excuses a rule's finding ({@link Excuses}), compiled with its first-character guard
 * ({@link FirstChars#guarded}), and its openings ({@link Openings}), worked out the first time it is wanted: most
 * rules never run in one use of the tool, and compiling them all was most of the classifier's load time.
 */
final class LazyPattern {
    private record Compiled(Pattern pattern, Openings openings) {
    }

    private final String regex;
    private volatile Compiled compiled;

    LazyPattern(String regex) {
        this.regex = regex;
    }

    private Compiled get() {
        Compiled c = compiled;
        if (c == null) {
            c = new Compiled(FirstChars.guarded(regex), Openings.of(regex));
            compiled = c;
        }
        return c;
    }

    Pattern compiled() {
        return get().pattern();
    }

    /** What every match opens with, or null when that cannot be worked out. */
    Openings openings() {
        return get().openings();
    }

    /** The pattern's matches in {@code text}, found as {@link Matcher#find} finds them. */
    RuleFinder finder(CharSequence text) {
        return finder(text, null);
    }

    /** As {@link #finder(CharSequence)}, with the text's character kinds ({@link Openings#kinds}) already known. */
    RuleFinder finder(CharSequence text, byte[] kinds) {
        Compiled c = get();
        return new RuleFinder(c.pattern(), c.openings(), text, kinds);
    }
}
