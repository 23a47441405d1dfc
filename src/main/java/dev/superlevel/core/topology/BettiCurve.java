package dev.superlevel.core.topology;

/**
 * The number of components β₀(λ) as a step function of the level.
 *
 * <p>{@code counts[k]} is the number of components of S_λ at λ = {@code levels[k]}; {@code levels} is
 * ascending and holds every level where the count can change (all finite births and deaths). The count
 * is constant between two consecutive levels: in superlevel mode it equals {@code counts[k+1]} on
 * (levels[k], levels[k+1]] and is 0 above the last level; in sublevel mode it equals {@code counts[k]}
 * on [levels[k], levels[k+1]) and is 0 below the first level.
 *
 * @param levels ascending event levels (owned by this record; do not modify)
 * @param counts the count at each level (owned by this record; do not modify)
 */
public record BettiCurve(double[] levels, int[] counts) {

    public BettiCurve {
        if (levels.length != counts.length) {
            throw new IllegalArgumentException("betti curve: " + levels.length + " levels but "
                    + counts.length + " counts");
        }
    }
}
