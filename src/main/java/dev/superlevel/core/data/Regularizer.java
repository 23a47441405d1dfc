package dev.superlevel.core.data;

import java.util.Locale;

/**
 * The penalty Ω(θ) of the regularised risk R(θ) + λ_reg·Ω(θ) (SPEC §1): none, L1 = ‖θ‖₁ (subgradient
 * sign(θ), 0 at 0, Hessian 0) or L2 = ½‖θ‖² (gradient θ, Hessian I).
 */
public enum Regularizer {
    NONE("none"), L1("l1"), L2("l2");

    private final String label;

    Regularizer(String label) {
        this.label = label;
    }

    /** The CLI name: {@code none}, {@code l1}, {@code l2}. */
    public String label() {
        return label;
    }

    /** @throws IllegalArgumentException listing the accepted names */
    public static Regularizer parse(String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (Regularizer r : values()) {
            if (r.label.equals(n)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown regularizer '" + name + "', expected none, l1 or l2");
    }

    /** Ω(θ). */
    public double value(double[] theta) {
        double sum = 0;
        for (double t : theta) {
            sum += switch (this) {
                case NONE -> 0.0;
                case L1 -> Math.abs(t);
                case L2 -> 0.5 * t * t;
            };
        }
        return sum;
    }

    /** ∂Ω/∂θ_k for one coordinate (the subgradient sign(θ_k), 0 at 0, for L1). */
    public double derivative(double t) {
        return switch (this) {
            case NONE -> 0.0;
            case L1 -> Math.signum(t);
            case L2 -> t;
        };
    }

    /** ∂²Ω/∂θ_k² (diagonal; 0 for L1 away from the kink, where we also report 0). */
    public double secondDerivative() {
        return this == L2 ? 1.0 : 0.0;
    }
}
