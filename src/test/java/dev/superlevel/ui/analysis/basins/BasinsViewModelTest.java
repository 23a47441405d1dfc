package dev.superlevel.ui.analysis.basins;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.CancelledException;
import dev.superlevel.core.analysis.BasinMap;
import dev.superlevel.core.analysis.BasinOutcome;
import dev.superlevel.core.analysis.BasinRunner;
import dev.superlevel.core.analysis.Lattice;
import dev.superlevel.core.expr.ExpressionCompiler;
import dev.superlevel.core.function.LossFunction;
import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.grid.GridSampler;
import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.grid.SampledField;
import dev.superlevel.core.optim.RunConfigParser;
import dev.superlevel.core.topology.Connectivity;
import dev.superlevel.core.topology.MergeTree;
import dev.superlevel.render.ColorScale;
import dev.superlevel.ui.concurrent.BackgroundExecutor;
import dev.superlevel.ui.concurrent.SameThreadExecutor;
import dev.superlevel.ui.landscape.LandscapeData;
import dev.superlevel.ui.runs.RunViewModel;
import dev.superlevel.ui.runs.RunsViewModel;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Basins layer's view-model on Himmelblau sampled at 128² over [−5, 5]², a 16² lattice. Expected basins
 * come from CSV files written by the CLI (see src/test/resources/basins/README.md for the commands).
 */
class BasinsViewModelTest {

    private static final String HIMMELBLAU = "(x^2 + y - 11)^2 + (x + y^2 - 7)^2";
    private static final Map<String, String> CONSTANT = Map.of("optimizer", "gd", "lr", "0.02", "steps", "400",
            "start", "0,0");
    private static final Map<String, String> EXP_NORM = Map.of("optimizer", "gd", "schedule", "exp-norm", "lr",
            "0.1", "decay", "0.005", "steps", "400", "start", "1,1");

    private final LossFunction loss = ExpressionCompiler.compile(HIMMELBLAU, Map.of());
    private final SampledField field = GridSampler.sample(loss, GridSpec.square(new Domain(-5, 5, -5, 5), 128));
    private final SimpleObjectProperty<LandscapeData> data = new SimpleObjectProperty<>(
            new LandscapeData(loss, field, ColorScale.LINEAR, new int[0], null, 0));
    private final RunsViewModel runs = new RunsViewModel(new SameThreadExecutor());

    private BasinsViewModel basins(BackgroundExecutor executor) {
        runs.lossProperty().set(loss);
        BasinsViewModel vm = new BasinsViewModel(data, runs, executor, 1);
        vm.sideProperty().set(16);
        return vm;
    }

    /** The CLI's CSV columns {@code basin} and {@code status}, in lattice order. */
    private static List<String[]> cli(String name) throws IOException {
        try (InputStream in = BasinsViewModelTest.class.getResourceAsStream("/basins/" + name)) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            return Arrays.stream(lines).skip(1).map(l -> l.split(",")).toList();
        }
    }

    private static int[] basinColumn(List<String[]> rows) {
        return rows.stream().mapToInt(r -> Integer.parseInt(r[7])).toArray();
    }

    private static Map<Integer, Integer> countsPerBasin(int[] basins) {
        Map<Integer, Integer> counts = new TreeMap<>();
        Arrays.stream(basins).forEach(b -> counts.merge(b, 1, Integer::sum));
        return counts;
    }

    @Test
    void layerBasinsAreTheCliBasinsOfTheSelectedRun() throws IOException {
        runs.add(CONSTANT);
        BasinsViewModel vm = basins(new SameThreadExecutor());
        vm.enabledProperty().set(true);
        assertEquals(BasinsViewModel.State.SHOWN, vm.stateProperty().get());
        BasinMap map = vm.resultProperty().get().map();
        List<String[]> expected = cli("himmelblau-gd-lr0.02-grid128-lattice16.csv");
        assertArrayEquals(basinColumn(expected), map.basins());
        assertEquals(Map.of(0, 65, 1, 67, 2, 73, 3, 51), countsPerBasin(map.basins()));
        for (int k = 0; k < expected.size(); k++) {
            assertEquals(expected.get(k)[6], map.outcomes().get(k).status().label(), "start " + k);
        }
        assertEquals(1.0, vm.progressProperty().get());
    }

    @Test
    void layerBasinsAreBasinRunnersForTheSameInputs() {
        runs.add(CONSTANT);
        BasinsViewModel vm = basins(new SameThreadExecutor());
        vm.enabledProperty().set(true);
        MergeTree tree = MergeTree.sublevel(field, Connectivity.CONTOUR, 0, Cancellation.NONE);
        BasinMap direct = BasinRunner.run(loss, RunConfigParser.parse(CONSTANT), new Lattice(field.spec().domain(),
                16), tree, 1e-3, 1, Cancellation.NONE, k -> { });
        assertEquals(direct.outcomes(), vm.resultProperty().get().map().outcomes());
        assertEquals(4, Arrays.stream(direct.basins()).distinct().count());
    }

    @Test
    void differenceCountIsTheStartsWhoseCliBasinsDiffer() throws IOException {
        runs.add(EXP_NORM);
        RunViewModel expNorm = runs.selectedProperty().get();
        runs.add(CONSTANT);
        BasinsViewModel vm = basins(new SameThreadExecutor());
        vm.compareWithProperty().set(expNorm);
        vm.enabledProperty().set(true);
        int[] a = basinColumn(cli("himmelblau-gd-lr0.02-grid128-lattice16.csv"));
        int[] b = basinColumn(cli("himmelblau-gd-exp-norm-lr0.1-grid128-lattice16.csv"));
        int[] differ = java.util.stream.IntStream.range(0, a.length).filter(k -> a[k] != b[k]).toArray();
        assertEquals(73, differ.length);
        BasinsViewModel.Result r = vm.resultProperty().get();
        assertArrayEquals(differ, vm.changedStarts());
        assertArrayEquals(r.map().changedStarts(r.compare()), vm.changedStarts());
        assertArrayEquals(b, r.compare().basins());
    }

    @Test
    void changingTheSelectedRunsSettingsRecomputes() throws IOException {
        runs.add(CONSTANT);
        BasinsViewModel vm = basins(new SameThreadExecutor());
        vm.enabledProperty().set(true);
        runs.selectedProperty().get().set("lr", "0.015");
        assertEquals(0.015, vm.resultProperty().get().map().config().learningRate());
        assertArrayEquals(basinColumn(cli("himmelblau-gd-lr0.015-grid128-lattice16.csv")),
                vm.resultProperty().get().map().basins());
    }

    @Test
    void movingTheStartOrSelectingAnEqualRunDoesNotRecompute() {
        runs.add(CONSTANT);
        BasinsViewModel vm = basins(new SameThreadExecutor());
        vm.enabledProperty().set(true);
        BasinsViewModel.Result before = vm.resultProperty().get();
        runs.selectedProperty().get().setStart(2, -1);
        runs.add(CONSTANT);
        assertSame(before, vm.resultProperty().get());
        data.set(new LandscapeData(loss, field, ColorScale.LINEAR, new int[0], null, 0));
        assertSame(before, vm.resultProperty().get(), "the same field: the same maps");
    }

    @Test
    void aNewViewRecomputesOnItsDomain() {
        runs.add(CONSTANT);
        BasinsViewModel vm = basins(new SameThreadExecutor());
        vm.enabledProperty().set(true);
        Domain zoomed = new Domain(0, 4, -1, 3);
        data.set(new LandscapeData(loss, GridSampler.sample(loss, GridSpec.square(zoomed, 64)), ColorScale.LINEAR,
                new int[0], null, 0));
        assertEquals(zoomed, vm.resultProperty().get().map().lattice().domain());
        assertEquals(-1.0 + 4.0 / 15, vm.resultProperty().get().map().outcomes().get(16).startY());
    }

    @Test
    void clickingACellAddsTheRunFromItsLatticePointAndSelectsIt() {
        runs.add(CONSTANT);
        BasinsViewModel vm = basins(new SameThreadExecutor());
        vm.enabledProperty().set(true);
        BasinsViewModel.Result before = vm.resultProperty().get();
        double spacing = 10.0 / 15;
        // (−5 + 2.3·spacing, −5 + 2.6·spacing) lies in the cell of start 3·16 + 2, centred on (−5 + 2·spacing, −5 + 3·spacing)
        int k = vm.startAt(-5 + 2.3 * spacing, -5 + 2.6 * spacing);
        assertEquals(50, k);
        assertEquals(true, new BasinsLayer(vm, new javafx.beans.property.SimpleBooleanProperty()).onClick(
                -5 + 2.3 * spacing, -5 + 2.6 * spacing));
        assertEquals(2, runs.runs().size());
        RunViewModel added = runs.selectedProperty().get();
        assertSame(runs.runs().get(1), added);
        assertArrayEquals(new double[] {-5 + 2 * 10.0 / 15, -5 + 3 * 10.0 / 15}, added.start());
        assertEquals("0.02", added.settings().get("lr"));
        BasinOutcome cell = before.map().outcomes().get(50);
        var last = added.trajectoryProperty().get().last();
        assertEquals(cell.endX(), last.x(), "the added run ends where the cell says");
        assertEquals(cell.endY(), last.y());
        assertSame(before, vm.resultProperty().get(), "the same configuration: nothing recomputed");
    }

    @Test
    void aPointOutsideEveryCellIsNoStart() {
        runs.add(CONSTANT);
        BasinsViewModel vm = basins(new SameThreadExecutor());
        assertEquals(-1, vm.startAt(0, 0), "nothing shown yet");
        vm.enabledProperty().set(true);
        assertEquals(-1, vm.startAt(5.5, 0));
        assertEquals(15, vm.startAt(5.3, -5.3));
    }

    /** Holds submitted work until {@link #runAll()}; publishes inline. */
    private static final class HeldExecutor implements BackgroundExecutor {
        private final Deque<Runnable> queue = new ArrayDeque<>();

        @Override
        public <T> void submit(Function<Cancellation, T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            queue.add(() -> {
                T result;
                try {
                    result = work.apply(Cancellation.NONE);
                } catch (CancelledException e) {
                    return;
                }
                onSuccess.accept(result);
            });
        }

        @Override
        public void publish(Runnable action) {
            action.run();
        }

        void runAll() {
            while (!queue.isEmpty()) {
                queue.poll().run();
            }
        }
    }

    @Test
    void cancellingKeepsTheOldMapAndSaysCancelled() {
        runs.add(CONSTANT);
        HeldExecutor held = new HeldExecutor();
        BasinsViewModel vm = basins(held);
        vm.enabledProperty().set(true);
        assertEquals(BasinsViewModel.State.COMPUTING, vm.stateProperty().get());
        assertNull(vm.resultProperty().get());
        held.runAll();
        BasinsViewModel.Result old = vm.resultProperty().get();
        runs.selectedProperty().get().set("lr", "0.015");
        assertEquals(BasinsViewModel.State.COMPUTING, vm.stateProperty().get());
        assertSame(old, vm.resultProperty().get(), "the old map stays while computing");
        vm.cancel();
        held.runAll();
        assertEquals(BasinsViewModel.State.CANCELLED, vm.stateProperty().get());
        assertSame(old, vm.resultProperty().get());
    }

    @Test
    void cancellingHalfWayStopsTheRuns() {
        runs.add(CONSTANT);
        HeldExecutor held = new HeldExecutor();
        BasinsViewModel vm = basins(held);
        vm.enabledProperty().set(true);
        held.runAll();
        BasinsViewModel.Result old = vm.resultProperty().get();
        double[] lastProgress = {0};
        javafx.beans.value.ChangeListener<Number> cancelAtHalf = (obs, o, p) -> {
            lastProgress[0] = Math.max(lastProgress[0], p.doubleValue());
            if (p.doubleValue() >= 0.5) {
                vm.cancel();
            }
        };
        vm.progressProperty().addListener(cancelAtHalf);
        runs.selectedProperty().get().set("lr", "0.015");
        held.runAll();
        assertEquals(0.5, lastProgress[0], "no progress reported after the cancel");
        assertEquals(BasinsViewModel.State.CANCELLED, vm.stateProperty().get());
        assertSame(old, vm.resultProperty().get());
        assertEquals(0.0, vm.progressProperty().get());
        vm.progressProperty().removeListener(cancelAtHalf);
        runs.selectedProperty().get().set("lr", "0.02");
        held.runAll();
        assertEquals(BasinsViewModel.State.SHOWN, vm.stateProperty().get());
        assertNotSame(old, vm.resultProperty().get());
    }

    @Test
    void clearSwitchesOffAndForgetsTheComparison() {
        runs.add(EXP_NORM);
        RunViewModel expNorm = runs.selectedProperty().get();
        runs.add(CONSTANT);
        BasinsViewModel vm = basins(new SameThreadExecutor());
        vm.compareWithProperty().set(expNorm);
        vm.enabledProperty().set(true);
        vm.clear();
        assertEquals(BasinsViewModel.State.OFF, vm.stateProperty().get());
        assertNull(vm.resultProperty().get());
        assertNull(vm.compareWithProperty().get());
        assertEquals(0, vm.changedStarts().length);
    }
}
