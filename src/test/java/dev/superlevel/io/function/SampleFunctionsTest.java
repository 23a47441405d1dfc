package dev.superlevel.io.function;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.function.Derivatives;
import dev.superlevel.core.function.LossFunction;
import dev.superlevel.core.grid.GridSampler;
import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.grid.SampledField;
import dev.superlevel.core.topology.ComponentLabeller;
import dev.superlevel.core.topology.Connectivity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Checks the bundled samples against their own expressions.
 *
 * <p>A published point p is rounded to its printed digits: the true point p* lies within
 * δ = √2·r of it (r the coordinates' rounding half-unit, {@link KnownPoint#coordinateResolution()}),
 * and its value within the value's half-unit r_v. By Taylor's theorem
 * |L(p) − L(p*)| ≤ ‖∇L(p)‖·δ + ½·max‖H‖·δ² over the δ-ball; the ball is tiny (δ ≤ 1e-4), so the
 * Hessian there is bounded by twice its norm at p. Hence the tolerance
 * r_v + ‖∇L(p)‖·δ + ‖H(p)‖·δ² plus 64 ulps of the value for the evaluation's own rounding. At a
 * critical point the gradient itself is at most 2‖H(p)‖·δ (for exact points δ is the ulp of the
 * coordinates, the rounding of the decimal into a double).
 */
class SampleFunctionsTest {

    /** Built once per sample: a data-set function reads its CSV (and trains its MLP) on every loss(). */
    private static final Map<String, LossFunction> LOSSES = new ConcurrentHashMap<>();

    static Stream<FunctionDefinition> samples() {
        return FunctionLibrary.samples().stream();
    }

    /**
     * The samples whose suggested level should split the set: every expression, and the MLP slices. A
     * logistic risk is convex, so its sublevel sets are one component at every level.
     */
    static Stream<FunctionDefinition> splittingSamples() {
        return samples().filter(d -> d.dataset().map(ds -> ds.spec().isMlp()).orElse(true));
    }

    private static LossFunction loss(FunctionDefinition d) {
        return LOSSES.computeIfAbsent(d.name(), n -> d.loss());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void publishedMinimaAndMaximaMatchTheExpression(FunctionDefinition d) {
        LossFunction f = loss(d);
        for (KnownPoint p : d.minima()) {
            checkPoint(d, f, p, true);
        }
        for (KnownPoint p : d.maxima()) {
            checkPoint(d, f, p, false);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("splittingSamples")
    void suggestedLevelSplitsTheSetIntoSeveralComponents(FunctionDefinition d) {
        GridSpec grid = GridSpec.square(d.domain(), 256);
        int count = ComponentLabeller.label(GridSampler.sample(loss(d), grid), d.lambda().orElseThrow(),
                d.mode(), Connectivity.CONTOUR).count();
        assertTrue(count >= 2, d.name() + ": S_lambda has " + count + " component(s) at lambda "
                + d.lambda().orElseThrow());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void startIsWhereTheLossIsDefined(FunctionDefinition d) {
        PlanePoint s = d.start().orElseThrow();
        assertTrue(loss(d).derivatives(s.x(), s.y()).isFinite(), d.name() + ": undefined at its start");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void suggestedLevelCutsTheViewIntoAProperNonEmptySet(FunctionDefinition d) {
        SampledField field = GridSampler.sample(loss(d), GridSpec.square(d.domain(), 128));
        int cells = 0;
        double lambda = d.lambda().orElseThrow();
        for (double v : field.values()) {
            cells += d.mode().contains(v, lambda) ? 1 : 0;
        }
        assertTrue(cells > 0 && cells < field.values().length, d.name() + ": S_lambda holds " + cells + " of "
                + field.values().length + " samples at lambda " + lambda);
    }

    private static void checkPoint(FunctionDefinition d, LossFunction f, KnownPoint p, boolean isMinimum) {
        String what = d.name() + (isMinimum ? " minimum " : " maximum ") + List.of(p.x(), p.y(), p.value());
        Derivatives g = f.derivatives(p.x(), p.y());
        double delta = Math.max(Math.sqrt(2) * p.coordinateResolution(),
                2 * Math.ulp(Math.max(Math.abs(p.x()), Math.abs(p.y()))));
        double hessianNorm = Math.sqrt(g.hxx() * g.hxx() + 2 * g.hxy() * g.hxy() + g.hyy() * g.hyy());
        double firstOrder = Double.isFinite(g.gradientNorm()) ? g.gradientNorm() * delta : 0;
        double secondOrder = Double.isFinite(hessianNorm) ? hessianNorm * delta * delta : 0;
        double tolerance = p.valueResolution() + firstOrder + secondOrder + 64 * Math.ulp(1 + Math.abs(p.value()));
        double error = Math.abs(g.value() - p.value());
        assertTrue(error <= tolerance, what + ": L = " + g.value() + ", off by " + error + " > " + tolerance);
        if (!g.isFinite()) {
            return; // a cone tip (ackley's minimum): not a smooth critical point
        }
        assertTrue(g.gradientNorm() <= 2 * hessianNorm * delta + 1e-15,
                what + ": gradient norm " + g.gradientNorm() + " is not that of a critical point");
        double determinant = g.hxx() * g.hyy() - g.hxy() * g.hxy();
        assertTrue(determinant > 0 && (isMinimum ? g.hxx() > 0 : g.hxx() < 0),
                what + ": the Hessian is not " + (isMinimum ? "positive" : "negative") + " definite");
    }
}
