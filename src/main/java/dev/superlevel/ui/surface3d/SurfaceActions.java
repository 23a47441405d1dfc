package dev.superlevel.ui.surface3d;

import dev.superlevel.io.session.Session;
import dev.superlevel.ui.concurrent.BackgroundExecutor;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The few nodes the main window hosts for the 3-D view, so that its hook stays a handful of lines: the
 * centre stack showing the map or the 3-D view, the View-menu and toolbar switches (key {@code 3}), and the
 * File-menu exports (the 3-D figure as PNG with the current camera; the surface as .vti, .npy, .obj,
 * .stl or .csv). Exports run in the background and report a failure in a dialog.
 */
public final class SurfaceActions {

    private SurfaceActions() {
    }

    /**
     * The map and the 3-D view in one place; the switch decides which one is visible. The 3-D view (its
     * toolbar, sliders and tooltips) is built the first time it is shown, not with the window (issue 11
     * item 19: hidden controls still cost their skins and CSS in the first frame).
     */
    public static StackPane stack(Node map, SurfaceViewModel vm) {
        map.visibleProperty().bind(vm.showingProperty().not());
        StackPane stack = new StackPane(map);
        InvalidationListener build = new InvalidationListener() {
            @Override
            public void invalidated(Observable o) {
                if (vm.showingProperty().get()) {
                    vm.showingProperty().removeListener(this);
                    SurfacePane surface = new SurfacePane(vm);
                    surface.visibleProperty().bind(vm.showingProperty());
                    stack.getChildren().add(surface);
                }
            }
        };
        vm.showingProperty().addListener(build);
        build.invalidated(vm.showingProperty());
        return stack;
    }

    /** View ▸ 3-D view. */
    public static CheckMenuItem viewToggle(SurfaceViewModel vm) {
        CheckMenuItem item = new CheckMenuItem("3-D view\t(3)");
        item.setId("view-3d");
        item.selectedProperty().bindBidirectional(vm.showingProperty());
        return item;
    }

    /** The toolbar's 2-D / 3-D switch. */
    public static ToggleButton toolbarToggle(SurfaceViewModel vm) {
        ToggleButton button = new ToggleButton("3-D");
        button.setId("toggle-3d");
        button.setTooltip(new Tooltip("Show the landscape as a 3-D surface with the λ plane (key 3)"));
        button.selectedProperty().bindBidirectional(vm.showingProperty());
        button.setFocusTraversable(false);  // a toolbar button: the view menu and key 3 do the same
        return button;
    }

    /** File ▸ Export 3-D: the figure as PNG, and the surface for other tools. */
    public static Menu exportMenu(SurfaceViewModel vm, Supplier<Session> session, Supplier<Window> window,
            BackgroundExecutor executor) {
        MenuItem png = new MenuItem("3-D figure as PNG (current camera)…");
        png.setOnAction(e -> {
            File file = choose(window.get(), "Export the 3-D figure", new FileChooser.ExtensionFilter("PNG", "*.png"));
            Session s = session.get();
            if (file != null && s != null) {
                run(executor, () -> vm.exportPng(s, file.toPath(), dev.superlevel.core.Cancellation.NONE));
            }
        });
        MenuItem surface = new MenuItem("Surface (.vti, .npy, .obj, .stl, .csv)…");
        surface.setId("export-surface");
        surface.setOnAction(e -> {
            File file = choose(window.get(), "Export the surface", new FileChooser.ExtensionFilter(
                    "VTK image data, NumPy, OBJ, STL, CSV", "*.vti", "*.npy", "*.obj", "*.stl", "*.csv"));
            if (file != null) {
                run(executor, () -> vm.exportSurface(file.toPath()));
            }
        });
        return new Menu("Export 3-D", null, png, surface);
    }

    private static File choose(Window window, String title, FileChooser.ExtensionFilter filter) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(filter);
        return chooser.showSaveDialog(window);
    }

    /** A file-writing action. */
    @FunctionalInterface
    interface Export {
        void write() throws IOException;
    }

    private static void run(BackgroundExecutor executor, Export export) {
        executor.submit(cancel -> {
            try {
                export.write();
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
            return Boolean.TRUE;
        }, done -> { }, error -> {
            Alert alert = new Alert(Alert.AlertType.ERROR, error.getMessage());
            alert.setHeaderText("Export failed");
            alert.show();
        });
    }
}
