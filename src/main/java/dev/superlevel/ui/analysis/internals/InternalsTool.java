package dev.superlevel.ui.analysis.internals;

import dev.superlevel.ui.landscape.LandscapeView;
import dev.superlevel.ui.playback.PlaybackViewModel;
import dev.superlevel.ui.runs.RunsViewModel;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * Wires the optimizer-internals arrows into the window: the view-model, its layer on the map and the Analysis
 * menu's check item "Show optimizer internals" with the single key I (like the other single-key shortcuts of
 * {@link dev.superlevel.ui.window.Shortcuts}: not while typing in a text field, not with Ctrl/Alt/Meta), and the
 * read-out of the arrow under the pointer.
 */
public final class InternalsTool {

    private InternalsTool() {
    }

    /**
     * Adds the layer to {@code map}, the key I to {@code keyRoot} and returns the menu item. The item's user
     * data is the {@link InternalsLayer} (tests read what it shows).
     */
    public static List<MenuItem> install(RunsViewModel runs, PlaybackViewModel playback, LandscapeView map,
            Node keyRoot) {
        InternalsViewModel vm = new InternalsViewModel(runs, playback);
        InternalsLayer layer = new InternalsLayer(vm);
        map.addLayer(layer);
        CheckMenuItem item = new CheckMenuItem("Show optimizer internals\t(I)");
        item.setId("show-internals");
        item.selectedProperty().bindBidirectional(vm.showingProperty());
        item.setUserData(layer);
        hoverReadOut(map, layer);
        keyRoot.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (isPlainKey(e, KeyCode.I)) {
                vm.showingProperty().set(!vm.showingProperty().get());
                e.consume();
            }
        });
        return List.of(item);
    }

    /**
     * A read-out next to the pointer while it is over an arrow: its kind, step and vector (added to the map's
     * own mouse handling, which it leaves alone).
     */
    private static void hoverReadOut(LandscapeView map, InternalsLayer layer) {
        Tooltip tip = new Tooltip();
        tip.getStyleClass().add(READOUT_STYLE);
        map.baseCanvas().addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            Arrow a = layer.arrowAt(e.getX(), e.getY(), map.plotArea());
            if (a == null) {
                tip.hide();
            } else {
                tip.setText(layer.describe(a));
                tip.show(map.baseCanvas(), e.getScreenX() + 14, e.getScreenY() + 14);
            }
        });
        map.baseCanvas().addEventHandler(MouseEvent.MOUSE_EXITED, e -> tip.hide());
        layer.dependencies().forEach(d -> d.addListener(o -> tip.hide()));
    }

    /** The hover read-out's popup, for tests: found by its style class among the open windows. */
    static final String READOUT_STYLE = "internals-readout";

    private static boolean isPlainKey(KeyEvent e, KeyCode code) {
        return e.getCode() == code && !(e.getTarget() instanceof TextInputControl) && !e.isControlDown()
                && !e.isAltDown() && !e.isMetaDown() && !e.isShortcutDown();
    }
}
