package dev.superlevel.ui.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.superlevel.core.expr.ExpressionCompiler;
import dev.superlevel.render.RunPalette;
import dev.superlevel.ui.concurrent.SameThreadExecutor;
import org.junit.jupiter.api.Test;

import java.util.List;

/** Every run in the list has its own colour while the palette has colours left, however the run was added. */
class RunColoursTest {

    private final RunsViewModel runs = new RunsViewModel(new SameThreadExecutor());

    RunColoursTest() {
        runs.lossProperty().set(ExpressionCompiler.compile("0.5*(x^2 + 10*y^2)"));
    }

    private List<Integer> colours() {
        return runs.runs().stream().map(RunViewModel::argb).toList();
    }

    @Test
    void freshRunsTakeThePaletteInOrder() {
        for (int k = 0; k < RunPalette.size(); k++) {
            runs.add(k, 0);
        }
        assertEquals(List.of(RunPalette.argb(0), RunPalette.argb(1), RunPalette.argb(2), RunPalette.argb(3),
                RunPalette.argb(4)), colours());
    }

    @Test
    void aRunGivenATakenColourGetsTheFirstFreeOne() {
        runs.add(1, 1);
        runs.add(2, 2);
        RunViewModel clash = runs.add(RunsViewModel.paperDefaults(3, 3), RunPalette.argb(1), "clash");
        assertEquals(RunPalette.argb(2), clash.argb());
        RunViewModel own = runs.add(RunsViewModel.paperDefaults(4, 4), 0xFF123456, "own");
        assertEquals(0xFF123456, own.argb(), "a colour no run has is kept");
    }

    @Test
    void aFreshRunAfterARemovalDoesNotRepeatARemainingColour() {
        runs.add(1, 1);
        runs.add(2, 2);
        runs.add(3, 3);
        runs.removeSelected();
        runs.selectedProperty().set(runs.runs().get(0));
        runs.duplicateSelected();  // prefers palette 3 (the fourth run created): free
        runs.add(4, 4);            // prefers palette 4: free
        runs.add(5, 5);            // prefers palette 0 (cycling): taken; 2 is the first free
        assertEquals(List.of(RunPalette.argb(0), RunPalette.argb(1), RunPalette.argb(3), RunPalette.argb(4),
                RunPalette.argb(2)), colours());
    }

    @Test
    void onceThePaletteIsUsedUpTheColoursCycle() {
        for (int k = 0; k <= RunPalette.size(); k++) {
            runs.add(k, 0);
        }
        assertEquals(RunPalette.argb(0), colours().get(RunPalette.size()));
        RunViewModel extra = runs.add(RunsViewModel.paperDefaults(9, 9), RunPalette.argb(3), "extra");
        assertEquals(RunPalette.argb(3), extra.argb(), "no colour left: the preferred one");
    }
}
