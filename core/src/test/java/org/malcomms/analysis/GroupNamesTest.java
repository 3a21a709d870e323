package org.malcomms.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GroupNamesTest {
    private final GroupNames names = new GroupNames(Lexicon.standard().identities());

    @Test
    void marksTheLongestNameAndMembersLetterForLetter() {
        String text = "black people and every muslim , not the black cat";
        String marked = names.marked(text);
        assertThat(marked).hasSameSizeAs(text);
        assertThat(marked).isEqualTo("qqqqqqqqqqqq and every jjjjjj , not the jjjjj cat");
    }

    @Test
    void wordsThatLookLikeTheMarkersAreNotTakenForGroups() {
        assertThat(names.marked("jjj are qqqq")).isEqualTo("___ are ____");
    }

    @Test
    void namesTheCharacteristicOfAGroupOrAMember() {
        assertThat(names.groupIn("i met some people with learning disabilities today"))
                .isEqualTo(ProtectedCharacteristic.DISABILITY);
        assertThat(names.groupIn("the irish are lovely")).isEqualTo(ProtectedCharacteristic.RACE);
        assertThat(names.groupIn("the chinese takeaway")).isEqualTo(ProtectedCharacteristic.RACE);
        assertThat(names.groupIn("nothing here")).isNull();
        assertThat(names.memberIn("every romanian")).isEqualTo(ProtectedCharacteristic.RACE);
        assertThat(names.memberIn("anyone with autism")).isEqualTo(ProtectedCharacteristic.DISABILITY);
        assertThat(names.memberIn("hang every mullah")).isEqualTo(ProtectedCharacteristic.RELIGION);
        assertThat(names.triggerWords()).contains("black", "disabled", "romanian", "atheist");
    }
}
