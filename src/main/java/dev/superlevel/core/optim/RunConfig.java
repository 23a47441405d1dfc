package dev.superlevel.core.optim;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything that defines one optimizer run on a 2-D landscape: the optimizer and its
 * hyper-parameters (SPEC §1.2), the learning-rate schedule, the Mechanic tuner's settings (SPEC
 * §1.1), the dynamic cost J(θ, t) = γ(t)(L(θ) + λ_reg·Ω(θ)) with γ(t) = 1 + κe^(−δt), optional
 * Gaussian gradient noise, the start point and the number of updates.
 *
 * <p>Immutable and validated on construction: an out-of-range value throws an
 * {@link IllegalArgumentException} naming the parameter by its command-line key and its allowed
 * range ("lr must be ≥ 0, got -1"). Build one with {@link #defaults(OptimizerKind)} and the
 * {@code with…} methods, or from string key/values with {@link RunConfigParser}.
 *
 * @param optimizer the optimizer
 * @param learningRate α₀, the base learning rate (key {@code lr}); for Mechanic lr_base
 * @param schedule multiplier of α₀ over time
 * @param decay β of the exponential schedules, per update
 * @param momentum μ of momentum and nesterov
 * @param dampening torch's dampening of the momentum buffer
 * @param beta1 Adam's first-moment decay
 * @param beta2 Adam's second-moment decay
 * @param eps the ε of adam, adamw, rmsprop and adagrad
 * @param weightDecay adamw's decoupled weight decay (ignored by the others)
 * @param alpha rmsprop's smoothing constant
 * @param lrDecay adagrad's lr_decay
 * @param base the optimizer Mechanic wraps ({@code sgd} = gd); never MECHANIC
 * @param variant the Mechanic flavour
 * @param mechLambda Mechanic's λ (its own weight-decay-like term)
 * @param mechSInit Mechanic's s_init
 * @param mechEps Mechanic's ε
 * @param stepGamma the factor γ of the step schedule
 * @param stepEvery the period k (updates) of the step schedule
 * @param cosineHorizon the updates over which the cosine schedule anneals; 0 means the run length
 * @param cosineFloor the cosine schedule's final multiplier, a fraction of α₀
 * @param costKappa κ of γ(t)
 * @param costDelta δ of γ(t), per update
 * @param costReg the penalty Ω
 * @param costRegLambda λ_reg
 * @param noise σ of the Gaussian noise added to each gradient coordinate (0 = off)
 * @param seed seed of the noise generator
 * @param startX the start point's x
 * @param startY the start point's y
 * @param steps the number of updates (rows 0..steps)
 */
public record RunConfig(
        OptimizerKind optimizer, double learningRate, ScheduleKind schedule, double decay,
        double momentum, double dampening, double beta1, double beta2, double eps, double weightDecay,
        double alpha, double lrDecay, OptimizerKind base, MechanicVariant variant, double mechLambda,
        double mechSInit, double mechEps, double stepGamma, int stepEvery, int cosineHorizon,
        double cosineFloor, double costKappa, double costDelta, Regularizer costReg,
        double costRegLambda, double noise, long seed, double startX, double startY, int steps) {

    /** The largest accepted number of updates (the trajectory is held in memory). */
    public static final int MAX_STEPS = dev.superlevel.core.Limits.MAX_RUN_STEPS;

    public RunConfig {
        Checks.notNull("optimizer", optimizer);
        Checks.notNull("schedule", schedule);
        Checks.notNull("base", base);
        Checks.notNull("variant", variant);
        Checks.notNull("cost-reg", costReg);
        if (base == OptimizerKind.MECHANIC) {
            throw new IllegalArgumentException("base must be one of sgd, momentum, nesterov, adam, "
                    + "adamw, rmsprop, adagrad, got mechanic");
        }
        Checks.atLeast("lr", learningRate, 0);
        Checks.atLeast("decay", decay, 0);
        Checks.halfOpen("momentum", momentum, 0, 1);
        Checks.closed("dampening", dampening, 0, 1);
        Checks.halfOpen("beta1", beta1, 0, 1);
        Checks.halfOpen("beta2", beta2, 0, 1);
        Checks.positive("eps", eps);
        Checks.atLeast("weight-decay", weightDecay, 0);
        Checks.halfOpen("alpha", alpha, 0, 1);
        Checks.atLeast("lr-decay", lrDecay, 0);
        Checks.atLeast("mech-lambda", mechLambda, 0);
        Checks.positive("mech-s-init", mechSInit);
        Checks.positive("mech-eps", mechEps);
        Checks.openClosed("step-gamma", stepGamma, 0, 1);
        Checks.atLeast("step-every", stepEvery, 1);
        Checks.atLeast("cosine-horizon", cosineHorizon, 0);
        Checks.closed("cosine-floor", cosineFloor, 0, 1);
        Checks.atLeast("cost-kappa", costKappa, 0);
        Checks.atLeast("cost-delta", costDelta, 0);
        Checks.atLeast("cost-reg-lambda", costRegLambda, 0);
        Checks.atLeast("noise", noise, 0);
        Checks.finite("start x", startX);
        Checks.finite("start y", startY);
        Checks.closed("steps", steps, 0, MAX_STEPS);
    }

    /**
     * The defaults of SPEC §1 for an optimizer: momentum 0.9, dampening 0, Adam (0.9, 0.999, 1e-8),
     * weight decay 0.01, rmsprop α 0.99, adagrad ε 1e-10 and lr_decay 0, Mechanic torch variant on
     * sgd with λ 0.01, s_init 1e-8, ε 1e-8. Learning rates follow torch's defaults where it has one
     * (adam/adamw 1e-3, rmsprop/adagrad 1e-2), 0.01 for gd/momentum/nesterov and the recommended
     * lr_base 1.0 for Mechanic. Constant schedule (decay 0.01 if switched to exponential), step
     * schedule 0.5 every 100, cosine over the whole run to 0, plain cost, no noise, start (0, 0),
     * 500 updates.
     */
    public static RunConfig defaults(OptimizerKind optimizer) {
        Checks.notNull("optimizer", optimizer);
        return new RunConfig(optimizer, defaultLearningRate(optimizer), ScheduleKind.CONSTANT, 0.01,
                0.9, 0.0, 0.9, 0.999, optimizer == OptimizerKind.ADAGRAD ? 1e-10 : 1e-8, 0.01,
                0.99, 0.0, OptimizerKind.GD, MechanicVariant.TORCH, 0.01,
                MechanicVariant.TORCH.defaultSInit(), 1e-8, 0.5, 100, 0, 0.0, 0.0, 0.01,
                Regularizer.NONE, 0.0, 0.0, 0L, 0.0, 0.0, 500);
    }

    /** The default base learning rate of an optimizer (see {@link #defaults(OptimizerKind)}). */
    public static double defaultLearningRate(OptimizerKind optimizer) {
        return switch (optimizer) {
            case ADAM, ADAMW -> 1e-3;
            case MECHANIC -> 1.0;
            default -> 1e-2;
        };
    }

    /** True when J = L exactly: κ = 0 and no penalty. */
    public boolean isPlainCost() {
        return costKappa == 0.0 && (costReg == Regularizer.NONE || costRegLambda == 0.0);
    }

    /** The cosine schedule's effective horizon: {@link #cosineHorizon()} or, if 0, {@link #steps()}. */
    public int effectiveCosineHorizon() {
        return cosineHorizon > 0 ? cosineHorizon : steps;
    }

    /** Every parameter as the string key/values {@link RunConfigParser#parse} reads back to this. */
    public Map<String, String> toKeyValues() {
        Map<String, String> kv = new LinkedHashMap<>();
        kv.put("optimizer", optimizer.cliName());
        kv.put("lr", Double.toString(learningRate));
        kv.put("schedule", schedule.cliName());
        kv.put("decay", Double.toString(decay));
        kv.put("momentum", Double.toString(momentum));
        kv.put("dampening", Double.toString(dampening));
        kv.put("beta1", Double.toString(beta1));
        kv.put("beta2", Double.toString(beta2));
        kv.put("eps", Double.toString(eps));
        kv.put("weight-decay", Double.toString(weightDecay));
        kv.put("alpha", Double.toString(alpha));
        kv.put("lr-decay", Double.toString(lrDecay));
        kv.put("base", base == OptimizerKind.GD ? "sgd" : base.cliName());
        kv.put("variant", variant.cliName());
        kv.put("mech-lambda", Double.toString(mechLambda));
        kv.put("mech-s-init", Double.toString(mechSInit));
        kv.put("mech-eps", Double.toString(mechEps));
        kv.put("step-gamma", Double.toString(stepGamma));
        kv.put("step-every", Integer.toString(stepEvery));
        kv.put("cosine-horizon", Integer.toString(cosineHorizon));
        kv.put("cosine-floor", Double.toString(cosineFloor));
        kv.put("cost-kappa", Double.toString(costKappa));
        kv.put("cost-delta", Double.toString(costDelta));
        kv.put("cost-reg", costReg.cliName());
        kv.put("cost-reg-lambda", Double.toString(costRegLambda));
        kv.put("noise", Double.toString(noise));
        kv.put("seed", Long.toString(seed));
        kv.put("start", startX + "," + startY);
        kv.put("steps", Integer.toString(steps));
        return kv;
    }

    /** A copy with one parameter changed by its command-line key, validated like any other input. */
    public RunConfig with(String key, String value) {
        Map<String, String> kv = toKeyValues();
        if (!kv.containsKey(key)) {
            RunConfigParser.parse(Map.of(key, value)); // throws the unknown-key message
        }
        kv.put(key, value);
        return RunConfigParser.parse(kv);
    }

    public RunConfig withOptimizer(OptimizerKind kind) {
        return with("optimizer", Checks.notNull("optimizer", kind).cliName());
    }

    public RunConfig withLearningRate(double lr) {
        return with("lr", Double.toString(lr));
    }

    public RunConfig withSchedule(ScheduleKind kind) {
        return with("schedule", Checks.notNull("schedule", kind).cliName());
    }

    /** The same run from (x, y); built directly (the basins lattice calls this once per start). */
    public RunConfig withStart(double x, double y) {
        return new RunConfig(optimizer, learningRate, schedule, decay, momentum, dampening, beta1, beta2, eps,
                weightDecay, alpha, lrDecay, base, variant, mechLambda, mechSInit, mechEps, stepGamma, stepEvery,
                cosineHorizon, cosineFloor, costKappa, costDelta, costReg, costRegLambda, noise, seed, x, y, steps);
    }

    public RunConfig withSteps(int count) {
        return with("steps", Integer.toString(count));
    }

    public RunConfig withNoise(double sigma, long noiseSeed) {
        return with("noise", Double.toString(sigma)).with("seed", Long.toString(noiseSeed));
    }
}
