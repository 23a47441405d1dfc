package dev.superlevel.ui.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.surface.SurfaceInterpolant;
import dev.superlevel.core.topology.SetMode;
import dev.superlevel.io.function.FunctionLibrary;
import dev.superlevel.io.session.Session;
import dev.superlevel.ui.AppViewModel;
import dev.superlevel.ui.concurrent.SameThreadExecutor;
import dev.superlevel.ui.function.FunctionPanelViewModel;
import dev.superlevel.ui.levelset.TopologyAnalysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

class SurfaceViewModelTest {

    private static AppViewModel newApp() {
        AppViewModel vm = new AppViewModel(new SameThreadExecutor(),
                FunctionPanelViewModel.adapt(FunctionLibrary.samples()), new TopologyAnalysis());
        vm.landscape().resolutionProperty().set(96);
        return vm;
    }

    private static Path fixture(String name) {
        try {
            return Path.of(SurfaceViewModelTest.class.getResource("/surfaces/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void openingALossSurfaceShowsItInSubLevelModeOnItsOwnExtent() {
        AppViewModel vm = newApp();
        vm.loadSample("himmelblau");
        vm.surface().open(fixture("landscape.h5"), null);
        assertInstanceOf(SurfaceInterpolant.class, vm.landscape().functionProperty().get());
        assertSame(vm.landscape().functionProperty().get(), vm.runs().lossProperty().get());
        assertEquals(SetMode.SUBLEVEL, vm.landscape().modeProperty().get());
        assertEquals(new Domain(-1, 1, -0.5, 1), vm.function().domainProperty().get());
        assertEquals("landscape.h5 · train_loss of 4 arrays · 5×4 · 8 KB · x -1.0…1.0 · y -0.5…1.0",
                vm.surface().infoProperty().get());
        assertTrue(vm.statusProperty().get().startsWith("landscape.h5 · train_loss"), vm.statusProperty().get());
    }

    @Test
    void anAccuracyArrayOpensInSuperLevelMode() {
        AppViewModel vm = newApp();
        vm.surface().open(fixture("landscape.h5"), "train_acc");
        assertEquals(SetMode.SUPERLEVEL, vm.landscape().modeProperty().get());
        assertEquals("train_acc", vm.surface().currentProperty().get().key());
    }

    @Test
    void aBadFileIsAnInlineErrorAndTheLastLandscapeStays() {
        AppViewModel vm = newApp();
        vm.loadSample("himmelblau");
        var before = vm.landscape().functionProperty().get();
        vm.surface().open(fixture("missing_key.h5"), null);
        assertSame(before, vm.landscape().functionProperty().get());
        assertEquals("could not open the surface: missing_key.h5: no array 'train_loss' (arrays present: min_eig, "
                + "test_loss); pick one with --surface-key", vm.statusProperty().get());
    }

    @Test
    void theSessionStoresTheSurfaceByPathAndArrayAndAVanishedFileSaysSo(@TempDir Path dir) throws Exception {
        Path copy = Files.copy(fixture("landscape.h5"), dir.resolve("landscape.h5"));
        AppViewModel vm = newApp();
        vm.surface().open(copy, "test_loss");
        Session session = vm.session(false);
        assertEquals(copy.toAbsolutePath().normalize().toString(), session.function().name());
        assertEquals("surface test_loss of landscape.h5", session.function().source());

        AppViewModel restored = newApp();
        restored.applySession(session);
        assertEquals("test_loss", restored.surface().currentProperty().get().key());
        assertInstanceOf(SurfaceInterpolant.class, restored.landscape().functionProperty().get());

        Files.delete(copy);
        AppViewModel gone = newApp();
        gone.loadSample("himmelblau");
        gone.applySession(session);
        assertEquals("could not open the surface: " + copy.toAbsolutePath().normalize() + ": no such file",
                gone.statusProperty().get());
    }

    @Test
    void choosingAFunctionAfterwardsReplacesTheSurface() {
        AppViewModel vm = newApp();
        vm.surface().open(fixture("landscape.h5"), null);
        vm.loadSample("himmelblau");
        assertNull(vm.surface().currentProperty().get());
        assertEquals("", vm.surface().infoProperty().get());
    }

    /**
     * Issue 10: a surface starts at the median of the samples the map shows, as {@code render} does, whatever λ
     * the previous function had. The 5×4 fixture is shown on 5×5 samples of its interpolant (its larger side),
     * so the median is taken here from the field on screen; the bundled square surface below checks stored values.
     */
    @Test
    void aSurfaceStartsAtTheMedianOfItsSamplesInTheModeOfItsArray() {
        AppViewModel vm = newApp();
        vm.loadSample("himmelblau");
        vm.levelSet().lambdaProperty().set(2.5);  // inside the loss's range [1.0625, 2.75]: kept before the fix
        vm.surface().open(fixture("landscape.h5"), null);
        assertEquals(middle(vm.landscape().dataProperty().get().field().values()), vm.levelSet().lambdaProperty().get());
        assertEquals(SetMode.SUBLEVEL, vm.landscape().modeProperty().get());
        vm.levelSet().lambdaProperty().set(0.45);
        vm.surface().open(fixture("landscape.h5"), "train_acc");
        assertEquals(middle(vm.landscape().dataProperty().get().field().values()), vm.levelSet().lambdaProperty().get());
        assertEquals(SetMode.SUPERLEVEL, vm.landscape().modeProperty().get());
    }

    /** The median of the finite values, by sorting: the middle one of an odd count, else the mean of the two. */
    private static double middle(double[] values) {
        double[] v = java.util.Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** The bundled surface is shown on its own 101×101 grid: numpy's median of mlp-moons.h5's 101×101 train_loss (all defined). */
    @Test
    void theBundledSurfaceStartsAtItsMedian() {
        AppViewModel vm = newApp();
        vm.loadSample("himmelblau");
        vm.surface().open(Path.of("sample-functions/mlp-moons.h5"), null);
        assertEquals(101, vm.landscape().dataProperty().get().field().nx());
        assertEquals(0.8100263788613002, vm.levelSet().lambdaProperty().get());
    }
}
