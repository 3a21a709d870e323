package org.malcomms.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Abuse run together into one word to slip past word filters ({@code gofuckyourself}, {@code iknowwhereyoulive},
 * {@code #gobacktoyourowncountry}), split back into its words.
 */
final class RunTogether {
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
    /** The cost of one piece in a split, against 2 for an abusive piece and 1 for a piece not a glue word. */
    private static final int PIECE = 10;
    private final Lexicon lexicon;
    private final Predicate<String> vocabulary;

    /** {@code vocabulary} holds the real words, which are never split. */
    RunTogether(Lexicon lexicon, Predicate<String> vocabulary) {
        this.lexicon = lexicon;
        this.vocabulary = vocabulary;
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
    List<Token> split(Token token) {
        String w = token.norm();
        if (!token.word() || w.length() < 5 || w.length() > LONGEST_RUN || vocabulary.test(w) || lexicon.known(w)
                || !Letters.allBetween(w, 'a', 'z')) {
            return List.of(token);
        }
        int n = w.length();
        // cost[i][r]: the best split of w[0, i), r = 1 when a piece is abusive or names the reader; from: last start
        int[][] cost = new int[n + 1][2];
        int[][] from = new int[n + 1][2];
        for (int[] row : cost) {
            Arrays.fill(row, Integer.MAX_VALUE);
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

}
