package dev.superlevel.io.trajectory;

import dev.superlevel.core.optim.Trajectory;
import dev.superlevel.core.optim.TrajectoryStep;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes a {@link Trajectory} as CSV: the SPEC §3 columns {@code step,x,y,loss,lr,gx,gy} first, then
 * {@code objective} (J), {@code grad_norm} (‖∇L‖), {@code dv_dt} (∇V·Δθ), {@code delta_loss}
 * (L(θ_{t+1}) − L(θ_t)), {@code taylor1}, {@code taylor2} (first/second-order predictions of
 * delta_loss), {@code violation} (true when delta_loss &gt; 0) and {@code tuner_s} (Mechanic's S_t,
 * NaN otherwise). Numbers are in {@link Double#toString(double)} form; unknown values (the last
 * row's next-step columns) are {@code NaN}. Lines end with '\n'.
 */
public final class TrajectoryCsv {

    /** The header line, without its line end. */
    public static final String HEADER =
            "step,x,y,loss,lr,gx,gy,objective,grad_norm,dv_dt,delta_loss,taylor1,taylor2,violation,tuner_s";

    private TrajectoryCsv() {
    }

    /**
     * Writes the header and one line per row.
     *
     * @throws UncheckedIOException if the appendable fails
     */
    public static void write(Trajectory trajectory, Appendable out) {
        try {
            out.append(HEADER).append('\n');
            StringBuilder line = new StringBuilder(256);
            for (int t = 0; t < trajectory.size(); t++) {
                line.setLength(0);
                appendRow(trajectory.step(t), line);
                out.append(line).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the trajectory CSV: " + e.getMessage(), e);
        }
    }

    private static void appendRow(TrajectoryStep s, StringBuilder line) {
        line.append(s.step());
        double[] values = {s.x(), s.y(), s.loss(), s.lr(), s.gx(), s.gy(), s.objective(), s.gradNorm(),
            s.dVdt(), s.deltaL(), s.taylor1(), s.taylor2()};
        for (double v : values) {
            line.append(',').append(v);
        }
        line.append(',').append(s.isViolation()).append(',').append(s.tunerS());
    }
}
