package dev.superlevel.core.optim;

import java.util.Locale;

/** The penalty Ω(θ) of the regularised cost J (SPEC §1): none, L1 = ‖θ‖₁ or L2 = ½‖θ‖². */
public enum Regularizer {
    NONE("none"),
    /** Ω = Σ|θ_i|, subgradient sign(θ_i) with sign(0) = 0. */
    L1("l1"),
    /** Ω = ½Σθ_i², gradient θ. */
    L2("l2");

    private final String cliName;

    Regularizer(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    /** Ω(θ). */
    public double penalty(double[] theta) {
        double sum = 0.0;
        for (double t : theta) {
            sum += this == L1 ? Math.abs(t) : this == L2 ? t * t : 0.0;
        }
        return this == L2 ? 0.5 * sum : sum;
    }

    /** ∂Ω/∂θ_i; for L1 the subgradient sign(θ_i), which is 0 at 0. */
    public double gradient(double thetaI) {
        return switch (this) {
            case NONE -> 0.0;
            case L1 -> Math.signum(thetaI);
            case L2 -> thetaI;
        };
    }

    /** @throws IllegalArgumentException naming the unknown value and the accepted ones */
    public static Regularizer parse(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (Regularizer r : values()) {
            if (r.cliName.equals(wanted)) {
                return r;
            }
        }
        throw new IllegalArgumentException(
                "unknown cost-reg '" + name + "'; expected one of none, l1, l2");
    }

    @Override
    public String toString() {
        return cliName;
    }
}
