package org.malcomms.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicShaperTest {
    @Test
    void lettersTakeTheirPositionalForms() {
        // "salam": seen (initial), lam + alef (ligature, final because lam joins seen), meem (isolated).
        assertThat(ArabicShaper.shape("سلام")).isEqualTo("\uFEB3\uFEFC\uFEE1");
        // beh alone is isolated; between two letters it is medial.
        assertThat(ArabicShaper.shape("ب")).isEqualTo("\uFE8F");
        assertThat(ArabicShaper.shape("ببب")).isEqualTo("\uFE91\uFE92\uFE90");
        // dal does not join to the next letter, so the beh after it starts again.
        assertThat(ArabicShaper.shape("بدب")).isEqualTo("\uFE91\uFEAA\uFE8F");
    }

    @Test
    void harakatDoNotBreakJoinsAndLatinIsUntouched() {
        assertThat(ArabicShaper.shape("بَب")).isEqualTo("\uFE91\u064E\uFE90");
        assertThat(ArabicShaper.shape("abc 123 😡")).isEqualTo("abc 123 😡");
    }

    @Test
    void unshapingGivesTheOriginalLettersBack() {
        for (String s : new String[] {"أنا خائفة منك. توقف عن مراسلتي", "لا إله", "مرحبا عمر", "پیام گرم"}) {
            assertThat(ArabicShaper.unshape(ArabicShaper.shape(s))).isEqualTo(s);
        }
    }
}
