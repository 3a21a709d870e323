package org.malcomms.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A grid of threats at groups (protected ones, women, and two groups named by what they do): every frame below, said
 * of every group with every verb of killing or grave harm, as a
 * threat to do it ("I'm going to ... every ..."), as what should happen ("... should all be ..."), on a condition or
 * as incitement. The frames are the sentence structures threats at groups take (the ones HateCheck-style tests use
 * among them), written for the project; a frame that fails for most groups or verbs is a hole in the rules'
 * structure, not in a word list. The rules were extended until the grid passed, so the share is a regression check,
 * not an estimate: the blind sets in {@link ThreatsIndependentTest} are the estimate.
 */
class GroupThreatGridTest {
    private static final String[][] GROUPS = {{"Muslims", "Muslim"}, {"Jews", "Jew"}, {"black people", "black person"},
            {"gay people", "gay man"}, {"trans people", "trans woman"}, {"disabled people", "disabled person"},
            {"immigrants", "immigrant"}, {"refugees", "refugee"}, {"Travellers", "Traveller"}, {"women", "woman"},
            {"bankers", "banker"}, {"traffic wardens", "traffic warden"}};
    private static final String[][] VERBS = {{"kill", "killed", "killing"}, {"shoot", "shot", "shooting"},
            {"stab", "stabbed", "stabbing"}, {"hang", "hanged", "hanging"}, {"burn", "burned", "burning"},
            {"gas", "gassed", "gassing"}, {"drown", "drowned", "drowning"}, {"slaughter", "slaughtered", "slaughtering"},
            {"lynch", "lynched", "lynching"}, {"murder", "murdered", "murdering"}, {"execute", "executed", "executing"}};
    /** {G} the group, {g} one member, {v} {pp} {ing} the verb's forms. */
    private static final String[] FRAMES = {
        "I'm going to {v} every {g} I can find", "I will personally {v} the next {g} I see",
        "I want to {v} all {G}", "I'd {v} every {g} if I could", "Next time I see a {g} I'll {v} them",
        "I am going to {v} {G}", "We're going to {v} {G} tonight", "I swear I'll {v} the {G} in my street",
        "I can't wait to {v} some {G}", "I'll {v} any {g} who comes near me", "I'm going to {v} the first {g} I meet",
        "If I see a {g} I will {v} them", "My plan is to {v} as many {G} as I can",
        "It would be a pleasure to {v} every {g}", "I'll make sure all {G} are {pp}",
        "{G} should all be {pp}", "Every {g} should be {pp}", "{G} need to be {pp}", "{G} ought to be {pp}",
        "All {G} must be {pp}", "{G} deserve to be {pp}", "We should {v} all {G}", "We need to {v} all the {G}",
        "It's time to {v} the {G}", "Let's {v} every {g} in this town", "Someone should {v} every {g}",
        "Someone needs to {v} those {G}", "The only way to deal with {G} is to {v} them", "Time to start {ing} {G}",
        "We need to start {ing} {G}", "I want to see all {G} {pp}", "Round up the {G} and {v} them",
        "{G} will be {pp} if they come here", "Any {g} who comes here will be {pp}", "Any {g} I see is getting {pp}",
        "{G} are going to get {pp}", "Mark my words, {G} will be {pp}", "You {G} will all be {pp}",
        "You {G} are all going to be {pp}", "You should all be {pp}, {G}", "Get ready to be {pp}, {G}",
        "It would be great if someone {pp} all the {G}", "The world would be better if all {G} were {pp}",
        "I can't wait to {v} all these {G}", "We will {v} every {g} we catch", "I'll make sure every {g} in this town"
            + " ends up {pp}", "{G} should be lined up and {pp}", "It is time someone started {ing} {G}"};

    @Test
    void threatsAtGroupsAreFoundInEveryFrame() {
        int found = 0;
        int total = 0;
        List<String> weakFrames = new ArrayList<>();
        for (String frame : FRAMES) {
            int frameFound = 0;
            int frameTotal = 0;
            for (String[] group : GROUPS) {
                for (String[] verb : VERBS) {
                    String text = frame.replace("{G}", group[0]).replace("{g}", group[1]).replace("{v}", verb[0])
                            .replace("{pp}", verb[1]).replace("{ing}", verb[2]);
                    Classification c = HybridClassifierTest.CLASSIFIER.classify(text);
                    frameTotal++;
                    if (c.has(Label.THREAT)) {
                        frameFound++;
                    } else {
                        System.out.println("  grid, missed: " + text);
                    }
                }
            }
            found += frameFound;
            total += frameTotal;
            if (frameFound < frameTotal * 0.9) {
                weakFrames.add(frame + " (" + frameFound + " of " + frameTotal + ")");
            }
        }
        System.out.printf(Locale.ROOT, "Group threat grid: %d of %d found (%.3f)%n", found, total,
                found / (double) total);
        assertThat(weakFrames).isEmpty();
    }
}
