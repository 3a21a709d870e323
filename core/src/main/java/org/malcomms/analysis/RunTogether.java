package org.malcomms.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
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
    /** The reader, in a run-together word: a split is taken with an abusive piece or one of these. */
    private static final Set<String> READER = Set.of("you", "your", "yourself", "urself", "u", "ur", "ya", "them");
    /** Hostile words that count as abusive pieces of a run-together word ({@code stabyou}, {@code muslimscum}). */
    private static final Set<String> HOSTILE = Set.of("kill", "stab", "die", "shoot", "murder", "drown", "rape",
            "kys", "scum", "vermin", "filth", "filthy", "hang", "burn", "lynch", "gas", "deport", "behead",
            "exterminate", "subhuman");
    private static final int MOST_PIECES = 6;
    /** Longer words are never split (a run of abuse is short; hostile text may send megabytes of letters). */
    private static final int LONGEST_RUN = 60;
    /** The longest piece tried: longer than any word abuse is glued from. */
    private static final int LONGEST_PIECE = 20;
    /** The cost of one piece in a split, against 2 for an abusive piece and 1 for a piece not a glue word. */
    private static final int PIECE = 10;
    /** Words of hatred, which with a group's word make a split worth taking: "ihatemuslims". */
    private static final Set<String> HATRED = Set.of("hate", "hates", "despise", "loathe", "death");
    /** What a split holds: an abusive piece or the reader, a group's word, a word of hatred. */
    private static final int ABUSE = 1;
    private static final int GROUP = 2;
    private static final int HATE = 4;
    /** Words of the groups' names too common to stand for a group on their own ("black people", "people with"). */
    private static final Set<String> NOT_GROUP_WORDS = Set.of("the", "people", "with", "and");
    private final Lexicon lexicon;
    private final Predicate<String> vocabulary;
    /** The words of the groups' names ("gay", "trans", "muslims"), pieces whatever their length: "killallgaypeople". */
    private final Set<String> groupWords = new HashSet<>();

    /** {@code vocabulary} holds the real words, which are never split. */
    RunTogether(Lexicon lexicon, Predicate<String> vocabulary) {
        this.lexicon = lexicon;
        this.vocabulary = vocabulary;
        lexicon.identities().keySet().forEach(name -> Arrays.stream(name.split(" "))
                .filter(word -> word.length() >= 3 && !NOT_GROUP_WORDS.contains(word))
                .forEach(groupWords::add));
    }

    /**
     * The token, or its pieces when it is abuse run together into one word that is not itself a word
     * ({@code gofuckyourself}, {@code iknowwhereyoulive}, {@code #gobacktoyourowncountry}). Pieces are real words of
     * four letters or more, abusive words, or short words abuse is glued with ({@link #GLUE}; not any short word,
     * so "retardant" is not "retard ant"); the best split is
     * taken only when a piece is abusive or names the reader ({@link #READER}), or hatred is said of a group
     * ({@code ihatemuslims}), so compounds, names and hashtags stay whole ({@code assassinscreed}, {@code valhalla},
     * {@code whorepresents}, {@code blacklivesmatter}, {@code disarmhate}). The best split has as few pieces as
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
        // cost[i][m]: the best split of w[0, i) whose pieces hold what m says (ABUSE, GROUP, HATE); from: last start
        int[][] cost = new int[n + 1][8];
        int[][] from = new int[n + 1][8];
        for (int[] row : cost) {
            Arrays.fill(row, Integer.MAX_VALUE);
        }
        cost[0][0] = 0;
        for (int i = 1; i <= n; i++) {
            for (int j = Math.max(0, i - LONGEST_PIECE); j < i; j++) {
                String piece = w.substring(j, i);
                boolean abusive = abusivePiece(piece);
                boolean glue = GLUE.contains(piece);
                boolean group = groupWords.contains(piece);
                if (!abusive && !glue && !group && (piece.length() < 4 || !vocabulary.test(piece))) {
                    continue;
                }
                int add = PIECE + (abusive ? 2 : 0) + (glue ? 0 : 1);
                int holds = (abusive || READER.contains(piece) ? ABUSE : 0) | (group ? GROUP : 0)
                        | (HATRED.contains(piece) ? HATE : 0);
                for (int m = 0; m < 8; m++) {
                    int to = m | holds;
                    if (cost[j][m] < MOST_PIECES * PIECE && cost[j][m] + add < cost[i][to]) {
                        cost[i][to] = cost[j][m] + add;
                        from[i][to] = j * 8 + m;
                    }
                }
            }
        }
        int best = -1;
        int bestOther = Integer.MAX_VALUE;
        for (int m = 0; m < 8; m++) {
            boolean taken = (m & ABUSE) != 0 || (m & (GROUP | HATE)) == (GROUP | HATE);
            if (taken && cost[n][m] != Integer.MAX_VALUE && (best < 0 || cost[n][m] < cost[n][best])) {
                best = m;
            } else if (!taken) {
                bestOther = Math.min(bestOther, cost[n][m]);
            }
        }
        if (best < 0 || bestOther < cost[n][best]) {
            return List.of(token);
        }
        boolean exact = token.end() - token.start() == n;
        List<Token> pieces = new ArrayList<>();
        for (int i = n, m = best; i > 0; ) {
            int j = from[i][m] / 8;
            String piece = w.substring(j, i);
            String alias = lexicon.alias(piece);
            pieces.add(0, new Token(alias != null ? alias : piece, exact ? token.start() + j : token.start(),
                    exact ? token.start() + i : token.end(), true));
            m = from[i][m] % 8;
            i = j;
        }
        return pieces;
    }

    private boolean abusivePiece(String piece) {
        return piece.length() >= 3 && (lexicon.profanity(piece) != null || lexicon.slur(piece) != null
                || HOSTILE.contains(piece));
    }

}
