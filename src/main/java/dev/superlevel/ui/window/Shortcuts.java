package dev.superlevel.ui.window;

import dev.superlevel.ui.AppViewModel;

import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * The single-key shortcuts: Space play/pause, ←/→ step, PageUp/] and PageDown/[ the next and previous
 * persistence event. They work wherever the focus is except in a text field (where the keys type);
 * Esc leaves a text field, and pressing the mouse on the map or a chart takes the focus back, so the
 * shortcuts work again without Tab.
 */
public final class Shortcuts {

    private Shortcuts() {
    }

    /**
     * Installs the shortcuts on {@code root} (which takes the focus back) and makes a press on any of
     * {@code views} return the focus to it.
     */
    public static void install(Node root, AppViewModel vm, Node... views) {
        install(root, vm, java.util.Map.of(), views);
    }

    /** As {@link #install(Node, AppViewModel, Node...)} with more single-key shortcuts, by typed text ("3"). */
    public static void install(Node root, AppViewModel vm, java.util.Map<String, Runnable> more, Node... views) {
        root.setFocusTraversable(false);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> onKey(root, vm, more, e));
        for (Node view : views) {
            view.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> root.requestFocus());
        }
    }

    private static void onKey(Node root, AppViewModel vm, java.util.Map<String, Runnable> more, KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl) {
            if (e.getCode() == KeyCode.ESCAPE) {
                root.requestFocus();
                e.consume();
            }
            return;
        }
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        if (handle(vm, e.getCode(), e.getText())) {
            e.consume();
        } else if (more.containsKey(e.getText())) {
            more.get(e.getText()).run();
            e.consume();
        }
    }

    /** Runs the shortcut of the key; false if the key has none. */
    static boolean handle(AppViewModel vm, KeyCode code, String text) {
        if (code == KeyCode.SPACE) {
            vm.playback().togglePlay();
        } else if (code == KeyCode.RIGHT) {
            vm.playback().step();
        } else if (code == KeyCode.LEFT) {
            vm.playback().stepBack();
        } else if (code == KeyCode.PAGE_UP || "]".equals(text)) {
            vm.levelSet().nextEvent();
        } else if (code == KeyCode.PAGE_DOWN || "[".equals(text)) {
            vm.levelSet().previousEvent();
        } else {
            return false;
        }
        return true;
    }
}
