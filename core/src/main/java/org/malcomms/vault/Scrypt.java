package org.malcomms.vault;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import org.bouncycastle.crypto.generators.SCrypt;

/**
 * The cost of scrypt, the memory-hard function that turns a passphrase into a case key: {@code n} (CPU and memory
 * cost, a power of two), {@code r} (block size) and {@code p} (parallelism). Memory used is 128 * n * r bytes.
 */
public record Scrypt(int n, int r, int p) {
    /**
     * 2^17, 8, 1: 128 MiB, the OWASP recommendation for scrypt; 0.85 to 1.7 s per derivation measured on the
     * project's shared 2-core machine under load (README, "The case vault").
     */
    public static final Scrypt STANDARD = new Scrypt(1 << 17, 8, 1);

    public Scrypt {
        if (n < 2 || (n & (n - 1)) != 0 || r < 1 || p < 1) {
            throw new IllegalArgumentException("scrypt needs n a power of two above 1 and r, p at least 1");
        }
        if (n > 1 << 20 || r > 32 || p > 16) {
            throw new IllegalArgumentException("scrypt cost n=" + n + ", r=" + r + ", p=" + p + " is beyond what"
                    + " malcomms makes or opens (n up to 2^20, r up to 32, p up to 16)");
        }
    }

    /** A 32-byte key from the passphrase (Unicode-normalised NFC, UTF-8) and salt. */
    byte[] derive(char[] passphrase, byte[] salt) {
        String normalised = Normalizer.normalize(CharBuffer.wrap(passphrase), Normalizer.Form.NFC);
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(normalised);
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        try {
            return SCrypt.generate(bytes, salt, n, r, p, 32);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
