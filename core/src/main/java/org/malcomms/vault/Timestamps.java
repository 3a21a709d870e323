package org.malcomms.vault;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Collection;
import java.util.HexFormat;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * RFC 3161 trusted timestamps for the custody log: a timestamp authority (TSA) signs the hash of the log's last
 * entry and the time, which proves the whole chain up to that entry existed then. Only that hash is sent; no
 * message, name or file leaves the machine. Tokens are checked offline: the imprint must be the entry's hash and
 * the signature must verify with the TSA certificate carried in the token (which must be a timestamping
 * certificate valid at the time given). Whether to trust that TSA is for the reader: the note names it.
 */
public final class Timestamps {
    static final String ACTION = "timestamp";

    private Timestamps() {
    }

    /** A token that does not prove what it should. */
    static final class Invalid extends IOException {
        Invalid(String message) {
            super(message);
        }
    }

    /** Asks the TSA at {@code tsa} to stamp a SHA-256 digest; returns the DER-encoded timestamp token. */
    static byte[] fetch(URI tsa, byte[] digest) throws IOException {
        TimeStampRequestGenerator gen = new TimeStampRequestGenerator();
        gen.setCertReq(true);
        TimeStampRequest request = gen.generate(TSPAlgorithms.SHA256, digest,
                new BigInteger(64, new SecureRandom()));
        HttpResponse<byte[]> response;
        try {
            response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build().send(
                    HttpRequest.newBuilder(tsa).timeout(Duration.ofSeconds(60))
                            .header("Content-Type", "application/timestamp-query")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while asking " + tsa + " for a timestamp", e);
        } catch (IOException e) {
            throw new IOException("cannot reach the timestamp authority " + tsa + " (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); nothing was changed", e);
        }
        if (response.statusCode() != 200) {
            throw new IOException("the timestamp authority " + tsa + " answered HTTP " + response.statusCode());
        }
        try {
            TimeStampResponse tsr = new TimeStampResponse(response.body());
            tsr.validate(request);
            if (tsr.getTimeStampToken() == null) {
                throw new IOException("the timestamp authority " + tsa + " refused: " + tsr.getStatusString());
            }
            return tsr.getTimeStampToken().getEncoded();
        } catch (TSPException | IOException e) {
            throw new IOException("the timestamp authority " + tsa + " gave no valid timestamp: " + e.getMessage(),
                    e);
        }
    }

    /** When the token says it was made (ISO-8601). */
    static String time(byte[] token) throws IOException {
        return parse(token, "token").getTimeStampInfo().getGenTime().toInstant().toString();
    }

    /**
     * Checks a token against the custody entry it stamps; returns a note naming the time and the TSA, or throws
     * {@link Invalid} naming what is wrong.
     */
    static String check(byte[] token, String entryHash, String file, long seq) throws IOException {
        TimeStampToken t = parse(token, file);
        if (!t.getTimeStampInfo().getMessageImprintAlgOID().equals(NISTObjectIdentifiers.id_sha256)
                || !MessageDigest.isEqual(t.getTimeStampInfo().getMessageImprintDigest(),
                HexFormat.of().parseHex(entryHash.isEmpty() ? "00" : entryHash))) {
            throw new Invalid(file + ": the timestamp is not of custody entry " + seq + " (its imprint differs)");
        }
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> certs = t.getCertificates().getMatches(t.getSID());
        if (certs.isEmpty()) {
            throw new Invalid(file + ": the timestamp carries no certificate of its authority to check it with");
        }
        X509CertificateHolder cert = certs.iterator().next();
        try {
            t.validate(new JcaSimpleSignerInfoVerifierBuilder().build(cert));
        } catch (TSPException | OperatorCreationException | java.security.cert.CertificateException e) {
            throw new Invalid(file + ": the timestamp's signature does not verify (" + e.getMessage() + ")");
        }
        return "custody entry " + seq + " timestamped " + t.getTimeStampInfo().getGenTime().toInstant() + " by "
                + cert.getSubject() + " (" + file + ")";
    }

    private static TimeStampToken parse(byte[] token, String file) throws Invalid {
        try {
            return new TimeStampToken(new CMSSignedData(token));
        } catch (CMSException | TSPException | IOException | RuntimeException e) {
            throw new Invalid(file + ": not a readable RFC 3161 timestamp token");
        }
    }
}
