package dev.superlevel.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.topology.SetMode;
import dev.superlevel.io.function.FunctionLibrary;
import dev.superlevel.io.session.Session;
import dev.superlevel.io.session.SessionFile;
import dev.superlevel.ui.concurrent.SameThreadExecutor;
import dev.superlevel.ui.function.FunctionPanelViewModel;
import dev.superlevel.ui.levelset.TopologyAnalysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

class AppViewModelTest {

    private static AppViewModel newApp() {
        AppViewModel vm = new AppViewModel(new SameThreadExecutor(),
                FunctionPanelViewModel.adapt(FunctionLibrary.samples()), new TopologyAnalysis());
        vm.landscape().resolutionProperty().set(96);
        return vm;
    }

    @Test
    void loadingASampleAppliesItsLambdaModeAndStartWithOneRunReady() {
        AppViewModel vm = newApp();
        vm.loadSample("himmelblau");
        assertEquals(10.0, vm.levelSet().lambdaProperty().get());
        assertEquals(SetMode.SUBLEVEL, vm.landscape().modeProperty().get());
        assertEquals(1, vm.runs().runs().size());
        assertEquals(0.0, vm.runs().runs().get(0).trajectoryProperty().get().steps().get(0).x());
        assertEquals(400, vm.playback().lastStepProperty().get(), "the default run's 400 steps");
        // {L ≤ 10} on the 96² grid: one basin around each of the four minima (counted with a BFS in Python)
        assertEquals(4, vm.levelSet().componentCountProperty().get(), "the basins split at the suggested λ");
    }

    @Test
    void aSavedSessionRestoresTheView(@TempDir Path dir) throws Exception {
        AppViewModel first = newApp();
        first.loadSample("rosenbrock");
        first.function().parameters().get(1).valueProperty().set(50);
        first.levelSet().lambdaProperty().set(123.5);
        first.runs().add(Map.of("optimizer", "adam", "lr", "0.02", "start", "-1,1.5", "steps", "120"));
        first.playback().seek(77);
        Path file = dir.resolve("s.json");
        SessionFile.save(first.session(false), file);

        AppViewModel second = newApp();
        second.loadSample("quadratic");
        assertTrue(second.applySession(SessionFile.load(file)));
        assertEquals(first.function().functionProperty().get().source(),
                second.function().functionProperty().get().source());
        assertEquals(50.0, second.function().functionProperty().get().parameters().get("b"));
        assertEquals(first.landscape().viewDomainProperty().get(), second.landscape().viewDomainProperty().get());
        assertEquals(123.5, second.levelSet().lambdaProperty().get());
        assertEquals(2, second.runs().runs().size());
        assertEquals("adam", second.runs().runs().get(1).settings().get("optimizer"));
        assertEquals(first.runs().runs().get(1).argb(), second.runs().runs().get(1).argb());
        assertEquals(77, second.playback().currentStepProperty().get());
    }

    @Test
    void aSessionWhoseExpressionNoLongerCompilesChangesNothing() {
        AppViewModel vm = newApp();
        vm.loadSample("rosenbrock");
        Session good = vm.session(false);
        Session broken = new Session(good.version(), good.appVersion(),
                new dev.superlevel.io.session.SessionFunction("expression", "x + sinn(y)", Map.of()), good.domain(),
                good.nx(), good.ny(), good.lambda(), good.mode(), good.connectivity(), good.colorScale(),
                good.colormap(), good.style(), good.runs(), good.currentStep());
        var before = vm.landscape().dataProperty().get();
        assertFalse(vm.applySession(broken));
        assertEquals(before, vm.landscape().dataProperty().get());
    }

    @Test
    void anAnimationOfTheSessionHasTheRequestedFramesAndSize(@TempDir Path dir) throws Exception {
        AppViewModel vm = newApp();
        vm.loadSample("gaussian-bumps");
        Path gif = dir.resolve("a.gif");
        java.util.List<Double> progress = new java.util.ArrayList<>();
        dev.superlevel.ui.export.ExportService.exportAnimation(vm.session(false),
                dev.superlevel.render.FigureKind.LANDSCAPE, 120, 90, 5, 10, gif,
                dev.superlevel.core.Cancellation.NONE, progress::add);
        try (var in = javax.imageio.ImageIO.createImageInputStream(gif.toFile())) {
            var reader = javax.imageio.ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(5, reader.getNumImages(true));
            assertEquals(120, reader.read(0).getWidth());
            assertEquals(90, reader.read(0).getHeight());
        }
        assertEquals(1.0, progress.get(progress.size() - 1));
    }

    @Test
    void cancellingAnAnimationExportStopsItAndLeavesNoFile(@TempDir Path dir) throws Exception {
        AppViewModel vm = newApp();
        vm.loadSample("gaussian-bumps");
        Path gif = dir.resolve("a.gif");
        dev.superlevel.core.Cancellation byUser = vm.beginExport();
        assertTrue(vm.exportingProperty().get());
        java.util.List<Double> progress = new java.util.ArrayList<>();
        org.junit.jupiter.api.Assertions.assertThrows(dev.superlevel.core.CancelledException.class,
                () -> dev.superlevel.ui.export.ExportService.exportAnimation(vm.session(false),
                        dev.superlevel.render.FigureKind.LANDSCAPE, 120, 90, 20, 10, gif, byUser, p -> {
                            progress.add(p);
                            vm.cancelExport(); // the user presses Cancel after the first frame
                        }));
        assertEquals(1, progress.size());
        assertFalse(java.nio.file.Files.exists(gif));
        try (var left = java.nio.file.Files.list(dir)) {
            assertEquals(0, left.count(), "no temporary file is left behind");
        }
        vm.endExport("animation export cancelled: no file written");
        assertFalse(vm.exportingProperty().get());
        assertEquals(-1.0, vm.progressProperty().get());
        assertEquals("animation export cancelled: no file written", vm.statusProperty().get());
    }

    @Test
    void aDataSetFunctionBuildsItsLossShowsItsFormulaReadOnlyAndSwitchesBack() {
        AppViewModel vm = newApp();
        vm.loadSample("gaussian-bumps");
        var definition = FunctionLibrary.sample("blobs-logistic").orElseThrow();
        vm.loadSample("blobs-logistic");
        assertEquals(definition.formula(), vm.function().expressionProperty().get());
        assertEquals(null, vm.function().problemProperty().get(), "a formula is not compiled as an expression");
        var loss = vm.landscape().functionProperty().get();
        assertFalse(loss instanceof dev.superlevel.core.expr.CompiledExpression, "the data-set loss is on show");
        // mean cross-entropy of sigmoid(θ·x) over the 200 rows of blobs.csv at θ = (0.5, -1.25), computed with
        // numpy from the CSV (np.mean(np.logaddexp(0, z) - y*z))
        assertEquals(0.9955645624660767, loss.value(0.5, -1.25), 1e-12);
        assertSame(loss, vm.runs().lossProperty().get(), "the runs descend the loss on show");
        assertSame(loss, vm.landscape().dataProperty().get().function(), "the picture is of that loss");
        assertEquals(96, vm.landscape().dataProperty().get().field().nx());

        vm.loadSample("gaussian-bumps");
        assertEquals(null, vm.function().datasetProperty().get());
        assertTrue(vm.landscape().functionProperty().get() instanceof dev.superlevel.core.expr.CompiledExpression);
    }

    @Test
    void aDataSetSessionRoundTripsAndRendersThroughTheSessionScene(@TempDir Path dir) throws Exception {
        AppViewModel first = newApp();
        first.loadSample("blobs-logistic");
        Path png = dir.resolve("blobs.png");
        first.exportFigure(png, false, 320, 240, false);
        Session embedded = SessionFile.fromPng(png);
        assertEquals("blobs-logistic", embedded.function().name());

        AppViewModel second = newApp();
        second.loadSample("gaussian-bumps");
        assertTrue(second.applySession(embedded));
        assertEquals("blobs-logistic", second.function().datasetProperty().get().name());
    }

    @Test
    void anMlpSliceReportsItsTrainingInTheStatusBarThenShowsTheSlice() {
        AppViewModel vm = newApp();
        java.util.List<String> statuses = new java.util.ArrayList<>();
        vm.statusProperty().addListener((obs, o, s) -> statuses.add(s));
        vm.loadSample("moons-mlp");
        assertTrue(statuses.stream().anyMatch(s -> s.startsWith("training moons-mlp: step ")), statuses.toString());
        assertSame(vm.landscape().functionProperty().get(), vm.landscape().dataProperty().get().function(),
                "the trained slice is on show");
        assertEquals(96 * 96, vm.landscape().dataProperty().get().field().values().length);
        assertFalse(vm.landscape().functionProperty().get() instanceof dev.superlevel.core.expr.CompiledExpression);
        assertEquals(-1.0, vm.progressProperty().get(), "the progress bar is gone once trained");
    }

    @Test
    void aDataSetFunctionFileOpenedByPathExportsThroughItsPath(@TempDir Path dir) throws Exception {
        java.nio.file.Files.copy(Path.of("sample-functions/blobs-logistic.fn"), dir.resolve("mine.fn"));
        java.nio.file.Files.copy(Path.of("sample-functions/blobs.csv"), dir.resolve("blobs.csv"));
        Path file = dir.resolve("mine.fn");
        var sample = dev.superlevel.ui.function.SampleFunction.of(FunctionLibrary.load(file))
                .withName(file.toAbsolutePath().toString());
        AppViewModel vm = newApp();
        vm.function().samples().add(sample);
        vm.function().select(sample);
        Path png = dir.resolve("mine.png");
        vm.exportFigure(png, false, 200, 160, false);
        assertEquals(file.toAbsolutePath().toString(), SessionFile.fromPng(png).function().name());
    }

    @Test
    void aTypedExpressionStartsSuperLevelLinearAtTheMedianOfItsSamples() {
        AppViewModel vm = newApp();
        vm.loadSample("himmelblau"); // sub-level, log colours, λ = 10
        vm.function().expressionProperty().set("x + y");
        assertTrue(vm.function().validate());
        assertEquals(SetMode.SUPERLEVEL, vm.landscape().modeProperty().get());
        assertEquals(dev.superlevel.render.ColorScale.LINEAR, vm.landscape().scaleProperty().get());
        // x + y over [-5, 5]² on a symmetric grid is odd about the origin: the median of its samples is 0
        assertEquals(0.0, vm.levelSet().lambdaProperty().get(), 1e-12);
        assertEquals(null, vm.function().currentProperty().get());
    }

    @Test
    void aSessionStoresOnlyTheRunKeysTheUserSet() {
        AppViewModel vm = newApp();
        vm.loadSample("himmelblau");
        vm.runs().runs().get(0).set("decay", "");
        Session s = vm.session(false);
        assertEquals(Map.of("optimizer", "gd", "schedule", "exp-norm", "lr", "0.1", "steps", "400", "start", "0,0"),
                s.runs().get(0).config());
    }
}
