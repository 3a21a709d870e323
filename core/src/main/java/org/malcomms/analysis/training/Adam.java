package org.malcomms.analysis.training;

/** Parameters trained by Adam (Kingma and Ba, 2015), with their running moments and a little weight decay. */
final class Adam {
    static final double BETA1 = 0.9;
    static final double BETA2 = 0.999;
    final float[] value;
    private final float[] mean;
    private final float[] square;
    private final double learningRate;
    private final double decay;

    Adam(int n, double learningRate, double decay) {
        value = new float[n];
        mean = new float[n];
        square = new float[n];
        this.learningRate = learningRate;
        this.decay = decay;
    }

    /** One step on parameter {@code i}; {@code c1} and {@code c2} are the bias corrections of this step. */
    void update(int i, double gradient, double c1, double c2) {
        double g = gradient + decay * value[i];
        mean[i] = (float) (BETA1 * mean[i] + (1 - BETA1) * g);
        square[i] = (float) (BETA2 * square[i] + (1 - BETA2) * g * g);
        value[i] -= (float) (learningRate * (mean[i] / c1) / (Math.sqrt(square[i] / c2) + 1e-8));
    }
}
