package dev.superlevel.ui.analysis.basins;

import dev.superlevel.ui.AppViewModel;
import dev.superlevel.ui.concurrent.BackgroundExecutor;
import dev.superlevel.ui.landscape.LandscapeView;
import dev.superlevel.ui.landscape.PlotArea;
import dev.superlevel.ui.runs.RunViewModel;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;

/**
 * Wires the Basins layer into the window (issue 14): the view-model, its layer on the map, the progress
 * strip with Cancel at the map's bottom right, and the Analysis menu's items — "Basins of the selected run"
 * (a toggle), "Compare basins with" (the other runs), "Basins lattice" (M) and "Clear basins".
 */
public final class BasinsTool {

    /** The lattice sides offered in the menu. */
    static final List<Integer> SIDES = List.of(16, 32, 64, 128, 256);

    private BasinsTool() {
    }

    /** Builds the view-model and its layer on {@code map}; returns the Analysis menu's items. */
    public static List<MenuItem> install(AppViewModel app, LandscapeView map, BackgroundExecutor executor) {
        BasinsViewModel vm = new BasinsViewModel(app.landscape().dataProperty(), app.runs(), executor,
                Math.max(1, Runtime.getRuntime().availableProcessors()));
        map.addLayer(new BasinsLayer(vm, app.darkProperty()));
        map.getProperties().put(BasinsViewModel.class, vm);  // for tests and the screenshot tool
        progressStrip(vm, map, app.landscape().viewDomainProperty());
        return List.of(new SeparatorMenuItem(), toggle(vm), compareMenu(vm), sideMenu(vm), clearItem(vm));
    }

    /** The view-model installed on {@code map}, or null. */
    public static BasinsViewModel of(LandscapeView map) {
        return (BasinsViewModel) map.getProperties().get(BasinsViewModel.class);
    }

    private static CheckMenuItem toggle(BasinsViewModel vm) {
        CheckMenuItem item = new CheckMenuItem("Basins of the selected run");
        item.setId("basins-toggle");
        item.selectedProperty().bindBidirectional(vm.enabledProperty());
        return item;
    }

    /** The other runs by name, rebuilt each time the menu opens; picking one also switches the layer on. */
    private static Menu compareMenu(BasinsViewModel vm) {
        Menu menu = new Menu("Compare basins with");
        menu.setId("basins-compare");
        menu.getItems().add(new MenuItem("(no run)"));  // so that the submenu can open at all
        menu.setOnShowing(e -> menu.getItems().setAll(compareItems(vm)));
        return menu;
    }

    /**
     * The compare menu's items: one per run other than the selected one (whose basins are the ones shown),
     * or a disabled line saying there is none, then "Stop comparing".
     */
    static List<MenuItem> compareItems(BasinsViewModel vm) {
        List<MenuItem> items = new java.util.ArrayList<>();
        ToggleGroup group = new ToggleGroup();
        for (RunViewModel run : vm.runs().runs()) {
            if (run == vm.runs().selectedProperty().get()) {
                continue;
            }
            RadioMenuItem item = new RadioMenuItem(run.displayName());
            item.setToggleGroup(group);
            item.setSelected(run == vm.compareWithProperty().get());
            item.setOnAction(a -> {
                vm.compareWithProperty().set(run);
                vm.enabledProperty().set(true);
            });
            items.add(item);
        }
        if (items.isEmpty()) {
            MenuItem none = new MenuItem("(no other run: add one in the runs list)");
            none.setDisable(true);
            items.add(none);
        }
        MenuItem stop = new MenuItem("Stop comparing");
        stop.setDisable(vm.compareWithProperty().get() == null);
        stop.setOnAction(a -> vm.compareWithProperty().set(null));
        items.add(new SeparatorMenuItem());
        items.add(stop);
        return items;
    }

    private static Menu sideMenu(BasinsViewModel vm) {
        Menu menu = new Menu("Basins lattice");
        ToggleGroup group = new ToggleGroup();
        for (int side : SIDES) {
            RadioMenuItem item = new RadioMenuItem(side + " \u00d7 " + side + " starts");
            item.setToggleGroup(group);
            item.setSelected(side == vm.sideProperty().get());
            item.setOnAction(e -> vm.sideProperty().set(side));
            menu.getItems().add(item);
        }
        return menu;
    }

    private static MenuItem clearItem(BasinsViewModel vm) {
        MenuItem item = new MenuItem("Clear basins");
        item.setId("basins-clear");
        item.setOnAction(e -> vm.clear());
        return item;
    }

    /**
     * "Basins 37 % [Cancel]" at the bottom right of the plot while computing. The map lays out only its
     * canvases, so the strip is unmanaged and placed here whenever the map or the strip changes size.
     */
    private static void progressStrip(BasinsViewModel vm, LandscapeView map, javafx.beans.Observable view) {
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(120);
        bar.progressProperty().bind(vm.progressProperty());
        Label label = new Label();
        label.textProperty().bind(Bindings.createStringBinding(() -> "Basins "
                + Math.round(100 * vm.progressProperty().get()) + " %", vm.progressProperty()));
        Button cancel = new Button("Cancel");
        cancel.setId("basins-cancel");
        cancel.setOnAction(e -> vm.cancel());
        HBox strip = new HBox(8, label, bar, cancel);
        strip.setId("basins-progress");
        strip.setAlignment(Pos.CENTER_LEFT);
        strip.setPadding(new Insets(4, 8, 4, 8));
        strip.setStyle("-fx-background-color: rgba(255,255,255,0.85); -fx-background-radius: 6;");
        strip.setManaged(false);
        strip.visibleProperty().bind(Bindings.createBooleanBinding(vm::isComputing, vm.stateProperty()));
        map.getChildren().add(strip);
        Runnable place = () -> {
            strip.autosize();
            PlotArea area = map.plotArea();
            strip.relocate(area.left() + area.width() - strip.getWidth() - 8,
                    area.top() + area.height() - strip.getHeight() - 8);
        };
        map.widthProperty().addListener(o -> place.run());
        map.heightProperty().addListener(o -> place.run());
        view.addListener(o -> place.run());
        strip.visibleProperty().addListener(o -> place.run());
        strip.layoutBoundsProperty().addListener(o -> place.run());
    }
}
