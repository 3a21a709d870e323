package org.malcomms.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormaliserTest {
    private final TextNormaliser normaliser = new TextNormaliser(Lexicon.standard(), WordVectors.shipped()::has);

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

    @Test
    void splitsAbuseRunTogetherButNotCompoundsOrNames() {
        assertThat(normal("gofuckyourself")).isEqualTo("go fuck yourself");
        assertThat(normal("shutupyoustupidbitch")).isEqualTo("shut up you stupid bitch");
        assertThat(normal("iknowwhereyoulive")).isEqualTo("i know where you live");
        assertThat(normal("#gobacktoyourowncountry")).isEqualTo("go back to your own country");
        assertThat(normal("expertsexchange")).isEqualTo("expertsexchange");
        assertThat(normal("scunthorpe")).isEqualTo("scunthorpe");
        assertThat(normal("flame retardant")).isEqualTo("flame retardant");
        assertThat(normal("whorepresents")).isEqualTo("whorepresents");
        String text = "ur a stupidcunt";
        NormalisedText n = normaliser.normalise(text);
        assertThat(n.tokens()).extracting(t -> text.substring(t.start(), t.end())).endsWith("stupid", "cunt");
    }

    @Test
    void readsLookAlikeLettersAccentsAndInvisibleCharacters() {
        assertThat(normal("ƒuck you")).isEqualTo("fuck you");
        assertThat(normal("k\u0456ll yourself")).isEqualTo("kill yourself");
        assertThat(normal("ｆｕｃｋ ｙｏｕ")).isEqualTo("fuck you");
        assertThat(normal("ᴋɪʟʟ ʏᴏᴜʀꜱᴇʟꜰ")).isEqualTo("kill yourself");
        assertThat(normal("ⓘ'ⓛⓛ ⓢⓣⓐⓑ ⓨⓞⓤ")).isEqualTo("i'll stab you");
        assertThat(normal("fu\u200Bck off")).isEqualTo("fuck off");
        assertThat(normal("Zoë's café in Łódź")).isEqualTo("zoe's cafe in łodz");
        assertThat(normal("привет друг")).isEqualTo("привет друг");
    }

    @Test
    void keepsEchoBracketsAndReadsDodgesAroundSymbols() {
        assertThat(normal("(((they))) own the banks")).isEqualTo("((( they ))) own the banks");
        assertThat(normal("ur an @sshole")).isEqualTo("your an asshole");
        assertThat(normal("p@k1 scum")).isEqualTo("paki scum");
        assertThat(normal("you w*a*n*k*e*r")).isEqualTo("you wanker");
        assertThat(normal("i'll b-u-r-n it")).isEqualTo("i'll burn it");
        assertThat(normal("GO BACK TO YOUR OWN COUNTRYYYY")).isEqualTo("go back to your own country");
        assertThat(normal("£1000 by friday")).isEqualTo("1000 by friday");
    }
}
