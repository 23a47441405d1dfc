package dev.superlevel.render;

import dev.superlevel.core.optim.Trajectory;
import dev.superlevel.core.optim.TrajectoryStep;
import dev.superlevel.core.topology.IterateComponents;
import dev.superlevel.core.topology.PersistenceDiagram;

/**
 * The per-step curves of one optimizer run drawn in the composite figure's panels, row t = θ_t
 * (row 0 = start). Non-finite entries are gaps (e.g. dV/dt and ΔL on the last row, or the loss of a
 * diverged run). The arrays are not copied; callers must not modify them after handing them over.
 *
 * @param label legend text
 * @param argb the run's colour (opaque ARGB), the same as its path over the landscape
 * @param loss L(θ_t)
 * @param lr α(t), the step size of the update from row t
 * @param dVdt ∇V(θ_t)·(θ_{t+1} − θ_t), the Lyapunov derivative per step
 * @param deltaL L(θ_{t+1}) − L(θ_t), the realised change; &gt; 0 is a Lyapunov violation
 * @param components number of components of S_{L(θ_t)} seen from θ_t ({@link IterateComponents}; NaN when unknown)
 */
public record RunSeries(String label, int argb, double[] loss, double[] lr, double[] dVdt, double[] deltaL,
        double[] components) {

    public RunSeries {
        label = label == null ? "" : label;
        if (loss == null || lr == null || dVdt == null || deltaL == null || components == null) {
            throw new IllegalArgumentException("run series '" + label + "': every curve is required");
        }
        int n = loss.length;
        if (lr.length != n || dVdt.length != n || deltaL.length != n || components.length != n) {
            throw new IllegalArgumentException("run series '" + label + "': curves of different lengths ("
                    + n + " losses, " + lr.length + " step sizes, " + dVdt.length + " dV/dt, " + deltaL.length
                    + " ΔL, " + components.length + " component counts)");
        }
    }

    /**
     * The curves of {@code trajectory}; the component count of row t is
     * {@link IterateComponents#count} at θ_t (the diagram's mode and connectivity; the app's charts use the
     * same rule, so never 0 while L(θ_t) is defined: θ_t lies in its own set), NaN without a diagram or for a
     * non-finite loss.
     */
    public static RunSeries of(Trajectory trajectory, PersistenceDiagram diagram, int argb, String label) {
        int n = trajectory.size();
        double[] loss = new double[n];
        double[] lr = new double[n];
        double[] dVdt = new double[n];
        double[] deltaL = new double[n];
        double[] components = new double[n];
        for (int t = 0; t < n; t++) {
            TrajectoryStep s = trajectory.step(t);
            loss[t] = s.loss();
            lr[t] = s.lr();
            dVdt[t] = s.dVdt();
            deltaL[t] = s.deltaL();
            components[t] = diagram != null && Double.isFinite(s.loss())
                    ? IterateComponents.count(diagram, s.x(), s.y(), s.loss()) : Double.NaN;
        }
        return new RunSeries(label, argb, loss, lr, dVdt, deltaL, components);
    }

    /** Number of rows. */
    public int size() {
        return loss.length;
    }

    /** True when row t's update raised the loss (ΔL &gt; 0). */
    public boolean isViolation(int t) {
        return deltaL[t] > 0;
    }
}
