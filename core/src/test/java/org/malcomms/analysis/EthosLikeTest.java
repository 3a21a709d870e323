package org.malcomms.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.malcomms.TestFiles;
import org.malcomms.analysis.training.MacroF1;

/**
 * Comments in the manner of ETHOS (Mollas et al. 2022: YouTube and Reddit comments, hate or not), written by
 * separate authors who had not seen the classifier's rules or word lists (see test resources classifier/README.md).
 * Hateful means the classifier says {@code hate} or {@code threat}. Sex and gender are not among the protected
 * characteristics of the law of England and Wales (LAW.md), so the classifier does not call misogyny "hate"; the
 * scores are printed with and without those comments.
 */
class EthosLikeTest {
    record Score(double all, double protectedOnly, double namedRight) {
    }

    static Score score(String file) {
        MacroF1 all = new MacroF1(List.of("hateful", "not"));
        MacroF1 protectedOnly = new MacroF1(List.of("hateful", "not"));
        Map<String, int[]> byGroup = new TreeMap<>();
        int flagged = 0;
        int named = 0;
        for (String[] f : TestFiles.rows("classifier/" + file)) {
            boolean hateful = f[1].equals("1");
            Classification r = HybridClassifierTest.CLASSIFIER.classify(f[2]);
            boolean said = r.has(Label.HATE) || r.has(Label.THREAT);
            all.add(hateful ? "hateful" : "not", said ? "hateful" : "not");
            if (!f[0].equals("gender")) {
                protectedOnly.add(hateful ? "hateful" : "not", said ? "hateful" : "not");
            }
            if (hateful && said && !f[0].equals("gender") && r.has(Label.HATE)) {
                flagged++;
                String expected = f[0].equals("nationality") ? "race" : f[0];
                named += r.protectedGroups().stream().anyMatch(g -> g.json().equals(expected)) ? 1 : 0;
            }
            int[] counts = byGroup.computeIfAbsent(f[0] + (hateful ? " hateful" : " not"), k -> new int[2]);
            counts[0] += said == hateful ? 1 : 0;
            counts[1]++;
            if (said != hateful) {
                System.out.println("  " + file + ", wrong (" + f[0] + "): " + f[2]);
            }
        }
        byGroup.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-28s %3d of %3d right%n", k, v[0], v[1]));
        Score s = new Score(all.score(), protectedOnly.score(), named / (double) Math.max(1, flagged));
        System.out.printf(Locale.ROOT, "%s: hate vs not macro-F1 %.3f on %d comments, %.3f without the sex/gender"
                + " ones; characteristic named right in %.3f of hate found%n", file, s.all(), all.cases(),
                s.protectedOnly(), s.namedRight());
        return s;
    }

    /**
     * Each set and its floors (macro-F1, the same without the sex/gender comments, share of hate found whose
     * characteristic is named right; 0 where not asserted). The history of each: {@code ethos-independent.tsv} was
     * revised against after its first reading (0.609) and flatters; {@code ethos-holdout.tsv} was written after
     * those revisions and read once (0.598), then revised against; {@code ethos-blind.tsv} was written after the
     * second revisions and read once (0.686, 0.730), not revised against since, and later precision fixes for
     * everyday sentences ("this indian is the worst takeaway", "I'm going back to India") cost two cases (0.677);
     * {@code ethos-final.tsv} was written by a fourth author after every rule change and read once (0.680, 0.721),
     * after which its quoted-then-answered comments ("'Muslims are all terrorists' says the guy ...") and one
     * report ("used to call gay men 'poofs'") were read as reporting. {@code ethos-fifth.tsv} was written in the
     * ninth session by a fifth author, mostly hate without slurs, and read once, after that session's rule changes:
     * 0.631 (0.667 without the sex/gender comments), the same as with the rules before them; not revised against.
     * {@code ethos-sixth.tsv} was written in the twelfth session by a sixth author and read once (0.634, 0.672), then
     * the hate rules were revised against it in general form (0.748); the five sets before it, not read for that
     * revision, rose with it: fifth 0.635 to 0.664, blind 0.706 to 0.728, final 0.730 to 0.744.
     * {@code ethos-seventh.tsv}, by a seventh author, was written at the start of that session and read once at its
     * end, after every change: 0.697 (0.736 without the sex/gender comments); 0.670 with the rules at its start.
     * Then it was revised against (0.769), so it flatters too. {@code ethos-eighth.tsv}, by an eighth author, was
     * read once after that: 0.731 (0.778 without the sex/gender comments; 0.687 with the rules at the session's start).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "ethos-independent.tsv, 0.75, 0.80, 0.90",
        "ethos-holdout.tsv,     0.72, 0.76, 0",
        "ethos-blind.tsv,       0.72, 0.77, 0.90",
        "ethos-final.tsv,       0.74, 0.79, 0",
        "ethos-fifth.tsv,       0.65, 0.69, 0",
        "ethos-sixth.tsv,       0.74, 0.79, 0",
        "ethos-seventh.tsv,     0.76, 0.81, 0",
        "ethos-eighth.tsv,      0.72, 0.77, 0"})
    void hateAndNotAreToldApart(String file, double minAll, double minProtected, double minNamedRight) {
        Score s = score(file);
        assertThat(s.all()).isGreaterThanOrEqualTo(minAll);
        assertThat(s.protectedOnly()).isGreaterThanOrEqualTo(minProtected);
        if (minNamedRight > 0) {
            assertThat(s.namedRight()).isGreaterThanOrEqualTo(minNamedRight);
        }
    }
}
