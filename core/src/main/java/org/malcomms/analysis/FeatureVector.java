package org.malcomms.analysis;

/**
 * The hashed features of one message: bucket indices, the token each came from (for explanations), and the one
 * value every feature carries (1/sqrt(count), so long and short messages score on the same scale).
 */
public record FeatureVector(int[] index, int[] owner, int size) {
    public double value() {
        return value(size);
    }

    /** The value each of {@code size} features carries. */
    static double value(int size) {
        return size == 0 ? 0 : 1 / Math.sqrt(size);
    }
}
