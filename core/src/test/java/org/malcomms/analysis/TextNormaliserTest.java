package org.malcomms.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextNormaliserTest {
    private final TextNormaliser normaliser = new TextNormaliser(Lexicon.standard(), WordVectors.shipped()::has);

    private String normal(String text) {
        return normaliser.normalise(text).normal();
    }

    /**
     * Each dodge read back: letter swaps, masks, stretching, spaced letters, text-speak, emoji, look-alike and
     * invisible characters, run-together abuse (and the compounds, names and hashtags that must stay whole), echo
     * brackets, a slip of the keys in a known word (but not in a short one).
     */
    static Stream<Arguments> dodges() {
        return Stream.of(
                Arguments.of("sh1t", "shit"),
                Arguments.of("b@stard", "bastard"),
                Arguments.of("f*ck off", "fuck off"),
                Arguments.of("c**t", "cunt"),
                Arguments.of("f*ggots like him", "faggots like him"),
                Arguments.of("c*nts", "cunts"),
                Arguments.of("fuuuuuck", "fuck"),
                Arguments.of("kiiiiill", "kill"),
                Arguments.of("k y s", "kys"),
                Arguments.of("f.u.c.k off", "fuck off"),
                Arguments.of("u r a c u n t", "you are a cunt"),
                Arguments.of("a b c", "a b c"),
                Arguments.of("ur gonna regret it", "your going to regret it"),
                Arguments.of("🔪 u", "knife you"),
                Arguments.of("@dave see https://x.example/a?b=1", "@user see url"),
                Arguments.of("@tory_watch @jade.bakes. liars", "@user @user . liars"),
                Arguments.of("see you at 10pm, ok?", "see you at 10pm , ok ."),
                Arguments.of("He said \"die\"", "he said \" die \""),
                Arguments.of("gofuckyourself", "go fuck yourself"),
                Arguments.of("shutupyoustupidbitch", "shut up you stupid bitch"),
                Arguments.of("iknowwhereyoulive", "i know where you live"),
                Arguments.of("#gobacktoyourowncountry", "go back to your own country"),
                Arguments.of("expertsexchange", "expertsexchange"),
                Arguments.of("scunthorpe", "scunthorpe"),
                Arguments.of("flame retardant", "flame retardant"),
                Arguments.of("whorepresents", "whorepresents"),
                Arguments.of("ƒuck you", "fuck you"),
                Arguments.of("k\u0456ll yourself", "kill yourself"),
                Arguments.of("ｆｕｃｋ ｙｏｕ", "fuck you"),
                Arguments.of("ᴋɪʟʟ ʏᴏᴜʀꜱᴇʟꜰ", "kill yourself"),
                Arguments.of("ⓘ'ⓛⓛ ⓢⓣⓐⓑ ⓨⓞⓤ", "i'll stab you"),
                Arguments.of("fu\u200Bck off", "fuck off"),
                Arguments.of("Zoë's café in Łódź", "zoe's cafe in łodz"),
                Arguments.of("привет друг", "привет друг"),
                Arguments.of("(((they))) own the banks", "((( they ))) own the banks"),
                Arguments.of("ur an @sshole", "your an asshole"),
                Arguments.of("p@k1 scum", "paki scum"),
                Arguments.of("you w*a*n*k*e*r", "you wanker"),
                Arguments.of("i'll b-u-r-n it", "i'll burn it"),
                Arguments.of("GO BACK TO YOUR OWN COUNTRYYYY", "go back to your own country"),
                Arguments.of("£1000 by friday", "1000 by friday"),
                Arguments.of("Muslims are disgutsing", "muslims are disgusting"),
                Arguments.of("should be exterminted", "should be exterminated"),
                Arguments.of("a toon fan", "a toon fan"),
                Arguments.of("I hate mulsims and imigrants", "i hate muslims and immigrants"),
                Arguments.of("the backs were poor, my gran lacks", "the backs were poor , my gran lacks"),
                Arguments.of("Ihatetranspeople", "i hate trans people"),
                Arguments.of("#killallgaypeople", "kill all gay people"),
                Arguments.of("#BlackLivesMatter #DisarmHate", "blacklivesmatter disarmhate"),
                Arguments.of("kick yer \u2018ead in, I'll 'av thee", "kick your head in , i'll have you"),
                Arguments.of("she said 'it was him' to the police", "she said \" it was him \" to the police"));
    }

    @ParameterizedTest
    @MethodSource("dodges")
    void readsEachDodgeBack(String written, String read) {
        assertThat(normal(written)).isEqualTo(read);
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
    void eachPieceOfARunTogetherWordPointsAtItsOwnLetters() {
        String text = "ur a stupidcunt";
        NormalisedText n = normaliser.normalise(text);
        assertThat(n.tokens()).extracting(t -> text.substring(t.start(), t.end())).endsWith("stupid", "cunt");
    }
}
