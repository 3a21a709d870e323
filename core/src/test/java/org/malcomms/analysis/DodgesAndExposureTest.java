package org.malcomms.analysis;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two blind sets written by separate authors without sight of the classifier, its word lists or its other tests
 * (see test resources classifier/README.md), each read once before the rules were revised against it, so they
 * flatter now.
 */
class DodgesAndExposureTest {
    /**
     * Filter dodges (run-together words, spaced, dotted, symbol and look-alike letters, emoji as words) and their
     * innocent look-alikes (Scunthorpe, cocktail, "I ate like a 🐷"). {@code abusive} is offensive at the abusive
     * level: a mild insult ("you 🤡") is rude, and swearing at nothing ("sh1t weather") is profane, not abuse.
     * Read once with the committed rules: abusive recall 0.59 (at 0.5), threat 0.48, self-harm 0.43, hate 0.30;
     * with the dodge handling written before reading it: 0.74, 0.52, 0.57, 0.57.
     */
    @Test
    void dodgedAbuseIsFoundAndLookAlikesLeftAlone() {
        LabelledSet.assertScores("dodges-blind.tsv", List.of(
                new LabelledSet.Column("abusive", c -> c.p(Label.OFFENSIVE) >= Classification.ABUSIVE),
                LabelledSet.Column.of(Label.THREAT), LabelledSet.Column.of(Label.SELF_HARM),
                LabelledSet.Column.of(Label.HATE)), 0.75, 0.9);
    }

    /**
     * Threats to expose (blackmail, exposure to family or work, sextortion with and without sexual words,
     * doxxing) and coded hate, with look-alikes (victims asking for help, sharing wedding photos, "I'm telling mum",
     * order number 1488). Read once with the committed rules: threat recall 0.19, sexual 0.86, hate 0.30.
     */
    @Test
    void exposureThreatsAndCodedHateAreFoundAndLookAlikesLeftAlone() {
        LabelledSet.assertScores("exposure-blind.tsv", List.of(LabelledSet.Column.of(Label.THREAT),
                LabelledSet.Column.of(Label.SEXUAL), LabelledSet.Column.of(Label.HATE)), 0.75, 0.9);
    }
}
