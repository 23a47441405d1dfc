package dev.superlevel.core.analysis;

/**
 * Where one run from a lattice start ended.
 *
 * @param startX  the start's x
 * @param startY  the start's y
 * @param endX    the last recorded iterate's x (the start itself if nothing was recorded)
 * @param endY    its y
 * @param endLoss L there (NaN if nothing was recorded)
 * @param steps   updates made
 * @param status  how the run ended
 * @param basin   the merge-tree branch ({@link dev.superlevel.core.topology.MergeTree#basinAt}) holding the
 *                end point, −1 when it lies outside the view or the run diverged
 */
public record BasinOutcome(double startX, double startY, double endX, double endY, double endLoss, int steps,
        EndStatus status, int basin) {
}
