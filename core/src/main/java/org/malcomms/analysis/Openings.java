package org.malcomms.analysis;

import java.util.HashSet;
import java.util.Set;

/**
 * The first few characters (up to {@link #LONGEST}) that every match of a regular expression opens with, worked out
 * from its text, so that a rule's pattern need only be tried where the text opens the same way
 * ({@link RuleFinder}). A first-character guard ({@link FirstChars}) lets a rule of a hundred verbs through at every
 * word starting with one of two dozen letters, where Java's engine then tries the hundred verbs one by one; the
 * first few letters let it through only where one of them stands. The openings are a necessary
 * condition, never a sufficient one: zero-width pieces ({@code \b}, lookarounds, anchors) are left out, and a piece
 * that could open with too many characters (a {@code .}, {@code \w}, a negated or large class) ends what is known.
 * A pattern the analysis does not follow (inline flags) or one that could match nothing has no openings at all.
 */
final class Openings {
    /** The most characters of an opening looked at: as many as one key ({@link OpeningPrefixes#key}) holds. */
    static final int LONGEST = 7;
    /** The most openings kept; beyond it, fewer characters are looked at. */
    private static final int MOST = 4096;
    /** The largest character class spelt out; a larger one opens with anything. */
    private static final int LARGEST_CLASS = 16;

    /** How many kinds of character {@link #kind} tells apart. */
    private static final int KINDS = 32;
    /** The kinds below this each stand for one character (a letter, space, apostrophe): a pair of them is exact. */
    private static final int EXACT = 28;
    /** The kind of "no character": the end of the text, after an opening's first character. */
    private static final int END = KINDS - 1;
    /** The kind of each ASCII character: a letter, space and apostrophe each its own, digits one, the rest one. */
    private static final byte[] ASCII_KINDS = new byte[128];

    static {
        java.util.Arrays.fill(ASCII_KINDS, (byte) 29);
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_KINDS[c] = (byte) (c - 'a');
        }
        ASCII_KINDS[' '] = 26;
        ASCII_KINDS['\''] = 27;
        for (char c = '0'; c <= '9'; c++) {
            ASCII_KINDS[c] = 28;
        }
    }

    private final OpeningPrefixes prefixes;
    /**
     * The pairs of character kinds ({@link #kind}) some opening starts with, one bit each ({@code first * 32 +
     * second}), to turn most positions down before the prefixes are looked up: 128 bytes, which stay in the cache
     * where a bit per pair of characters would not.
     */
    private final long[] pairs = new long[KINDS * KINDS / 64];
    /** The kinds below {@link #EXACT} whose character is an opening by itself, one bit each. */
    private int wholeFirsts;
    /** The pairs of kinds below {@link #EXACT} whose two characters are an opening by themselves, as {@link #pairs}. */
    private final long[] wholePairs = new long[KINDS * KINDS / 64];

    private Openings(Set<String> openings) {
        Set<String> keyed = new HashSet<>();
        for (String o : openings) {
            int end = 1;
            while (end < o.length() && o.charAt(end) < 256) {
                end++;
            }
            keyed.add(o.substring(0, end));
        }
        prefixes = new OpeningPrefixes(keyed);
        for (String o : keyed) {
            int first = kind(o.charAt(0));
            if (o.length() == 1) {
                for (int second = 0; second < KINDS; second++) {
                    set(pairs, first * KINDS + second);
                }
                wholeFirsts |= first < EXACT ? 1 << first : 0;
            } else {
                int second = kind(o.charAt(1));
                set(pairs, first * KINDS + second);
                if (o.length() == 2 && first < EXACT && second < EXACT) {
                    set(wholePairs, first * KINDS + second);
                }
            }
        }
    }

    private static void set(long[] bits, int pair) {
        bits[pair >>> 6] |= 1L << pair;
    }

    private static boolean isSet(long[] bits, int pair) {
        return (bits[pair >>> 6] & 1L << pair) != 0;
    }

    /** The kind of a character, as the pairs tell them apart: an ASCII one's, or one kind for all the others. */
    private static int kind(char c) {
        return c < 128 ? ASCII_KINDS[c] : 30;
    }

    /**
     * The openings of {@code regex}, or null when they cannot be worked out or do not narrow anything down, and for
     * a pattern that may hold {@code \G} (where the last match ended), which would mean another place when the
     * pattern is tried from a position ({@link RuleFinder}).
     */
    static Openings of(String regex) {
        if (regex.contains("\\G")) {
            return null;
        }
        for (int longest = LONGEST; longest > 1; longest--) {
            try {
                Set<String> openings = Parser.openings(regex, longest);
                return openings == null ? null : new Openings(openings);
            } catch (TooMany e) {
                // fewer characters make fewer openings
            }
        }
        return null;
    }

    /**
     * The kind ({@link #kind}) of each character of {@code text}, and {@link #END} after the last: worked out once
     * for a text, they serve every rule tried on it ({@link #next}).
     */
    static byte[] kinds(CharSequence text) {
        byte[] kinds = new byte[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
            kinds[i] = (byte) kind(text.charAt(i));
        }
        kinds[text.length()] = END;
        return kinds;
    }

    /**
     * The first position at or after {@code from} where {@code text} opens as a match would, or -1; {@code kinds} are
     * the text's ({@link #kinds}).
     */
    int next(CharSequence text, byte[] kinds, int from) {
        for (int i = from; i < text.length(); i++) {
            if (isSet(pairs, kinds[i] * KINDS + kinds[i + 1]) && isOpening(text, kinds, i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether the text at {@code i}, where its first two characters' kinds are a pair some opening starts with,
     * begins with an opening: its prefixes looked up one character more at a time. What the pair already tells is
     * not looked up: when the first character is of a kind that stands for it alone and is no opening by itself, it
     * begins an opening, and so do the first two when the second is such a character too.
     */
    private boolean isOpening(CharSequence text, byte[] kinds, int i) {
        long key = text.charAt(i);
        int length = 1;
        boolean known = kinds[i] < EXACT && (wholeFirsts & 1 << kinds[i]) == 0;
        if (known && kinds[i + 1] < EXACT) {
            if (isSet(wholePairs, kinds[i] * KINDS + kinds[i + 1])) {
                return true;
            }
            key = key << 8 | text.charAt(i + 1);
            length = 2;
        }
        for (; ; length++) {
            int state = known ? OpeningPrefixes.PREFIX : prefixes.look(key, length);
            if (state != OpeningPrefixes.PREFIX) {
                return state == OpeningPrefixes.OPENING;
            }
            known = false;
            if (i + length >= text.length() || text.charAt(i + length) >= 256) {
                return false;
            }
            key = key << 8 | text.charAt(i + length);
        }
    }

    /**
     * What a piece of a pattern can match as far as the characters still wanted go ({@code room}): {@code whole},
     * strings it can match entirely (shorter than {@code room}), and {@code begun}, strings its matches can begin with
     * when more is unknown or beyond {@code room} ("" for anything).
     */
    private record Piece(Set<String> whole, Set<String> begun) {
        static Piece empty() {
            return new Piece(Set.of(""), Set.of());
        }

        static Piece anything() {
            return new Piece(Set.of(), Set.of(""));
        }

        static Piece of(Set<String> chars) {
            return new Piece(chars, Set.of());
        }

        int size() {
            return whole.size() + begun.size();
        }
    }

    /** Inline flags, which could make a letter match in either case: no openings are worked out. */
    private static final class Unfollowed extends RuntimeException {
        Unfollowed() {
            super(null, null, false, false);
        }
    }

    /** Thrown when a piece has more than {@link #MOST} openings: fewer characters must be looked at. */
    private static final class TooMany extends RuntimeException {
        TooMany() {
            super(null, null, false, false);
        }
    }

    /** A recursive descent over the pattern's text, building each piece's {@link Piece} as it goes. */
    private static final class Parser {
        private final String regex;
        /**
         * How many characters of the piece being parsed are wanted: the opening's length less what the pieces before
         * it in its sequence surely add; 0 where nothing more is wanted (what comes after a piece whose every string
         * is already long enough, the inside of a lookaround), so long patterns are mostly only read over.
         */
        private int room;
        private int at;

        private Parser(String regex, int longest) {
            this.regex = regex;
            this.room = longest;
        }

        /**
         * The strings of at most {@code longest} characters one of which starts every match of {@code regex}, or
         * null when they narrow nothing down or cannot be worked out; {@link TooMany} when there are too many.
         */
        static Set<String> openings(String regex, int longest) {
            Parser parser = new Parser(regex, longest);
            try {
                Piece piece = parser.alternation();
                if (parser.at != regex.length()) {
                    throw new IllegalArgumentException("unbalanced pattern at " + parser.at + ": " + regex);
                }
                Set<String> all = new HashSet<>(piece.whole());
                all.addAll(piece.begun());
                return all.contains("") ? null : all;
            } catch (Unfollowed e) {
                return null;
            }
        }

        private Piece alternation() {
            Piece piece = sequence();
            if (at >= regex.length() || regex.charAt(at) != '|') {
                return piece;
            }
            Piece all = new Piece(new HashSet<>(piece.whole()), new HashSet<>(piece.begun()));
            while (at < regex.length() && regex.charAt(at) == '|') {
                at++;
                addTo(all, sequence());
            }
            return all;
        }

        /** Adds {@code piece}'s strings to {@code all}, whose sets can be added to. */
        private void addTo(Piece all, Piece piece) {
            all.whole().addAll(piece.whole());
            all.begun().addAll(piece.begun());
            checked(all);
        }

        private Piece sequence() {
            int wanted = room;
            Piece piece = Piece.empty();
            while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
                room = wanted - shortest(piece.whole(), wanted);
                if (room == 0) {
                    room = wanted;
                    skipSequence();
                } else {
                    String literal = literal();
                    Piece next = literal != null ? Piece.of(Set.of(literal)) : quantified(element());
                    room = wanted;
                    piece = then(piece, next);
                }
            }
            return piece;
        }

        /** Characters that stand for themselves in a pattern, outside a class. */
        private static boolean plain(char c) {
            return "\\[](){}|?*+.^$".indexOf(c) < 0;
        }

        /**
         * A run of characters from here that stand for themselves, the last not quantified, read in one go (rules
         * are mostly words); null when there is none.
         */
        private String literal() {
            int end = at;
            while (end < regex.length() && plain(regex.charAt(end))) {
                end++;
            }
            if (end < regex.length() && "?*+{".indexOf(regex.charAt(end)) >= 0) {
                end--;
            }
            if (end <= at || Character.isSurrogate(regex.charAt(end - 1))) {
                return null;
            }
            String literal = regex.substring(at, end);
            at = end;
            return literal;
        }

        /**
         * Moves past the rest of the sequence, to the {@code |} or {@code )} that ends it: nothing of it is wanted.
         * Refuses inline flags, which would change what follows.
         */
        private void skipSequence() {
            int depth = 0;
            while (at < regex.length()) {
                char c = regex.charAt(at);
                if (depth == 0 && (c == '|' || c == ')')) {
                    return;
                }
                if (c == '\\') {
                    at = regex.startsWith("Q", at + 1) ? quoteEnd(at + 2) : at + 2;
                } else if (c == '[') {
                    at = classEnd(at + 1);
                } else {
                    if (c == '(' && regex.startsWith("?", at + 1) && ":=!<>".indexOf(regex.charAt(at + 2)) < 0) {
                        throw new Unfollowed();
                    }
                    depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                    at++;
                }
            }
        }

        /** Where the quotation ({@code \Q...\E}) whose first character is at {@code from} ends. */
        private int quoteEnd(int from) {
            int end = regex.indexOf("\\E", from);
            return end < 0 ? regex.length() : end + 2;
        }

        /** Where the class whose first character is at {@code from} ends (just after its {@code ]}). */
        private int classEnd(int from) {
            int i = from;
            for (int depth = 1; depth > 0; ) {
                char c = regex.charAt(i++);
                i += c == '\\' ? 1 : 0;
                depth += c == '[' ? 1 : c == ']' ? -1 : 0;
            }
            return i;
        }

        /** The length of the shortest of {@code strings}, or {@code none} when there are none. */
        private static int shortest(Set<String> strings, int none) {
            int shortest = none;
            for (String s : strings) {
                shortest = Math.min(shortest, s.length());
            }
            return shortest;
        }

        /** {@code first} followed by {@code next}, cut at {@link #room} characters. */
        private Piece then(Piece first, Piece next) {
            if (first.whole().isEmpty()) {
                return first;
            }
            Set<String> whole = new HashSet<>();
            Set<String> begun = new HashSet<>(first.begun());
            for (String a : first.whole()) {
                for (String b : next.whole()) {
                    add(a + b, whole, begun);
                }
                for (String b : next.begun()) {
                    begun.add(cut(a + b));
                }
            }
            return checked(new Piece(whole, begun));
        }

        private void add(String s, Set<String> whole, Set<String> begun) {
            if (s.length() < room) {
                whole.add(s);
            } else {
                begun.add(s.substring(0, room));
            }
        }

        private String cut(String s) {
            return s.length() > room ? s.substring(0, room) : s;
        }

        private Piece checked(Piece piece) {
            if (piece.size() > MOST) {
                throw new TooMany();
            }
            return piece;
        }

        private Piece quantified(Piece element) {
            if (at >= regex.length()) {
                return element;
            }
            char q = regex.charAt(at);
            int min;
            int max;
            if (q == '?' || q == '*' || q == '+') {
                at++;
                min = q == '+' ? 1 : 0;
                max = q == '?' ? 1 : Integer.MAX_VALUE;
            } else if (q == '{') {
                int close = regex.indexOf('}', at);
                String[] bounds = regex.substring(at + 1, close).split(",", -1);
                at = close + 1;
                min = Integer.parseInt(bounds[0]);
                max = bounds.length == 1 ? min : bounds[1].isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1]);
            } else {
                return element;
            }
            if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
                at++;
            }
            return repeated(element, min, max);
        }

        /**
         * {@code element} {@code min} to {@code max} times. Past {@link #room} repetitions nothing changes within
         * the characters wanted: each one that matches anything adds at least one.
         */
        private Piece repeated(Piece element, int min, int max) {
            Piece piece = Piece.empty();
            for (int i = 0; i < Math.min(min, room); i++) {
                piece = then(piece, element);
            }
            Piece all = new Piece(new HashSet<>(piece.whole()), new HashSet<>(piece.begun()));
            Piece more = piece;
            for (int i = min; i < max && i < min + room && !more.whole().isEmpty(); i++) {
                more = then(more, element);
                addTo(all, more);
            }
            return all;
        }

        private Piece element() {
            int c = regex.codePointAt(at);
            at += Character.charCount(c);
            return switch (c) {
                case '(' -> group();
                case '[' -> charClass();
                case '\\' -> escape();
                case '^', '$' -> Piece.empty();
                case '.' -> Piece.anything();
                default -> Piece.of(Set.of(Character.toString(c)));
            };
        }

        private Piece group() {
            boolean lookaround = FirstChars.lookaround(regex, at);
            at = FirstChars.groupBody(regex, at);
            if (at < 0) {
                throw new Unfollowed();
            }
            int wanted = room;
            room = lookaround ? 0 : room;
            Piece inner = alternation();
            room = wanted;
            if (at >= regex.length() || regex.charAt(at) != ')') {
                throw new IllegalArgumentException("unbalanced pattern at " + at + ": " + regex);
            }
            at++;
            // a lookaround consumes nothing: what a match opens with is what follows it
            return lookaround ? Piece.empty() : inner;
        }

        private Piece charClass() {
            int from = at - 1;
            at = classEnd(at);
            return spelt(regex.substring(from, at));
        }

        private Piece escape() {
            int from = at - 1;
            char c = regex.charAt(at++);
            if (!(c < 128 && Character.isLetterOrDigit(c))) {
                return Piece.of(Set.of(String.valueOf(c)));
            }
            if ("bBAzZ".indexOf(c) >= 0) {
                return Piece.empty();
            }
            if ((c == 'p' || c == 'P' || c == 'x') && regex.startsWith("{", at) || c == 'k') {
                at = regex.indexOf(c == 'k' ? '>' : '}', at) + 1;
            } else if (c == 'u' || c == 'x') {
                at += c == 'u' ? 4 : 2;
            } else if (c == 'Q') {
                at = quoteEnd(at);
            }
            return spelt(regex.substring(from, at));
        }

        /** A class or an escape as the characters it matches, worked out by {@link FirstChars}, when few. */
        private static Piece spelt(String chars) {
            Set<Integer> codePoints = FirstChars.of(chars);
            if (codePoints == null || codePoints.size() > LARGEST_CLASS) {
                return Piece.anything();
            }
            Set<String> out = new HashSet<>();
            codePoints.forEach(c -> out.add(Character.toString(c)));
            return Piece.of(out);
        }
    }
}
