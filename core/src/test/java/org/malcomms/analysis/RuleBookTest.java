package org.malcomms.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RuleBookTest {
    @Test
    void triggerWordsAreTheFirstWordOfEachAlternative() {
        assertThat(RuleBook.firstWords("(?:kill|petrol bomb|tipped (?:down|off|into)|(?<!\\bbe |\\bb )hurt|kill)"))
                .isEqualTo("kill petrol tipped hurt");
    }
}
