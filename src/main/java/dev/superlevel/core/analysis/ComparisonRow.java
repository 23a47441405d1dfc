package dev.superlevel.core.analysis;

import dev.superlevel.core.optim.OptimizerKind;
import dev.superlevel.core.optim.RunStatus;

/**
 * One (optimizer, learning rate) run of a fair comparison (SPEC §3.1 {@code compare}).
 *
 * @param optimizer     the optimizer
 * @param learningRate  its base learning rate
 * @param finalLoss     L at the last recorded iterate (NaN if none)
 * @param bestLoss      the lowest L over the recorded iterates
 * @param stepsToTarget the first t with L(θ_t) ≤ target, −1 if never or no target
 * @param violations    updates that raised L (Lyapunov violations)
 * @param basinSwitches see {@link BasinSwitches}
 * @param status        how the run ended
 * @param best          whether this is the optimizer's best rate: the lowest final loss among its
 *                      completed runs (ties: the smaller rate)
 */
public record ComparisonRow(OptimizerKind optimizer, double learningRate, double finalLoss, double bestLoss,
        int stepsToTarget, int violations, int basinSwitches, RunStatus status, boolean best) {

    ComparisonRow withBest(boolean isBest) {
        return new ComparisonRow(optimizer, learningRate, finalLoss, bestLoss, stepsToTarget, violations,
                basinSwitches, status, isBest);
    }
}
