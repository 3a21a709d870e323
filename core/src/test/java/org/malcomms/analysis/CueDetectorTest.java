package org.malcomms.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CueDetectorTest {
    private final CueDetector cues = CueDetector.standard();

    @Test
    void requestsToStopAndBlocks() {
        assertThat(cues.detect("Please stop messaging me")).contains(Cue.STOP_REQUEST);
        assertThat(cues.detect("I don't want any contact. I'm blocking you")).contains(Cue.STOP_REQUEST, Cue.BLOCKED);
        assertThat(cues.detect("You blocked this contact. Tap to unblock.")).contains(Cue.BLOCKED);
        assertThat(cues.detect("the bus stop is closed")).doesNotContain(Cue.STOP_REQUEST, Cue.BLOCKED);
        assertThat(cues.detect("Don't call me a cow you tight bitch")).doesNotContain(Cue.STOP_REQUEST);
        assertThat(cues.detect("Don't contact me again.")).contains(Cue.STOP_REQUEST);
    }

    @Test
    void sextortionCarriesExposureIntimateImagesAndADemand() {
        assertThat(cues.detect("I have your nudes. Send £500 or I will send the pics to all your followers"))
                .contains(Cue.EXPOSURE_THREAT, Cue.INTIMATE_IMAGE, Cue.DEMAND, Cue.THIRD_PARTY_CONTACT);
        assertThat(cues.detect("I've sent your nudes to your sister")).contains(Cue.EXPOSED, Cue.INTIMATE_IMAGE);
        assertThat(cues.detect("can you send me the photos from the wedding")).doesNotContain(Cue.EXPOSURE_THREAT,
                Cue.INTIMATE_IMAGE, Cue.DEMAND);
    }

    @Test
    void blackmailAndDoxxingWithNoIntimateWordAreExposureThreats() {
        assertThat(cues.detect("Send me £300 by Friday or your boss gets the screenshots"))
                .contains(Cue.EXPOSURE_THREAT).doesNotContain(Cue.INTIMATE_IMAGE);
        assertThat(cues.detect("your address is going up on the page tonight")).contains(Cue.EXPOSURE_THREAT);
        assertThat(cues.detect("I'll send the video of the match to the group chat")).doesNotContain(Cue.EXPOSURE_THREAT);
        assertThat(cues.detect("I'll send you my address for the party")).doesNotContain(Cue.EXPOSURE_THREAT);
    }

    @Test
    void cuesAreFoundInTextSpeakAndDodgedSpellingsAsTheClassifierReadsThem() {
        assertThat(cues.detect("pay up by 2moro or ur boss sees every1 of them screenshots"))
                .contains(Cue.EXPOSURE_THREAT);
        assertThat(cues.detect("1'll s3nd ur n00dz 2 ur mum")).contains(Cue.EXPOSURE_THREAT, Cue.INTIMATE_IMAGE);
        assertThat(cues.detect("PLZ ST0P MESSAGING ME")).contains(Cue.STOP_REQUEST);
        assertThat(cues.detect("ur mum said ur boss is lovely")).doesNotContain(Cue.EXPOSURE_THREAT);
    }

    @Test
    void watchingHidingAndGettingRoundABlock() {
        assertThat(cues.detect("I'm outside your flat, your light's on")).contains(Cue.MONITORING);
        assertThat(cues.detect("you don't know who I am but I know you")).contains(Cue.ANONYMITY);
        assertThat(cues.detect("new number. you blocked me, that won't work")).contains(Cue.EVASION);
        assertThat(cues.detect("See you at the gym tomorrow?")).doesNotContain(Cue.MONITORING);
    }

    @Test
    void jokesApologiesAndFlashingImages() {
        assertThat(cues.detect("merry christmas you absolute wanker \uD83D\uDE02")).contains(Cue.JOKING);
        assertThat(cues.detect("Sorry, that was out of order")).contains(Cue.REMORSE);
        assertThat(cues.detect("hope that gives you a fit")).contains(Cue.FLASHING);
        assertThat(cues.detect("I'll be telling your manager exactly what you are")).contains(Cue.THIRD_PARTY_CONTACT);
    }
}
