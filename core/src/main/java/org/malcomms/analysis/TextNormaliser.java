package org.malcomms.analysis;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

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
    /** Characters that hide inside words without showing: zero-width spaces and joiners, soft hyphens. */
    private static final String INVISIBLE = "\u200B\u200C\u200D\u2060\uFEFF\u00AD";
    /** Small capital letters a to z ({@code ꜰ} and {@code ꜱ} from Latin Extended-D; no small capital x). */
    private static final String SMALL_CAPITALS = "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ";
    /** Letters of other alphabets that look like Latin ones, read as Latin in words that mix alphabets. */
    private static final Map<Character, Character> LOOK_ALIKES = Map.ofEntries(Map.entry('\u0430', 'a'),
            Map.entry('\u0435', 'e'), Map.entry('\u043E', 'o'), Map.entry('\u0440', 'p'), Map.entry('\u0441', 'c'),
            Map.entry('\u0443', 'y'), Map.entry('\u0445', 'x'), Map.entry('\u0456', 'i'), Map.entry('\u0458', 'j'),
            Map.entry('\u0455', 's'), Map.entry('\u043A', 'k'), Map.entry('\u0501', 'd'), Map.entry('\u03BF', 'o'),
            Map.entry('\u03B1', 'a'), Map.entry('\u03B9', 'i'), Map.entry('\u03BA', 'k'), Map.entry('\u03BD', 'v'),
            Map.entry('\u03C5', 'u'), Map.entry('\u03C1', 'p'), Map.entry('\u0192', 'f'), Map.entry('\u0131', 'i'));
    /** Short words that abuse is glued with ({@code shutupyoustupidbitch}, {@code killu}, {@code gobacktoyour}). */
    private static final Set<String> GLUE = Set.of("you", "your", "yourself", "urself", "u", "ur", "ya", "go", "get",
            "got", "shut", "up", "off", "out", "fucking", "stupid", "fat", "ugly", "dirty", "little", "a", "i", "im",
            "ill", "will", "gonna", "now", "and", "just", "the", "so", "to", "are", "is", "of", "in", "on", "at",
            "it", "me", "my", "we", "us", "our", "he", "she", "him", "her", "his", "who", "how", "why", "own", "all",
            "not", "no", "one", "lot", "see", "can", "bad", "big", "old", "down", "back", "them");
    /** The reader or a group, in a run-together word: a split is taken only with an abusive piece or one of these. */
    private static final Set<String> READER = Set.of("you", "your", "yourself", "urself", "u", "ur", "ya", "them");
    /** Hostile words that count as abusive pieces of a run-together word ({@code stabyou}, {@code muslimscum}). */
    private static final Set<String> HOSTILE = Set.of("kill", "stab", "die", "shoot", "murder", "drown", "rape",
            "kys", "scum", "vermin", "filth", "filthy");
    private static final int MOST_PIECES = 6;
    /** Longer words are never split (a run of abuse is short; hostile text may send megabytes of letters). */
    private static final int LONGEST_RUN = 60;
    /** The longest piece tried: longer than any word abuse is glued from. */
    private static final int LONGEST_PIECE = 20;
    private static final Pattern MARKS = Pattern.compile("\\p{Mn}+");
    /** Triple brackets around a name, the antisemitic "echo": kept as words so the hate rules can read them. */
    private static final String ECHO_OPEN = "(((";
    private static final String ECHO_CLOSE = ")))";
    /** The cost of one piece in a split, against 2 for an abusive piece and 1 for a piece not a glue word. */
    private static final int PIECE = 10;
    private final Lexicon lexicon;
    private final Predicate<String> vocabulary;

    /**
     * A normaliser with the word lists and a vocabulary of real words (the word vectors'): a real word is never
     * split as a run-together one.
     */
    public TextNormaliser(Lexicon lexicon, Predicate<String> vocabulary) {
        this.lexicon = lexicon;
        this.vocabulary = vocabulary;
    }

    public NormalisedText normalise(String text) {
        List<Token> raw = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            if (isWordStart(text, i, cp)) {
                int end = wordEnd(text, i);
                raw.addAll(runTogether(wordToken(text, i, end)));
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

    /**
     * True for letters and digits, and for symbols that stand for one (circled and small-capital letters such as
     * {@code ⓚ} and {@code ᴋ}).
     */
    private static boolean letterLike(int cp) {
        return Character.isLetterOrDigit(cp) || cp >= 128 && plainLetter(cp) != 0;
    }

    /** The plain letter a symbol stands for ({@code ⓚ}, {@code ᴋ}, full-width {@code ｋ}), or 0. */
    private static char plainLetter(int cp) {
        int small = SMALL_CAPITALS.indexOf(cp);
        if (small >= 0) {
            return (char) ('a' + small);
        }
        String plain = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
        return plain.length() == 1 && plain.charAt(0) < 128 && Character.isLetterOrDigit(plain.charAt(0))
                ? Character.toLowerCase(plain.charAt(0)) : 0;
    }

    private static boolean isWordStart(String text, int i, int cp) {
        if (letterLike(cp)) {
            return true;
        }
        boolean nextLetter = i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
        return (cp == '@' || cp == '#' || cp == '$') && nextLetter;
    }

    private static boolean inWord(String text, int j, int start) {
        char c = text.charAt(j);
        if (INVISIBLE.indexOf(c) >= 0) {
            return j + 1 < text.length() && letterLike(text.codePointAt(j + 1));
        }
        if (Character.isLowSurrogate(c) && j > start || letterLike(text.codePointAt(j))) {
            return true;
        }
        boolean prev = j > start && (letterLike(text.codePointBefore(j)) || text.charAt(j - 1) == '*');
        boolean next = j + 1 < text.length() && (letterLike(text.codePointAt(j + 1)) || text.charAt(j + 1) == '*');
        return switch (c) {
            case '*', '#' -> prev || next && j > start;
            case '@' -> prev && (next || j > start + 2);
            case '$', '!' -> prev && next;
            case '\'', '\u2019' -> prev && next && (Character.isLetter(text.codePointAt(j + 1))
                    || Character.isLetter(plainLetter(text.codePointAt(j + 1))));
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
        boolean masked = Character.isLetter(text.charAt(start)); // "f***" keeps its mask; "2**" drops it
        while (j > start + 1 && (text.charAt(j - 1) == '*' || text.charAt(j - 1) == '#') && !masked) {
            j--;
        }
        return j;
    }

    private Token wordToken(String text, int start, int end) {
        String w = fold(text.substring(start, end)).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (w.startsWith("http") || w.startsWith("www.")) {
            return new Token("url", start, end, true);
        }
        if (w.charAt(0) == '@' && !lexicon.known(unLeet("a" + w.substring(1)))) {
            return new Token("@user", start, end, true);
        }
        if (w.charAt(0) == '#') {
            w = w.substring(1);
        }
        w = w.charAt(0) == '@' ? "a" + unLeet(w.substring(1)) : unLeet(w);
        if (w.indexOf('*') >= 0 || w.indexOf('#') >= 0) {
            String unmasked = lexicon.unmask(w);
            String unstarred = w.replace("*", "");
            w = unmasked != null ? unmasked : lexicon.known(unstarred) ? unstarred : w;
        }
        String lastLeet = w.length() > 2 ? unLeetLast(w) : w;
        w = lexicon.known(lastLeet) || !lastLeet.equals(w) && vocabulary.test(lastLeet) ? lastLeet : w;
        w = unStretch(w);
        String alias = lexicon.alias(w);
        return new Token(alias != null ? alias : w, start, end, true);
    }

    /**
     * Drops invisible characters; outside plain ASCII, reads full-width and other compatibility letters as plain
     * ones, drops accents ({@code fück}), and in a word that mixes alphabets reads look-alike letters as Latin.
     */
    private static String fold(String w) {
        if (allBetween(w, (char) 0, (char) 127)) {
            return w;
        }
        StringBuilder visible = new StringBuilder(w.length());
        boolean ascii = true;
        for (int k = 0; k < w.length(); ) {
            int c = w.codePointAt(k);
            k += Character.charCount(c);
            char plain = c < 128 || Character.isLetterOrDigit(c) && SMALL_CAPITALS.indexOf(c) < 0 ? 0 : plainLetter(c);
            if (plain != 0) {
                visible.append(plain);
            } else if (INVISIBLE.indexOf(c) < 0) {
                visible.appendCodePoint(c);
                ascii &= c < 128;
            }
        }
        if (ascii) {
            return visible.toString();
        }
        String plain = MARKS.matcher(Normalizer.normalize(Normalizer.normalize(visible, Normalizer.Form.NFKC),
                Normalizer.Form.NFD)).replaceAll("");
        boolean latin = plain.chars().anyMatch(c -> c < 128 && Character.isLetter(c));
        if (!latin) {
            return plain;
        }
        StringBuilder out = new StringBuilder(plain.length());
        for (int k = 0; k < plain.length(); k++) {
            char c = Character.toLowerCase(plain.charAt(k));
            out.append(LOOK_ALIKES.getOrDefault(c, plain.charAt(k)));
        }
        return out.toString();
    }

    /**
     * The token, or its pieces when it is abuse run together into one word that is not itself a word
     * ({@code gofuckyourself}, {@code iknowwhereyoulive}, {@code #gobacktoyourowncountry}). Pieces are real words of
     * four letters or more, abusive words, or short words abuse is glued with ({@link #GLUE}; not any short word,
     * so "retardant" is not "retard ant"); the best split is
     * taken only when a piece is abusive or names the reader ({@link #READER}), so compounds and names stay whole
     * ({@code assassinscreed}, {@code valhalla}, {@code whorepresents}). The best split has as few pieces as
     * possible, then as few abusive pieces ({@code muslimscum} is "muslim scum", not "muslims cum"), then as few that are not glue words
     * ({@code gobacktoyour...} is "go back to your", not "go back toy our"). Each piece points at its own
     * letters when the word was written letter for letter, else at the whole word.
     */
    private List<Token> runTogether(Token token) {
        String w = token.norm();
        if (!token.word() || w.length() < 5 || w.length() > LONGEST_RUN || vocabulary.test(w) || lexicon.known(w)
                || !allBetween(w, 'a', 'z')) {
            return List.of(token);
        }
        int n = w.length();
        // cost[i][r]: the best split of w[0, i), r = 1 when a piece is abusive or names the reader; from: last start
        int[][] cost = new int[n + 1][2];
        int[][] from = new int[n + 1][2];
        for (int[] row : cost) {
            java.util.Arrays.fill(row, Integer.MAX_VALUE);
        }
        cost[0][0] = 0;
        for (int i = 1; i <= n; i++) {
            for (int j = Math.max(0, i - LONGEST_PIECE); j < i; j++) {
                String piece = w.substring(j, i);
                boolean abusive = abusivePiece(piece);
                boolean glue = GLUE.contains(piece);
                if (!abusive && !glue && (piece.length() < 4 || !vocabulary.test(piece))) {
                    continue;
                }
                int add = PIECE + (abusive ? 2 : 0) + (glue ? 0 : 1);
                for (int r = 0; r < 2; r++) {
                    int to = abusive || READER.contains(piece) ? 1 : r;
                    if (cost[j][r] < MOST_PIECES * PIECE && cost[j][r] + add < cost[i][to]) {
                        cost[i][to] = cost[j][r] + add;
                        from[i][to] = j * 2 + r;
                    }
                }
            }
        }
        if (cost[n][1] == Integer.MAX_VALUE || cost[n][0] < cost[n][1]) {
            return List.of(token);
        }
        boolean exact = token.end() - token.start() == n;
        List<Token> pieces = new ArrayList<>();
        for (int i = n, r = 1; i > 0; ) {
            int j = from[i][r] / 2;
            String piece = w.substring(j, i);
            String alias = lexicon.alias(piece);
            pieces.add(0, new Token(alias != null ? alias : piece, exact ? token.start() + j : token.start(),
                    exact ? token.start() + i : token.end(), true));
            r = from[i][r] % 2;
            i = j;
        }
        return pieces;
    }

    private boolean abusivePiece(String piece) {
        return piece.length() >= 3 && (lexicon.profanity(piece) != null || lexicon.slur(piece) != null
                || HOSTILE.contains(piece));
    }

    private static boolean allBetween(String w, char from, char to) {
        for (int k = 0; k < w.length(); k++) {
            if (w.charAt(k) < from || w.charAt(k) > to) {
                return false;
            }
        }
        return true;
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
        StringBuilder two = new StringBuilder(w.length());
        StringBuilder one = new StringBuilder(w.length());
        StringBuilder vowelsOne = new StringBuilder(w.length());
        boolean stretched = false;
        boolean doubled = false;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            int run = 1;
            while (k + 1 < w.length() && w.charAt(k + 1) == c) {
                k++;
                run++;
            }
            stretched |= run >= 3;
            doubled |= run >= 2;
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
        if (!doubled || lexicon.known(w) || vocabulary.test(w) || !hasLetter(w)) {
            return w;
        }
        for (String candidate : List.of(two.toString(), vowelsOne.toString(), one.toString())) {
            if (lexicon.known(candidate) || stretched && vocabulary.test(candidate)) {
                return candidate;
            }
        }
        return stretched ? two.toString() : w;
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
