package dev.superlevel.ui.window;

import dev.superlevel.ui.AppViewModel;
import dev.superlevel.ui.files.FileCommands;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/**
 * The menu bar: File (open, recent, save, exports, quit), View (reset, dark theme, focus), Playback and
 * Level. Every item forwards to a view-model command; nothing here reads or writes a file.
 */
public final class MainMenus {

    /**
     * The window's own actions the menus trigger (dialogs that need the stage), and items other features
     * add to the end of the File (before Quit) and View menus.
     */
    public record Actions(Runnable exportPng, Runnable exportAnimation, Runnable quit, Runnable openSurface,
            List<MenuItem> moreFileItems, List<MenuItem> moreViewItems, List<MenuItem> analysisItems) {
    }

    private MainMenus() {
    }

    public static MenuBar build(AppViewModel vm, FileCommands files, Actions actions) {
        Menu file = new Menu("File", null,
                item("Open function file…", "Ctrl+O", files::openFunctionFile),
                item("Open surface (.h5, .npz, .npy)…", null, actions.openSurface()),
                item("Open session (.json or exported .png)…", "Ctrl+Shift+O", files::openSession),
                recentMenu(files),
                item("Save session…", "Ctrl+S", files::saveSession),
                item("Export PNG…", "Ctrl+E", actions.exportPng()),
                item("Export animation (GIF)…", "Ctrl+G", actions.exportAnimation()),
                new Menu("Export CSV", null,
                        item("Runs (one file, a run column)…", null, files::exportRunsCsv),
                        item("Persistence pairs…", null, files::exportPersistenceCsv),
                        item("Betti-0 curve…", null, files::exportBettiCsv)));
        file.getItems().addAll(actions.moreFileItems());
        file.getItems().add(item("Quit", "Ctrl+Q", actions.quit()));
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setId("dark-theme");
        dark.setAccelerator(KeyCombination.keyCombination("Ctrl+D"));
        dark.selectedProperty().bindBidirectional(vm.darkProperty());
        CheckMenuItem focus = new CheckMenuItem("Focus on the selected run");
        focus.setId("focus-run");
        focus.setAccelerator(KeyCombination.keyCombination("Ctrl+F"));
        focus.selectedProperty().bindBidirectional(vm.runs().focusProperty());
        Menu view = new Menu("View", null, item("Reset view", "Ctrl+R", () -> vm.landscape().resetView()), dark,
                focus);
        view.getItems().addAll(actions.moreViewItems());
        Menu playback = new Menu("Playback", null,
                item("Play / pause\t(Space)", null, vm.playback()::togglePlay),
                item("Step\t(→)", null, vm.playback()::step),
                item("Step back\t(←)", null, vm.playback()::stepBack),
                item("Reset", null, vm.playback()::reset));
        Menu level = new Menu("Level", null,
                item("Next persistence event\t(PageUp or ])", null, vm.levelSet()::nextEvent),
                item("Previous persistence event\t(PageDown or [)", null, vm.levelSet()::previousEvent));
        Menu analysis = new Menu("Analysis");
        analysis.setId("analysis-menu");
        analysis.getItems().addAll(actions.analysisItems());
        return new MenuBar(file, view, playback, level, analysis);
    }

    static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private static Menu recentMenu(FileCommands files) {
        Menu menu = new Menu("Open recent");
        menu.setId("open-recent");
        MenuItem placeholder = new MenuItem("(none)");
        placeholder.setDisable(true);
        menu.getItems().add(placeholder);
        menu.setOnShowing(e -> {
            List<Path> recent = files.recentFiles();
            menu.getItems().setAll(recent.stream().map(f -> item(f.toString(), null, () -> files.openSession(f)))
                    .toList());
            if (recent.isEmpty()) {
                menu.getItems().add(placeholder);
            }
        });
        return menu;
    }
}
