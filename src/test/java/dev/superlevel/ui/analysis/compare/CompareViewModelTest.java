package dev.superlevel.ui.analysis.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.cli.SuperlevelCli;
import dev.superlevel.core.Cancellation;
import dev.superlevel.core.analysis.Comparison;
import dev.superlevel.core.analysis.ComparisonRow;
import dev.superlevel.core.analysis.LearningRateSweep;
import dev.superlevel.core.expr.ExpressionCompiler;
import dev.superlevel.core.function.LossFunction;
import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.grid.GridSampler;
import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.grid.SampledField;
import dev.superlevel.core.optim.OptimizerKind;
import dev.superlevel.core.optim.RunStatus;
import dev.superlevel.core.topology.Connectivity;
import dev.superlevel.core.topology.MergeTree;
import dev.superlevel.render.RunPalette;
import dev.superlevel.ui.concurrent.BackgroundExecutor;
import dev.superlevel.ui.concurrent.SameThreadExecutor;
import dev.superlevel.ui.files.RecordingDialogs;
import dev.superlevel.ui.landscape.LandscapeData;
import dev.superlevel.ui.runs.RunViewModel;
import dev.superlevel.ui.runs.RunsViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.SimpleObjectProperty;

class CompareViewModelTest {

    private static final String HIMMELBLAU = "(x^2 + y - 11)^2 + (x + y^2 - 7)^2";
    private static final Domain SQUARE = new Domain(-5, 5, -5, 5);

    private final RunsViewModel runs = new RunsViewModel(new SameThreadExecutor());

    private static LandscapeData landscape(String expression, Domain domain, int grid) {
        LossFunction loss = ExpressionCompiler.compile(expression);
        SampledField field = GridSampler.sample(loss, GridSpec.square(domain, grid));
        return new LandscapeData(loss, field, null, null, null, 0);
    }

    private CompareViewModel vm(LandscapeData data, BackgroundExecutor executor) {
        runs.lossProperty().set(data.function());
        return new CompareViewModel(new SimpleObjectProperty<>(data), runs, executor);
    }

    private static void choose(CompareViewModel vm, OptimizerKind... kinds) {
        for (OptimizerKind k : OptimizerKind.values()) {
            vm.chosenProperty(k).set(List.of(kinds).contains(k));
        }
    }

    private static String cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = SuperlevelCli.run(new PrintWriter(out), new PrintWriter(err), args);
        assertEquals(0, status, err.toString());
        return out.toString().replace(System.lineSeparator(), "\n");
    }

    /*
     * The dialog's start and schedule come from the selected run (exp-norm, decay 0.005, as the app's fresh
     * runs); the exported CSV must be byte for byte what `superlevel compare` prints for the same function,
     * grid, start, optimizers, sweep, steps, target and schedule flags.
     */
    @Test
    void exportedCsvIsWhatTheCliPrintsForTheSameSettings(@TempDir Path dir) throws Exception {
        runs.add(Map.of("optimizer", "gd", "schedule", "exp-norm", "decay", "0.005", "lr", "0.1", "steps", "400",
                "start", "-1,1"));
        CompareViewModel vm = vm(landscape(HIMMELBLAU, SQUARE, 64), new SameThreadExecutor());
        assertEquals("-1.0,1.0", vm.startProperty().get());
        assertEquals("exp-norm", vm.scheduleProperty().get());
        choose(vm, OptimizerKind.GD, OptimizerKind.MOMENTUM, OptimizerKind.ADAM);
        vm.lrMinProperty().set("1e-3");
        vm.lrMaxProperty().set("0.1");
        vm.lrCountProperty().set("5");
        vm.stepsProperty().set("300");
        vm.targetProperty().set("1e-2");
        vm.run();
        assertEquals("", vm.errorProperty().get());
        assertEquals(15, vm.rows().size());
        Path file = dir.resolve("out.csv");
        RecordingDialogs dialogs = new RecordingDialogs().answer(file);
        vm.exportCsv(dialogs);
        assertEquals(List.of(), dialogs.errors());
        String expected = cli("compare", "--function", HIMMELBLAU, "--domain", "-5,5,-5,5", "--grid", "64",
                "--start", "-1,1", "--optimizers", "gd,momentum,adam", "--lr-sweep", "1e-3,0.1,5", "--steps", "300",
                "--target", "1e-2", "--schedule", "exp-norm", "--decay", "0.005");
        assertEquals(expected, Files.readString(file));
    }

    /* The rows are Comparison.run's for the configurations the CLI would build, in the same order. */
    @Test
    void rowsAreTheCoresComparisonWithTheSpecDefaults() {
        LandscapeData data = landscape(HIMMELBLAU, SQUARE, 48);
        CompareViewModel vm = vm(data, new SameThreadExecutor());
        choose(vm, OptimizerKind.ADAM, OptimizerKind.NESTEROV);
        vm.startProperty().set("0.5, -2");
        vm.scheduleProperty().set("constant");
        vm.lrMinProperty().set("0.01");
        vm.lrMaxProperty().set("1");
        vm.lrCountProperty().set("3");
        vm.stepsProperty().set("200");
        vm.targetProperty().set("");
        vm.run();
        List<ComparisonRow> expected = Comparison.run(data.function(), Comparison.Configs.defaults(0.5, -2, 200),
                List.of(OptimizerKind.NESTEROV, OptimizerKind.ADAM), LearningRateSweep.logSpaced(0.01, 1, 3),
                Double.NaN, MergeTree.sublevel(data.field(), Connectivity.CONTOUR, 0, Cancellation.NONE),
                Cancellation.NONE);
        assertEquals(expected, List.copyOf(vm.rows()));
    }

    /*
     * gd on x² + y² from (1, 0): x_t = (1 − 2·lr)^t. lr 0.25: final loss 0.25^10, first ≤ 1e-3 at t = 5
     * (0.25^5 = 0.0009765625); lr 0.5: x_1 = 0, loss 0 from step 1, the best rate. lr 1.5: x ← −2x, past
     * 1e6 at step 20, so diverged and never best.
     */
    @Test
    void aBowlByHandMarksTheBestRateAndAddsItAsARunInTheOptimizersColour() {
        CompareViewModel vm = vm(landscape("x^2 + y^2", new Domain(-2, 2, -2, 2), 33), new SameThreadExecutor());
        choose(vm, OptimizerKind.GD);
        vm.startProperty().set("1,0");
        vm.scheduleProperty().set("constant");
        vm.lrMinProperty().set("0.25");
        vm.lrMaxProperty().set("0.5");
        vm.lrCountProperty().set("2");
        vm.stepsProperty().set("10");
        vm.targetProperty().set("1e-3");
        vm.run();
        assertEquals(List.of(
                new ComparisonRow(OptimizerKind.GD, 0.25, Math.pow(0.25, 10), Math.pow(0.25, 10), 5, 0, 0,
                        RunStatus.COMPLETED, false),
                new ComparisonRow(OptimizerKind.GD, 0.5, 0, 0, 1, 0, 0, RunStatus.COMPLETED, true)), vm.rows());
        int before = runs.runs().size();
        List<RunViewModel> added = vm.addBestRuns();
        assertEquals(1, added.size());
        assertEquals(before + 1, runs.runs().size());
        RunViewModel run = runs.runs().get(before);
        assertEquals("gd · lr 0.5", run.displayName());
        assertEquals(RunPalette.argb(0), run.argb());
        assertEquals(0.0, run.trajectoryProperty().get().step(10).loss());
        assertEquals(1, run.trajectoryProperty().get().step(0).loss());
        assertEquals(run, runs.selectedProperty().get());
    }

    @Test
    void aDivergedRunIsReportedAsSuchAndNotPlotted() {
        CompareViewModel vm = vm(landscape("x^2 + y^2", new Domain(-2, 2, -2, 2), 33), new SameThreadExecutor());
        choose(vm, OptimizerKind.GD);
        vm.startProperty().set("1,0");
        vm.scheduleProperty().set("constant");
        vm.lrMinProperty().set("0.25");
        vm.lrMaxProperty().set("1.5");
        vm.lrCountProperty().set("2");
        vm.stepsProperty().set("30");
        vm.targetProperty().set("");
        vm.run();
        ComparisonRow diverged = vm.rows().get(1);
        assertEquals(RunStatus.DIVERGED, diverged.status());
        assertFalse(diverged.best());
        assertTrue(vm.rows().get(0).best());
        assertEquals("diverged", CompareText.finalLoss(diverged));
        assertEquals(List.of("gd lr 1.5 (diverged)"), CompareChart.notPlotted(vm.rows()));
        assertEquals(1, CompareChart.data(vm.rows()).getSeries(0).getItemCount());
        assertEquals(0.25, CompareChart.data(vm.rows()).getSeries(0).getX(0).doubleValue());
        assertTrue(CompareChart.logLoss(vm.rows()));
    }

    @Test
    void twoOptimizersGetTwoColoursAndTwoBestRuns() {
        CompareViewModel vm = vm(landscape(HIMMELBLAU, SQUARE, 32), new SameThreadExecutor());
        choose(vm, OptimizerKind.GD, OptimizerKind.ADAM);
        vm.startProperty().set("-1,1");
        vm.lrMinProperty().set("1e-3");
        vm.lrMaxProperty().set("1e-2");
        vm.lrCountProperty().set("2");
        vm.stepsProperty().set("100");
        List<Integer> colourWhenRowsArrive = new ArrayList<>();
        vm.rows().addListener((javafx.collections.ListChangeListener<ComparisonRow>) c ->
                colourWhenRowsArrive.add(vm.colourOf(OptimizerKind.ADAM)));
        vm.run();
        assertEquals(List.of(RunPalette.argb(1)), colourWhenRowsArrive, "the chart redrawn on new rows sees their colours");
        List<ComparisonRow> best = vm.rows().stream().filter(ComparisonRow::best).toList();
        assertEquals(List.of(OptimizerKind.GD, OptimizerKind.ADAM), best.stream().map(ComparisonRow::optimizer).toList());
        List<RunViewModel> added = vm.addBestRuns();
        assertEquals(List.of(RunPalette.argb(0), RunPalette.argb(1)), added.stream().map(RunViewModel::argb).toList());
        for (int k = 0; k < 2; k++) {
            assertEquals(best.get(k).finalLoss(), added.get(k).trajectoryProperty().get().step(100).loss());
            assertEquals(best.get(k).optimizer().cliName() + " · lr " + best.get(k).learningRate(),
                    added.get(k).displayName());
        }
    }

    /* QA 108: the added best runs took the optimizer's colour even when run 1 already had it. */
    @Test
    void bestRunsAddedNextToAnExistingRunGetColoursNoOtherRunHas() {
        CompareViewModel vm = vm(landscape(HIMMELBLAU, SQUARE, 32), new SameThreadExecutor());
        RunViewModel first = runs.add(-1, 1);
        assertEquals(RunPalette.argb(0), first.argb());
        choose(vm, OptimizerKind.GD, OptimizerKind.ADAM);
        vm.startProperty().set("-1,1");
        vm.lrMinProperty().set("1e-3");
        vm.lrMaxProperty().set("1e-2");
        vm.lrCountProperty().set("2");
        vm.stepsProperty().set("100");
        vm.run();
        assertEquals(2, vm.addBestRuns().size());
        // gd prefers palette 0 (taken by run 1): the first free one, 1; adam then prefers 1, now taken: 2
        assertEquals(List.of(RunPalette.argb(0), RunPalette.argb(1), RunPalette.argb(2)),
                runs.runs().stream().map(RunViewModel::argb).toList());
    }

    @Test
    void anotherFunctionClearsTheRowsButAZoomOfTheSameKeepsThem() {
        LandscapeData bowl = landscape("x^2 + y^2", new Domain(-2, 2, -2, 2), 17);
        SimpleObjectProperty<LandscapeData> data = new SimpleObjectProperty<>(bowl);
        CompareViewModel vm = new CompareViewModel(data, runs, new SameThreadExecutor());
        vm.startProperty().set("1,0");
        vm.run();
        assertEquals(14, vm.rows().size());
        data.set(new LandscapeData(bowl.function(), GridSampler.sample(bowl.function(),
                GridSpec.square(new Domain(-1, 1, -1, 1), 17)), null, null, null, 0));
        assertEquals(14, vm.rows().size());
        data.set(landscape("x^2 + 2*y^2", new Domain(-2, 2, -2, 2), 17));
        assertTrue(vm.rows().isEmpty());
        assertEquals("the function changed: press Run to compare on it", vm.statusProperty().get());
        assertTrue(vm.addBestRuns().isEmpty());
    }

    /* A rate below 1e-3 is written without an exponent yet parses back to the very same double. */
    @Test
    void aRunsRateIsTheSweepsExactRateInPlainDigits() {
        double lr = LearningRateSweep.logSpaced(1e-4, 1e-1, 7)[1];
        CompareRequest request = new CompareRequest(List.of(OptimizerKind.ADAM), new double[] {lr}, 10, Double.NaN,
                1, 2, Map.of("schedule", "constant"));
        String text = request.settings(OptimizerKind.ADAM, lr).get("lr");
        assertEquals(new java.math.BigDecimal(Double.toString(lr)).toPlainString(), text);
        assertTrue(text.startsWith("0.000316227766"), text);
        assertEquals(lr, Double.parseDouble(text));
        assertEquals(lr, request.config(OptimizerKind.ADAM, lr).learningRate());
        assertEquals(Map.of("schedule", "constant", "optimizer", "adam", "lr", text, "start", "1.0,2.0", "steps", "10"),
                request.settings(OptimizerKind.ADAM, lr));
    }

    @Test
    void badInputNamesItsFieldAndComputesNothing() {
        CompareViewModel vm = vm(landscape("x^2 + y^2", new Domain(-2, 2, -2, 2), 17), new SameThreadExecutor());
        vm.startProperty().set("1,0");
        assertProblem(vm, v -> v.lrCountProperty().set("seven"), CompareInput.Field.LR_COUNT,
                "rates: not a whole number: 'seven'");
        assertProblem(vm, v -> v.lrMinProperty().set("0"), CompareInput.Field.LR_MIN, "lr min: must be > 0, got 0.0");
        assertProblem(vm, v -> v.lrMaxProperty().set("1e-5"), CompareInput.Field.LR_MAX,
                "lr max: must be at least lr min 0.001, got 1.0E-5");
        assertProblem(vm, v -> v.lrMaxProperty().set(""), CompareInput.Field.LR_MAX, "lr max: missing a number");
        assertProblem(vm, v -> v.stepsProperty().set("0"), CompareInput.Field.STEPS,
                "steps: must be 1 to 1000000, got 0");
        assertProblem(vm, v -> v.stepsProperty().set("100000"), CompareInput.Field.STEPS,
                "steps: 100000 steps × 14 runs = 1400000 updates, more than 1000000 in all");
        assertProblem(vm, v -> v.targetProperty().set("low"), CompareInput.Field.TARGET,
                "target loss: not a finite number: 'low'");
        assertProblem(vm, v -> v.startProperty().set("1;0"), CompareInput.Field.START,
                "start: expected x,y (two finite numbers), got '1;0'");
        assertProblem(vm, v -> choose(v), CompareInput.Field.OPTIMIZERS, "optimizers: tick at least one optimizer");
        vm.run();
        assertNull(vm.errorFieldProperty().get());
        assertEquals("", vm.errorProperty().get());
        assertEquals(14, vm.rows().size());
    }

    private static void assertProblem(CompareViewModel vm, Consumer<CompareViewModel> spoil, CompareInput.Field field,
            String message) {
        String lrMin = vm.lrMinProperty().get();
        String lrMax = vm.lrMaxProperty().get();
        String count = vm.lrCountProperty().get();
        String steps = vm.stepsProperty().get();
        String target = vm.targetProperty().get();
        String start = vm.startProperty().get();
        choose(vm, OptimizerKind.GD, OptimizerKind.ADAM);
        spoil.accept(vm);
        vm.run();
        assertEquals(field, vm.errorFieldProperty().get());
        assertEquals(message, vm.errorProperty().get());
        assertTrue(vm.rows().isEmpty());
        assertFalse(vm.runningProperty().get());
        vm.lrMinProperty().set(lrMin);
        vm.lrMaxProperty().set(lrMax);
        vm.lrCountProperty().set(count);
        vm.stepsProperty().set(steps);
        vm.targetProperty().set(target);
        vm.startProperty().set(start);
        choose(vm, OptimizerKind.GD, OptimizerKind.ADAM);
    }

    /** Holds submitted work until {@link #runAll}; publishes inline. */
    private static final class HeldExecutor implements BackgroundExecutor {
        private final Deque<Runnable> held = new ArrayDeque<>();
        private final SameThreadExecutor inline = new SameThreadExecutor();

        @Override
        public <T> void submit(Function<Cancellation, T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            held.add(() -> inline.submit(work, onSuccess, onFailure));
        }

        @Override
        public void publish(Runnable action) {
            action.run();
        }

        void runAll() {
            while (!held.isEmpty()) {
                held.poll().run();
            }
        }
    }

    @Test
    void cancelBeforeTheWorkStartsDropsItsResult() {
        HeldExecutor executor = new HeldExecutor();
        CompareViewModel vm = vm(landscape("x^2 + y^2", new Domain(-2, 2, -2, 2), 17), executor);
        vm.startProperty().set("1,0");
        vm.run();
        assertTrue(vm.runningProperty().get());
        vm.cancel();
        assertFalse(vm.runningProperty().get());
        assertEquals("cancelled", vm.statusProperty().get());
        executor.runAll();
        assertTrue(vm.rows().isEmpty());
        assertEquals("cancelled", vm.statusProperty().get());
    }

    /* 2 optimizers × 150 rates = 300 runs: the progress bar hears of each percent once, not of every run. */
    @Test
    void progressIsPublishedAtMostOncePerPercent() {
        CompareViewModel vm = vm(landscape("x^2 + y^2", new Domain(-2, 2, -2, 2), 17), new SameThreadExecutor());
        vm.startProperty().set("1,0");
        vm.lrCountProperty().set("150");
        vm.stepsProperty().set("5");
        List<Double> seen = new ArrayList<>();
        vm.progressProperty().addListener((obs, o, p) -> seen.add(p.doubleValue()));
        vm.run();
        assertEquals(300, vm.rows().size());
        assertEquals(100, seen.size());
        assertEquals(3 / 300.0, seen.get(0));
        assertEquals(1.0, seen.get(99));
    }

    /* 2 optimizers × 4 rates: progress after each run; cancelling after the second stops the rest. */
    @Test
    void progressCountsRunsAndCancelStopsTheComparisonBetweenRuns() {
        CompareViewModel vm = vm(landscape("x^2 + y^2", new Domain(-2, 2, -2, 2), 17), new SameThreadExecutor());
        vm.startProperty().set("1,0");
        vm.lrCountProperty().set("4");
        List<Double> seen = new ArrayList<>();
        vm.progressProperty().addListener((obs, o, p) -> seen.add(p.doubleValue()));
        vm.run();
        assertEquals(List.of(0.125, 0.25, 0.375, 0.5, 0.625, 0.75, 0.875, 1.0), seen);
        assertEquals(8, vm.rows().size());

        CompareViewModel second = vm(landscape("x^2 + y^2", new Domain(-2, 2, -2, 2), 17), new SameThreadExecutor());
        second.startProperty().set("1,0");
        second.lrCountProperty().set("4");
        List<Double> progress = new ArrayList<>();
        second.progressProperty().addListener((obs, o, p) -> {
            progress.add(p.doubleValue());
            if (p.doubleValue() == 0.25) {
                second.cancel();
            }
        });
        second.run();
        assertEquals(List.of(0.125, 0.25, 0.0), progress);
        assertTrue(second.rows().isEmpty());
        assertEquals("cancelled", second.statusProperty().get());
        assertFalse(second.runningProperty().get());
    }
}
