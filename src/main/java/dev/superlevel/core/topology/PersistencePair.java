package dev.superlevel.core.topology;

/**
 * One pair of the 0-dimensional persistence diagram (SPEC §2): a component born at its peak value and
 * dying when it merges into an older component.
 *
 * @param birth     the peak value (maximum for superlevel, minimum for sublevel)
 * @param death     the level at which it merges into an older component; −∞ (superlevel) or +∞
 *                  (sublevel) for an essential component that never dies
 * @param peakIndex flat index j·nx + i of the peak sample
 */
public record PersistencePair(double birth, double death, int peakIndex) {

    /** |birth − death|; +∞ for an essential pair. */
    public double persistence() {
        return Math.abs(birth - death);
    }

    /** Whether this component never dies. */
    public boolean isEssential() {
        return Double.isInfinite(death);
    }
}
