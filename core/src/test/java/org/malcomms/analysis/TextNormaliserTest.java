package org.malcomms.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormaliserTest {
    private final TextNormaliser normaliser = new TextNormaliser(Lexicon.standard());

    private String normal(String text) {
        return normaliser.normalise(text).normal();
    }

    @Test
    void undoesLetterSwapsMasksAndStretching() {
        assertThat(normal("sh1t")).isEqualTo("shit");
        assertThat(normal("b@stard")).isEqualTo("bastard");
        assertThat(normal("f*ck off")).isEqualTo("fuck off");
        assertThat(normal("c**t")).isEqualTo("cunt");
        assertThat(normal("fuuuuuck")).isEqualTo("fuck");
        assertThat(normal("kiiiiill")).isEqualTo("kill");
    }

    @Test
    void joinsSpacedAndDottedLettersOnlyWhereTheySpellAWord() {
        assertThat(normal("k y s")).isEqualTo("kys");
        assertThat(normal("f.u.c.k off")).isEqualTo("fuck off");
        assertThat(normal("u r a c u n t")).isEqualTo("you are a cunt");
        assertThat(normal("a b c")).isEqualTo("a b c");
    }

    @Test
    void readsTextSpeakEmojiMentionsAndLinks() {
        assertThat(normal("ur gonna regret it")).isEqualTo("your going to regret it");
        assertThat(normal("🔪 u")).isEqualTo("knife you");
        assertThat(normal("@dave see https://x.example/a?b=1")).isEqualTo("@user see url");
    }

    @Test
    void keepsNumbersTimesAndPunctuationSensible() {
        assertThat(normal("see you at 10pm, ok?")).isEqualTo("see you at 10pm , ok .");
        assertThat(normal("He said \"die\"")).isEqualTo("he said \" die \"");
    }

    @Test
    void everyTokenPointsBackAtWhatWasWritten() {
        String text = "Oi   Y O U f**king t w a t!!";
        NormalisedText n = normaliser.normalise(text);
        for (Token t : n.tokens()) {
            assertThat(t.start()).isBetween(0, text.length() - 1);
            assertThat(t.end()).isBetween(t.start() + 1, text.length());
        }
        assertThat(n.tokens()).extracting(t -> text.substring(t.start(), t.end()))
                .contains("f**king", "t w a t");
    }
}
