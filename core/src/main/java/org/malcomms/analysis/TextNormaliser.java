package org.malcomms.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Reads a message into tokens and undoes the usual filter dodges: letter swaps ({@code sh1t}, {@code b@stard}),
 * masks ({@code f*ck}, {@code c**t}), spaced or dotted letters ({@code k y s}, {@code f.u.c.k}), stretched
 * letters ({@code fuuuuck}), text-speak ({@code ur}, {@code imma}), emoji used as words, look-alike letters from
 * other alphabets and accents ({@code ƒuck}, {@code kіll} with a Cyrillic i, full-width letters), invisible
 * characters inside words, and abuse run together into one word ({@code gofuckyourself}, {@code stupidbitch}). Every
 * token keeps the original characters it came from, so findings can point at what was actually written.
 */
public final class TextNormaliser {
    private static final String LEET_FROM = "013457@$!";
    private static final String LEET_TO = "oieastasi";
    /** Triple brackets around a name, the antisemitic "echo": kept as words so the hate rules can read them. */
    private static final String ECHO_OPEN = "(((";
    private static final String ECHO_CLOSE = ")))";
    /**
     * Words written with a dropped h marked by an apostrophe ("kick yer 'ead in", "I'll 'av thee"), read with it back;
     * only these, since an apostrophe before a word is more often a single quotation mark ("'it' was the word").
     */
    private static final Map<String, String> DROPPED_H = Map.ofEntries(Map.entry("ead", "head"),
            Map.entry("eads", "heads"), Map.entry("im", "him"), Map.entry("er", "her"), Map.entry("av", "have"),
            Map.entry("ave", "have"), Map.entry("avin", "having"), Map.entry("ospital", "hospital"),
            Map.entry("ouse", "house"), Map.entry("urt", "hurt"), Map.entry("ammer", "hammer"), Map.entry("ome", "home"),
            Map.entry("ere", "here"));
    /** Words as written whose reading is kept ({@link #readings}); about 100 bytes each. */
    private static final int WORDS_KEPT = 100_000;
    private final Lexicon lexicon;
    private final Predicate<String> vocabulary;
    private final RunTogether runTogether;
    /**
     * The tokens each word as written reads as (its normal form, or the pieces of abuse run together), placed as if
     * the word began the text, for the first {@link #WORDS_KEPT} words met: the same words come again and again,
     * and reading one anew takes a dozen look-ups in the word lists.
     */
    private final Map<String, List<Token>> readings = new ConcurrentHashMap<>();

    /**
     * A normaliser with the word lists and a vocabulary of real words (the word vectors'): a real word is never
     * split as a run-together one. The vocabulary must not change: the normal form of a word is kept once read.
     */
    public TextNormaliser(Lexicon lexicon, Predicate<String> vocabulary) {
        this.lexicon = lexicon;
        this.vocabulary = vocabulary;
        this.runTogether = new RunTogether(lexicon, vocabulary);
    }

    public NormalisedText normalise(String text) {
        List<Token> raw = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            boolean apostrophe = cp == '\'' || cp == '\u2018' || cp == '\u2019';
            int end = apostrophe && i + 1 < n && Character.isLetter(text.charAt(i + 1)) ? wordEnd(text, i + 1) : -1;
            String unDropped = end < 0 ? null : DROPPED_H.get(text.substring(i + 1, end).toLowerCase(Locale.ROOT));
            if (unDropped != null) {
                raw.add(new Token(unDropped, i, end, true));
                i = end;
                continue;
            }
            if (isWordStart(text, i, cp)) {
                end = wordEnd(text, i);
                raw.addAll(wordTokens(text, i, end));
                i = end;
                continue;
            }
            if (text.startsWith(ECHO_OPEN, i) || text.startsWith(ECHO_CLOSE, i)) {
                raw.add(new Token(text.substring(i, i + ECHO_OPEN.length()), i, i + ECHO_OPEN.length(), true));
                i += ECHO_OPEN.length();
                continue;
            }
            String emoji = lexicon.emoji(cp);
            if (emoji != null) {
                for (String w : emoji.split(" ")) {
                    raw.add(new Token(w, i, i + len, true));
                }
            } else if (cp == '.' || cp == '!' || cp == '?' || cp == ';' || cp == ':' || cp == '\n') {
                punct(raw, ".", i, i + len);
            } else if (cp == ',') {
                punct(raw, ",", i, i + len);
            } else if (cp == '"' || cp == '\u201C' || cp == '\u201D' || cp == '\'' || cp == '\u2018'
                    || cp == '\u2019' || cp == '\u00AB' || cp == '\u00BB') {
                raw.add(new Token("\"", i, i + len, false));
            }
            i += len;
        }
        return new NormalisedText(text, joinSpacedLetters(raw));
    }

    private static void punct(List<Token> tokens, String p, int start, int end) {
        if (!tokens.isEmpty() && !tokens.get(tokens.size() - 1).word() && tokens.get(tokens.size() - 1).norm()
                .equals(p)) {
            Token last = tokens.remove(tokens.size() - 1);
            tokens.add(new Token(p, last.start(), end, false));
        } else {
            tokens.add(new Token(p, start, end, false));
        }
    }

    private static boolean isWordStart(String text, int i, int cp) {
        if (Letters.letterLike(cp)) {
            return true;
        }
        boolean nextLetter = i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
        return (cp == '@' || cp == '#' || cp == '$') && nextLetter;
    }

    private static boolean inWord(String text, int j, int start) {
        char c = text.charAt(j);
        if (Letters.invisible(c)) {
            return j + 1 < text.length() && Letters.letterLike(text.codePointAt(j + 1));
        }
        if (Character.isLowSurrogate(c) && j > start || Letters.letterLike(text.codePointAt(j))) {
            return true;
        }
        boolean prev = j > start && (Letters.letterLike(text.codePointBefore(j)) || text.charAt(j - 1) == '*');
        boolean next = j + 1 < text.length() && (Letters.letterLike(text.codePointAt(j + 1)) || text.charAt(j + 1) == '*');
        return switch (c) {
            case '*', '#' -> prev || next && j > start;
            case '@' -> prev && (next || j > start + 2);
            case '$', '!' -> prev && next;
            case '\'', '\u2019' -> prev && next && (Character.isLetter(text.codePointAt(j + 1))
                    || Character.isLetter(Letters.plainLetter(text.codePointAt(j + 1))));
            default -> false;
        };
    }

    private static int wordEnd(String text, int start) {
        int j = start + 1;
        if (text.startsWith("http://", start) || text.startsWith("https://", start) || text.startsWith("www.",
                start)) {
            while (j < text.length() && !Character.isWhitespace(text.charAt(j))) {
                j++;
            }
            return j;
        }
        while (j < text.length() && inWord(text, j, start)) {
            j++;
        }
        if (text.charAt(start) == '@') { // a handle runs on through "_" and inner dots: "@tory_watch", "@jade.bakes"
            while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_'
                    || text.charAt(j) == '.' && j + 1 < text.length() && Character.isLetterOrDigit(text.charAt(j + 1)))) {
                j++;
            }
        }
        boolean masked = Character.isLetter(text.charAt(start)); // "f***" keeps its mask; "2**" drops it
        while (j > start + 1 && (text.charAt(j - 1) == '*' || text.charAt(j - 1) == '#') && !masked) {
            j--;
        }
        return j;
    }

    /**
     * The tokens of the word {@code text[start, end)}: its normal form, or its pieces when it is abuse run together
     * ({@link RunTogether}). Either depends only on the word as written, placed where it stands.
     */
    private List<Token> wordTokens(String text, int start, int end) {
        String written = text.substring(start, end);
        List<Token> read = readings.get(written);
        if (read == null) {
            read = runTogether.split(new Token(normalForm(written), 0, written.length(), true));
            if (readings.size() < WORDS_KEPT) {
                readings.put(written, read);
            }
        }
        List<Token> placed = new ArrayList<>(read.size());
        for (Token t : read) {
            placed.add(new Token(t.norm(), start + t.start(), start + t.end(), t.word()));
        }
        return placed;
    }

    /** The normal form of a word as written: letters swapped back, unmasked, unstretched, its alias. */
    private String normalForm(String written) {
        String w = Letters.fold(written).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (w.startsWith("http") || w.startsWith("www.")) {
            return "url";
        }
        // "@sshole" is a word in disguise; any other "@name" is a mention
        String atWord = w.charAt(0) == '@' ? unLeet("a" + w.substring(1)) : null;
        if (atWord != null && !lexicon.known(atWord)) {
            return "@user";
        }
        if (w.charAt(0) == '#') {
            w = w.substring(1);
        }
        w = atWord != null ? atWord : unLeet(w);
        if (Character.isDigit(w.charAt(0)) && hasLetter(w)) { // "5ubhum4n", "1mm1gr4nt5": a known word only
            String read = unLeetAll(w);
            w = lexicon.known(read) ? read : w;
        }
        if (w.indexOf('*') >= 0 || w.indexOf('#') >= 0) {
            String unmasked = lexicon.unmask(w);
            String unstarred = w.replace("*", "");
            w = unmasked != null ? unmasked : lexicon.known(unstarred) ? unstarred : w;
        }
        String lastLeet = w.length() > 2 ? unLeetLast(w) : w;
        w = lexicon.known(lastLeet) || !lastLeet.equals(w) && vocabulary.test(lastLeet) ? lastLeet : w;
        w = unStretch(w);
        // a dropped g ("lynchin", "nothin"), where the word with it is known and the word without is not (the word
        // vectors know "gettin" and "sayin" as they are; aliases.txt reads the violent verbs among them)
        w = w.length() >= 5 && w.endsWith("in") && !vocabulary.test(w) && !lexicon.known(w)
                && (lexicon.known(w + "g") || vocabulary.test(w + "g")) ? w + "g" : w;
        String slip = w.length() < 5 || vocabulary.test(w) ? null : lexicon.slip(w);
        w = slip != null ? slip : w;
        String alias = lexicon.alias(w);
        return alias != null ? alias : w;
    }

    private static boolean hasLetter(String w) {
        for (int k = 0; k < w.length(); k++) {
            if (Character.isLetter(w.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static String unLeet(String w) {
        if (!hasLetter(w) || Character.isDigit(w.charAt(0))) {
            return w;
        }
        char[] c = w.toCharArray();
        for (int k = 0; k < c.length; k++) {
            int leet = LEET_FROM.indexOf(c[k]);
            if (leet < 0) {
                continue;
            }
            boolean leading = k == 0 && (c[k] == '$' || c[k] == '@') && c.length > 2;
            boolean inner = k > 0 && k + 1 < c.length && leetNeighbour(c[k - 1]) && leetNeighbour(c[k + 1]);
            if (leading || inner) {
                c[k] = LEET_TO.charAt(leet);
            }
        }
        return new String(c);
    }

    /** The word with every digit or symbol that stands for a letter read as that letter. */
    private static String unLeetAll(String w) {
        char[] c = w.toCharArray();
        for (int k = 0; k < c.length; k++) {
            int leet = LEET_FROM.indexOf(c[k]);
            c[k] = leet < 0 ? c[k] : LEET_TO.charAt(leet);
        }
        return new String(c);
    }

    /**
     * The word with a first or last digit or symbol read as a letter ({@code p@k1}, {@code g0nn@}, {@code 1'm}),
     * for trying against the word lists.
     */
    private static String unLeetLast(String w) {
        int last = LEET_FROM.indexOf(w.charAt(w.length() - 1));
        String out = last >= 0 && Character.isLetter(w.charAt(w.length() - 2))
                ? w.substring(0, w.length() - 1) + LEET_TO.charAt(last) : w;
        int first = LEET_FROM.indexOf(out.charAt(0));
        return first >= 0 && out.charAt(1) == '\'' ? LEET_TO.charAt(first) + out.substring(1) : out;
    }

    private static boolean leetNeighbour(char c) {
        return Character.isLetter(c) || LEET_FROM.indexOf(c) >= 0 || c == '*';
    }

    private String unStretch(String w) {
        if (!doubled(w) || lexicon.known(w) || vocabulary.test(w) || !hasLetter(w)) {
            return w;
        }
        StringBuilder two = new StringBuilder(w.length());
        StringBuilder one = new StringBuilder(w.length());
        StringBuilder vowelsOne = new StringBuilder(w.length());
        boolean stretched = false;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            int run = 1;
            while (k + 1 < w.length() && w.charAt(k + 1) == c) {
                k++;
                run++;
            }
            stretched |= run >= 3;
            two.append(c);
            one.append(c);
            vowelsOne.append(c);
            if (run >= 2) {
                two.append(c);
                if ("aeiou".indexOf(c) < 0) {
                    vowelsOne.append(c);
                }
            }
        }
        for (String candidate : List.of(two.toString(), vowelsOne.toString(), one.toString())) {
            if (lexicon.known(candidate) || stretched && vocabulary.test(candidate)) {
                return candidate;
            }
        }
        return stretched ? two.toString() : w;
    }

    /** Whether some letter of {@code w} comes twice or more in a row. */
    private static boolean doubled(String w) {
        for (int k = 1; k < w.length(); k++) {
            if (w.charAt(k) == w.charAt(k - 1)) {
                return true;
            }
        }
        return false;
    }

    /** Joins runs of single letters ("k y s", "f.u.c.k") where they spell a known word. */
    private List<Token> joinSpacedLetters(List<Token> raw) {
        List<Token> out = new ArrayList<>(raw.size());
        int i = 0;
        while (i < raw.size()) {
            List<Integer> run = new ArrayList<>();
            int j = i;
            while (j < raw.size() && single(raw.get(j))) {
                run.add(j);
                if (j + 2 < raw.size() && raw.get(j + 1).norm().equals(".") && raw.get(j + 1).end()
                        - raw.get(j + 1).start() == 1 && single(raw.get(j + 2))) {
                    j += 2;
                } else {
                    j++;
                }
            }
            if (run.size() < 3) {
                out.add(raw.get(i));
                i++;
                continue;
            }
            int k = 0;
            while (k < run.size()) {
                int best = -1;
                for (int e = run.size(); e >= k + 3 && best < 0; e--) {
                    String joined = letters(raw, run.subList(k, e));
                    if (lexicon.known(joined) || joined.length() >= 4 && vocabulary.test(joined)) {
                        best = e;
                    }
                }
                if (best > 0) {
                    String word = letters(raw, run.subList(k, best));
                    String alias = lexicon.alias(word);
                    out.add(new Token(alias != null ? alias : word, raw.get(run.get(k)).start(),
                            raw.get(run.get(best - 1)).end(), true));
                    k = best;
                } else {
                    int from = run.get(k);
                    int to = k + 1 < run.size() ? run.get(k + 1) : j;
                    out.addAll(raw.subList(from, to));
                    k++;
                }
            }
            i = j;
        }
        return out;
    }

    private static boolean single(Token t) {
        return t.word() && t.end() - t.start() == 1 && Character.isLetter(t.norm().isEmpty() ? ' '
                : t.norm().charAt(0)) && (t.norm().length() == 1 || t.norm().equals("you") || t.norm().equals("are"));
    }

    private static String letters(List<Token> raw, List<Integer> idx) {
        StringBuilder sb = new StringBuilder();
        for (int k : idx) {
            Token t = raw.get(k);
            sb.append(t.norm().length() == 1 ? t.norm() : t.norm().equals("you") ? "u" : "r");
        }
        return sb.toString();
    }
}
