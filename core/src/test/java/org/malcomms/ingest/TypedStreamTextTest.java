package org.malcomms.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TypedStreamTextTest {
    @Test
    void readsTheNsStringWithShortAndTwoByteLengths() {
        assertThat(TypedStreamText.text(ChatDb.attributedBody("hi 👋"))).isEqualTo("hi 👋");
        String longer = "I will tell everyone what you did. ".repeat(10) + "😠";
        assertThat(TypedStreamText.text(ChatDb.attributedBody(longer))).isEqualTo(longer);
        assertThat(TypedStreamText.text(ChatDb.attributedBody(""))).isEmpty();
    }

    @Test
    void refusesShapesItDoesNotKnow() {
        byte[] blob = ChatDb.attributedBody("see you at the gate");
        assertThat(TypedStreamText.text(null)).isNull();
        assertThat(TypedStreamText.text(new byte[0])).isNull();
        // cut inside the string
        assertThat(TypedStreamText.text(Arrays.copyOf(blob, 90))).isNull();
        // no typedstream header
        byte[] headless = blob.clone();
        headless[0] = 0;
        assertThat(TypedStreamText.text(headless)).isNull();
        // the type code after NSString is not '+'
        byte[] untyped = blob.clone();
        int plus = indexOf(untyped, (byte) '+');
        untyped[plus] = 'i';
        assertThat(TypedStreamText.text(untyped)).isNull();
        // invalid UTF-8 in the string
        byte[] broken = blob.clone();
        broken[plus + 2] = (byte) 0xC3;
        broken[plus + 3] = (byte) 0x28;
        assertThat(TypedStreamText.text(broken)).isNull();
        // an unknown length tag
        byte[] tagged = blob.clone();
        tagged[plus + 1] = (byte) 0x83;
        assertThat(TypedStreamText.text(tagged)).isNull();
    }

    private static int indexOf(byte[] b, byte x) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == x) {
                return i;
            }
        }
        return -1;
    }
}
