package dev.superlevel.core.data;

/** Progress of an MLP training run, called on the training thread after each loss evaluation. */
@FunctionalInterface
public interface TrainingListener {

    TrainingListener NONE = (step, total, loss) -> { };

    /**
     * @param step the update about to be made, 0-based
     * @param totalSteps the number of updates of the run
     * @param loss R(θ) before that update
     */
    void onStep(int step, int totalSteps, double loss);
}
