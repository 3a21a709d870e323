package org.malcomms.vault;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key of an encrypted case, derived from its passphrase. It is never stored: {@code case.json} holds only the
 * salt, the scrypt cost and a check value (an HMAC of a fixed label) that tells a wrong passphrase from a right one.
 * Each sealed file gets its own AES-256 key, an HMAC of the case key and a random salt kept in the file's header.
 */
final class CaseKey {
    private static final byte[] CHECK_LABEL = "malcomms passphrase check v1".getBytes(StandardCharsets.UTF_8);
    private static final byte[] FILE_LABEL = "malcomms file key v1".getBytes(StandardCharsets.UTF_8);
    private final byte[] key;

    private CaseKey(byte[] key) {
        this.key = key;
    }

    static CaseKey derive(char[] passphrase, byte[] salt, Scrypt cost) {
        return new CaseKey(cost.derive(passphrase, salt));
    }

    /** The value {@code case.json} keeps to recognise this key. */
    byte[] check() {
        return hmac(CHECK_LABEL, new byte[0]);
    }

    /** The AES-256 key of the sealed file whose header carries {@code fileSalt}. */
    SecretKeySpec fileKey(byte[] fileSalt) {
        byte[] k = hmac(FILE_LABEL, fileSalt);
        try {
            return new SecretKeySpec(k, "AES");
        } finally {
            Arrays.fill(k, (byte) 0);
        }
    }

    private byte[] hmac(byte[] label, byte[] more) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(label);
            return mac.doFinal(more);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this Java runtime", e);
        }
    }
}
