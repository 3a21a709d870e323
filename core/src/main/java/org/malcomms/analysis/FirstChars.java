package org.malcomms.analysis;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The characters a regular expression's matches can start with, worked out from its text, so that a rule can be
 * compiled with a cheap guard in front ({@link #guarded}). Java's engine tries every alternative of a pattern at
 * every position of a message; a rule of twenty alternatives each opening with {@code \b} spent most of
 * {@code classify}'s time failing at positions where none could start. With {@code (?=[...])} in front, such a
 * position fails on one character test. The guard never changes what a pattern matches: it is only added when
 * every match must start with one of the characters found, and left off (the pattern compiled as written) for
 * anything the analysis does not follow (a {@code .} or a negated class that can come first, inline flags, back
 * references, a pattern that can match nothing at all).
 */
final class FirstChars {
    private final String regex;
    private int at;

    private FirstChars(String regex) {
        this.regex = regex;
    }

    /**
     * {@code regex} compiled with a guard of its first characters in front, when they can be worked out, and a
     * {@code \b} after it when every match starts at a word boundary.
     */
    static Pattern guarded(String regex) {
        Start start = start(regex);
        if (start == null) {
            return Pattern.compile(regex);
        }
        StringBuilder guard = new StringBuilder("(?=[");
        for (int c : start.chars) {
            guard.append(Character.isLetterOrDigit(c) && c < 128 ? Character.toString(c)
                    : "\\x{" + Integer.toHexString(c) + "}");
        }
        guard.append(start.bounded ? "])\\b(?:" : "])(?:");
        return Pattern.compile(guard.append(regex).append(')').toString());
    }

    /** The code points every match of {@code regex} starts with one of, or null when they cannot be worked out. */
    static Set<Integer> of(String regex) {
        Start start = start(regex);
        return start == null ? null : start.chars;
    }

    private static Start start(String regex) {
        FirstChars parser = new FirstChars(regex);
        try {
            Start start = parser.alternation();
            return parser.at != regex.length() || start.chars == null || start.empty ? null : start;
        } catch (Unfollowed e) {
            return null;
        }
    }

    /**
     * What a piece of a pattern can start with ({@code chars} null: anything), whether it can match nothing, whether
     * every way into its first character passes a {@code \b} ({@code bounded}), and whether every way through it
     * that matches nothing passes one ({@code emptyBounded}).
     */
    private record Start(Set<Integer> chars, boolean empty, boolean bounded, boolean emptyBounded) {
        static final Start NOTHING = new Start(new TreeSet<>(), true, true, false);
        static final Start BOUNDARY = new Start(new TreeSet<>(), true, true, true);
        static final Start ANY = new Start(null, false, false, true);

        static Start of(Set<Integer> chars) {
            return new Start(chars, false, false, true);
        }

        Start or(Start other) {
            return new Start(union(chars, other.chars), empty || other.empty, bounded && other.bounded,
                    (!empty || emptyBounded) && (!other.empty || other.emptyBounded));
        }

        /** This piece followed by {@code next}. */
        Start then(Start next) {
            return empty ? new Start(union(chars, next.chars), next.empty, bounded && (emptyBounded || next.bounded),
                    emptyBounded || next.emptyBounded) : this;
        }

        Start optional() {
            return new Start(chars, true, bounded, false);
        }

        private static Set<Integer> union(Set<Integer> a, Set<Integer> b) {
            if (a == null || b == null) {
                return null;
            }
            Set<Integer> out = new TreeSet<>(a);
            out.addAll(b);
            return out;
        }
    }

    /** Inline flags ("(?i)"), which could make any letter match in either case. */
    private static final class Unfollowed extends RuntimeException {
        Unfollowed() {
            super(null, null, false, false);
        }
    }

    private Start alternation() {
        Start start = sequence();
        while (at < regex.length() && regex.charAt(at) == '|') {
            at++;
            start = start.or(sequence());
        }
        return start;
    }

    private Start sequence() {
        Start start = Start.NOTHING;
        while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
            start = start.then(quantified(element()));
        }
        return start;
    }

    private Start quantified(Start element) {
        if (at >= regex.length()) {
            return element;
        }
        char q = regex.charAt(at);
        Start out = element;
        if (q == '?' || q == '*') {
            at++;
            out = element.optional();
        } else if (q == '+') {
            at++;
        } else if (q == '{') {
            int close = regex.indexOf('}', at);
            String min = regex.substring(at + 1, close).split(",", -1)[0];
            at = close + 1;
            out = Integer.parseInt(min) == 0 ? element.optional() : element;
        } else {
            return element;
        }
        if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
            at++;
        }
        return out;
    }

    private Start element() {
        int c = regex.codePointAt(at);
        at += Character.charCount(c);
        return switch (c) {
            case '(' -> group();
            case '[' -> charClass();
            case '\\' -> escape();
            case '^', '$' -> Start.NOTHING;
            case '.' -> Start.ANY;
            default -> Start.of(new TreeSet<>(Set.of(c)));
        };
    }

    /** True when the group opened just before {@code at} is a lookahead or lookbehind, which consumes nothing. */
    static boolean lookaround(String regex, int at) {
        return regex.startsWith("?=", at) || regex.startsWith("?!", at) || regex.startsWith("?<=", at)
                || regex.startsWith("?<!", at);
    }

    /**
     * Where the body of the group opened just before {@code at} starts, past "?:", "?>", "?=", "?!", "?<=", "?<!" or
     * a name; -1 for any other flag, which neither reader of patterns follows.
     */
    static int groupBody(String regex, int at) {
        if (!regex.startsWith("?", at)) {
            return at;
        }
        if (regex.startsWith("?<=", at) || regex.startsWith("?<!", at)) {
            return at + 3;
        }
        if (regex.startsWith("?:", at) || regex.startsWith("?>", at) || lookaround(regex, at)) {
            return at + 2;
        }
        if (regex.startsWith("?<", at)) {
            return regex.indexOf('>', at) + 1;
        }
        return -1;
    }

    private Start group() {
        boolean lookaround = lookaround(regex, at);
        at = groupBody(regex, at);
        if (at < 0) {
            throw new Unfollowed();
        }
        Start inner = alternation();
        expect(')');
        // a lookaround consumes nothing: what comes after it is what a match starts with
        return lookaround ? Start.NOTHING : inner;
    }

    private void expect(char c) {
        if (at >= regex.length() || regex.charAt(at) != c) {
            throw new IllegalArgumentException("unbalanced pattern at " + at + ": " + regex);
        }
        at++;
    }

    private Start charClass() {
        boolean followed = !regex.startsWith("^", at);
        at += followed ? 0 : 1;
        Set<Integer> chars = new TreeSet<>();
        while (at < regex.length() && regex.charAt(at) != ']') {
            int c = regex.codePointAt(at);
            at += Character.charCount(c);
            Set<Integer> one;
            if (c == '[') {
                skipClass();
                followed = false;
                continue;
            } else if (c == '&' && regex.startsWith("&", at)) {
                followed = false;
                continue;
            } else if (c == '\\') {
                Start escaped = escape();
                followed &= escaped.chars != null && !escaped.empty;
                one = escaped.chars == null ? Set.of() : escaped.chars;
            } else {
                one = Set.of(c);
            }
            if (one.size() == 1 && regex.startsWith("-", at) && !regex.startsWith("-]", at)) {
                at++;
                int to = regex.codePointAt(at);
                at += Character.charCount(to);
                if (to == '\\') {
                    escape();
                    followed = false;
                    continue;
                }
                for (int x = one.iterator().next(); x <= to; x++) {
                    chars.add(x);
                }
            } else {
                chars.addAll(one);
            }
        }
        expect(']');
        return followed ? Start.of(chars) : Start.ANY;
    }

    private void skipClass() {
        int depth = 1;
        while (depth > 0 && at < regex.length()) {
            char c = regex.charAt(at++);
            if (c == '\\') {
                at++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            }
        }
    }

    private Start escape() {
        char c = regex.charAt(at++);
        return switch (c) {
            case 'b' -> Start.BOUNDARY;
            case 'B', 'A', 'z', 'Z', 'G' -> Start.NOTHING;
            case 'w' -> Start.of(range("azAZ09__"));
            case 'd' -> Start.of(range("09"));
            case 's' -> Start.of(new TreeSet<>(Set.of((int) ' ', (int) '\t', (int) '\n', 0x0B, (int) '\f',
                    (int) '\r')));
            case 't' -> Start.of(new TreeSet<>(Set.of((int) '\t')));
            case 'n' -> Start.of(new TreeSet<>(Set.of((int) '\n')));
            default -> Character.isLetterOrDigit(c) ? skipUnknownEscape(c) : Start.of(new TreeSet<>(Set.of((int) c)));
        };
    }

    /** An escape not followed (a property, a code, a back reference): skipped over, and anything may start here. */
    private Start skipUnknownEscape(char c) {
        if ((c == 'p' || c == 'P' || c == 'x') && regex.startsWith("{", at)) {
            at = regex.indexOf('}', at) + 1;
        } else if (c == 'u') {
            at += 4;
        } else if (c == 'Q') {
            at = regex.indexOf("\\E", at) + 2;
        } else if (c == 'x') {
            at += 2;
        }
        return Start.ANY;
    }

    private static Set<Integer> range(String pairs) {
        Set<Integer> out = new TreeSet<>();
        for (int i = 0; i < pairs.length(); i += 2) {
            for (int c = pairs.charAt(i); c <= pairs.charAt(i + 1); c++) {
                out.add(c);
            }
        }
        return out;
    }
}
