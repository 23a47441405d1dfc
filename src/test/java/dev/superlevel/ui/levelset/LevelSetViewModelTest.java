package dev.superlevel.ui.levelset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.expr.ExpressionCompiler;
import dev.superlevel.core.grid.Domain;
import dev.superlevel.ui.concurrent.SameThreadExecutor;
import dev.superlevel.ui.landscape.LandscapeViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LevelSetViewModelTest {

    /** Two bumps of heights 1 and 0.6: S_λ has two components for 0.6 > λ > the saddle. */
    private static final String TWO_BUMPS = "exp(-((x-1.5)^2 + y^2)) + 0.6*exp(-((x+1.5)^2 + y^2))";

    private final SameThreadExecutor executor = new SameThreadExecutor();
    private final LandscapeViewModel landscape = new LandscapeViewModel(executor);
    private final LevelSetViewModel vm = new LevelSetViewModel(landscape.dataProperty(), executor,
            new TopologyAnalysis());

    @BeforeEach
    void showTwoBumps() {
        landscape.resolutionProperty().set(128);
        landscape.show(ExpressionCompiler.compile(TWO_BUMPS), new Domain(-4, 4, -3, 3));
    }

    @Test
    void countAndShareFollowLambda() {
        vm.lambdaProperty().set(0.3);
        assertEquals(2, vm.componentCountProperty().get());
        // 2018 and 238 of the 128² samples (x = -4 + 8i/127, y = -3 + 6j/127) have L ≥ 0.3 and ≥ 0.8,
        // counted with numpy from the formula (not from this code)
        assertEquals(2018 / 16384.0, vm.areaFractionProperty().get(), 1e-15);
        vm.lambdaProperty().set(0.8);
        assertEquals(1, vm.componentCountProperty().get());
        assertEquals(238 / 16384.0, vm.areaFractionProperty().get(), 1e-15);
    }

    @Test
    void readoutNamesCountShareAndResolutionVerdict() {
        vm.lambdaProperty().set(0.3);
        String text = vm.readoutProperty().get();
        assertTrue(text.startsWith("S_λ: 2 components · "), text);
        assertTrue(text.endsWith("resolution-stable"), text);
    }

    @Test
    void componentColoursKeepTheirIdentityWhileLambdaMoves() {
        vm.lambdaProperty().set(0.3);
        int right = vm.componentAt(100, 64);
        int left = vm.componentAt(36, 64);
        vm.lambdaProperty().set(0.35);
        assertEquals(right, vm.componentAt(100, 64));
        assertEquals(left, vm.componentAt(36, 64));
        assertTrue(right != left);
    }

    @Test
    void eventKeysJumpToTheNeighbouringPersistenceEvents() {
        double[] events = vm.eventLevelsProperty().get();
        assertTrue(events.length >= 2);
        vm.lambdaProperty().set(events[0]);
        vm.nextEvent();
        assertEquals(events[1], vm.lambdaProperty().get());
        vm.previousEvent();
        assertEquals(events[0], vm.lambdaProperty().get());
        vm.previousEvent();
        assertEquals(events[0], vm.lambdaProperty().get(), "nothing below the lowest event");
    }

    @Test
    void contoursArePublished() {
        vm.lambdaProperty().set(0.3);
        assertEquals(2, vm.contoursProperty().get().size());
    }
}
