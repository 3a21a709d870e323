package org.malcomms.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SealedTest {
    private static final int HEADER = 20;
    private static final int FULL = Sealed.SEGMENT + 16;
    private static final CaseKey KEY = CaseKey.derive("segment test".toCharArray(), new byte[16],
            new Scrypt(1 << 4, 1, 1));

    @Test
    void everySizeAroundTheSegmentBoundariesComesBackExactly() throws Exception {
        for (int size : new int[] {0, 1, Sealed.SEGMENT - 1, Sealed.SEGMENT, Sealed.SEGMENT + 1, 3 * Sealed.SEGMENT,
                3 * Sealed.SEGMENT + 7}) {
            byte[] plain = random(size);
            byte[] sealed = seal(plain, "originals/x");
            assertThat(sealed.length).as("size %d", size)
                    .isEqualTo(HEADER + size + 16 * Math.max(1, (size + Sealed.SEGMENT - 1) / Sealed.SEGMENT));
            assertThat(open(sealed, "originals/x")).as("size %d", size).isEqualTo(plain);
        }
    }

    @Test
    void aDroppedReorderedOrMovedSegmentOrFileFails() throws Exception {
        byte[] plain = random(3 * Sealed.SEGMENT);
        byte[] sealed = seal(plain, "originals/x");
        byte[] lastDropped = Arrays.copyOf(sealed, HEADER + 2 * FULL);
        assertThatThrownBy(() -> open(lastDropped, "originals/x")).isInstanceOf(Sealed.BrokenSeal.class);
        byte[] swapped = sealed.clone();
        System.arraycopy(sealed, HEADER, swapped, HEADER + FULL, FULL);
        System.arraycopy(sealed, HEADER + FULL, swapped, HEADER, FULL);
        assertThatThrownBy(() -> open(swapped, "originals/x")).isInstanceOf(Sealed.BrokenSeal.class);
        assertThatThrownBy(() -> open(sealed, "originals/y")).isInstanceOf(Sealed.BrokenSeal.class)
                .hasMessageContaining("originals/y");
        assertThatThrownBy(() -> open(Arrays.copyOf(sealed, 10), "originals/x"))
                .isInstanceOf(Sealed.BrokenSeal.class);
        CaseKey other = CaseKey.derive("another".toCharArray(), new byte[16], new Scrypt(1 << 4, 1, 1));
        assertThatThrownBy(() -> {
            try (InputStream in = Sealed.open(new ByteArrayInputStream(sealed), other, "originals/x")) {
                in.readAllBytes();
            }
        }).isInstanceOf(Sealed.BrokenSeal.class);
    }

    @Test
    void theSameContentSealsDifferentlyEachTime() throws Exception {
        byte[] plain = random(100);
        assertThat(seal(plain, "a")).isNotEqualTo(seal(plain, "a"));
    }

    private static byte[] random(int size) {
        byte[] b = new byte[size];
        new Random(size).nextBytes(b);
        return b;
    }

    private static byte[] seal(byte[] plain, String path) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream s = Sealed.seal(out, KEY, path)) {
            for (int i = 0; i < plain.length; i += 1000) {
                s.write(plain, i, Math.min(1000, plain.length - i));
            }
        }
        return out.toByteArray();
    }

    private static byte[] open(byte[] sealed, String path) throws Exception {
        try (InputStream in = Sealed.open(new ByteArrayInputStream(sealed), KEY, path)) {
            return in.readAllBytes();
        }
    }
}
