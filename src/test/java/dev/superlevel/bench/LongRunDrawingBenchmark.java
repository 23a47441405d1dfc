package dev.superlevel.bench;

import dev.superlevel.render.FigureRenderer;
import dev.superlevel.render.LandscapeScene;
import dev.superlevel.render.TrajectoryOverlay;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Issue 12 item 7: a 1200×900 landscape figure with one long run, a spiral that crawls inwards (the shape of
 * a converging optimizer). Runs above 20,000 points are thinned to quarter-pixel resolution before Java2D
 * strokes them; 10,000 points are drawn as they are, for comparison.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class LongRunDrawingBenchmark {

    @Param({"10000", "1000000"})
    int steps;

    LandscapeScene scene;

    @Setup
    public void setUp() {
        double[] xs = new double[steps + 1];
        double[] ys = new double[steps + 1];
        for (int k = 0; k <= steps; k++) {
            double r = 3.5 * (1 - k / (steps + 1.0));
            xs[k] = r * Math.cos(k * 60.0 / steps);
            ys[k] = 0.8 * r * Math.sin(k * 60.0 / steps);
        }
        scene = LandscapeScene.of(BenchFields.bumps(256), 0.3)
                .withTrajectories(List.of(new TrajectoryOverlay(xs, ys, 0xFFFF2D95, steps, "run")));
    }

    @Benchmark
    public BufferedImage drawFigureWithTheRun() {
        return FigureRenderer.render(scene, 1200, 900);
    }
}
