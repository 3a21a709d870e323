package org.malcomms.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LexiconTest {
    @Test
    void peopleNamedByARoleHaveTheirPlurals() {
        var people = Lexicon.standard().people();
        assertThat(people).containsEntry("tory", "tories").containsEntry("policeman", "policemen")
                .containsEntry("boss", "bosses").containsEntry("traffic warden", "traffic wardens")
                .containsEntry("thief", "thieves").containsEntry("referee", "referees");
        assertThat(people.keySet()).doesNotContain("muslim", "woman", "poster");
    }
}
