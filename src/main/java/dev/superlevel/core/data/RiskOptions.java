package dev.superlevel.core.data;

import dev.superlevel.core.optim.Regularizer;

/**
 * How the per-row losses of a data set are combined into the regularised risk
 * R(θ) = (1/N) Σ ρ_i·w_{y_i}·ℓ_i(θ) + λ_reg·Ω(θ) (SPEC §1).
 *
 * @param classWeights w_c (explicit, uniform or balanced)
 * @param regularizer Ω
 * @param regLambda λ_reg ≥ 0
 */
public record RiskOptions(ClassWeights classWeights, Regularizer regularizer, double regLambda) {

    /** Uniform class weights, no regularisation. */
    public static final RiskOptions DEFAULT = new RiskOptions(ClassWeights.uniform(), Regularizer.NONE, 0.0);

    public RiskOptions {
        if (classWeights == null) {
            classWeights = ClassWeights.uniform();
        }
        if (regularizer == null) {
            regularizer = Regularizer.NONE;
        }
        if (!Double.isFinite(regLambda) || regLambda < 0) {
            throw new IllegalArgumentException("reg-lambda is " + regLambda + ", expected a finite number >= 0");
        }
    }

    /**
     * c_i = ρ_i·w_{y_i}/N for every row: the factor in front of row i's loss.
     *
     * @throws IllegalArgumentException if explicit class weights do not match the data
     */
    public double[] rowFactors(Dataset data) {
        double[] w = classWeights.resolve(data);
        int n = data.size();
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            c[i] = data.rho(i) * w[data.label(i)] / n;
        }
        return c;
    }
}
