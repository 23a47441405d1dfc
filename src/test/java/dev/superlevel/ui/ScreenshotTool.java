package dev.superlevel.ui;

import dev.superlevel.io.function.FunctionLibrary;
import dev.superlevel.ui.concurrent.FxBackgroundExecutor;
import dev.superlevel.ui.function.FunctionPanelViewModel;
import dev.superlevel.ui.levelset.TopologyAnalysis;
import dev.superlevel.ui.runs.RunViewModel;

import javax.imageio.ImageIO;
import java.io.File;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

/**
 * Not a test: sets the real window up in a named state and saves a snapshot of it, for the README
 * screenshots in {@code assets/}. Run on a display (e.g. under xvfb-run) with the test class path:
 * {@code java -cp target/test-classes:target/classes:… dev.superlevel.ui.ScreenshotTool race out.png}.
 * Scenes: {@code main}, {@code split}, {@code race}, {@code dark}, {@code dataset}, {@code surface} (the bundled
 * mlp-moons.h5 surface with one run), {@code surface3d} (the first screen after 60 steps in the 3-D view),
 * {@code lyapunov}, {@code basins} (issue 14: the Basins layer's difference view, gd constant vs exp-norm), {@code basins-single}
 * (the same layer for the constant-rate run alone), {@code compare} (the Compare dialog after a comparison on
 * Rosenbrock; the dialog's window is saved), {@code internals} (a Mechanic-on-Adam run's optimizer internals as
 * arrows at step 45), {@code profile-link} (the bundled surface with a valley of its profile hovered).
 */
public final class ScreenshotTool {

    private ScreenshotTool() {
    }

    public static void main(String[] args) throws Exception {
        String sceneName = args[0];
        File out = new File(args[1]);
        AtomicReference<AppViewModel> vmRef = new AtomicReference<>();
        AtomicReference<MainWindow> windowRef = new AtomicReference<>();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(() -> {
            FxBackgroundExecutor executor = new FxBackgroundExecutor(2);
            AppViewModel vm = new AppViewModel(executor, FunctionPanelViewModel.adapt(FunctionLibrary.samples()),
                    new TopologyAnalysis());
            Stage stage = new Stage();
            MainWindow window = new MainWindow(vm, executor, new dev.superlevel.ui.files.FxFileDialogs(() -> stage),
                    dev.superlevel.ui.files.MemoryPreferences.recentFiles(), folder -> { });
            Scene scene = new Scene(window, 1500, 940);
            scene.getStylesheets().setAll(MainWindow.stylesheet(false));
            stage.setScene(scene);
            stage.show();
            vmRef.set(vm);
            windowRef.set(window);
            started.countDown();
        });
        started.await();
        AppViewModel vm = vmRef.get();
        MainWindow window = windowRef.get();
        onFx(() -> setUp(sceneName, vm, window));
        waitFor(() -> ready(vm));
        onFx(() -> after(sceneName, vm, window));
        waitFor(() -> ready(vm));
        waitFor(() -> basinsSettled(window));
        Thread.sleep("surface3d".equals(sceneName) ? 6000 : 1500);
        AtomicReference<WritableImage> shot = new AtomicReference<>();
        if ("compare".equals(sceneName)) {  // issue 14: the Compare dialog, once its rows are in
            waitFor(() -> compareScene() != null && compareScene().lookup("#compare-table") instanceof
                    javafx.scene.control.TableView<?> t && !t.getItems().isEmpty());
            Thread.sleep(1500);
        }
        onFx(() -> shot.set(("compare".equals(sceneName) ? compareScene() : window.getScene()).snapshot(null)));
        ImageIO.write(SwingFXUtils.fromFXImage(shot.get(), null), "png", out);
        Platform.exit();
        System.exit(0);
    }

    private static void setUp(String scene, AppViewModel vm, MainWindow window) {
        switch (scene) {
            case "split" -> vm.loadSample("himmelblau");
            case "dataset" -> {
                vm.loadSample("imbalanced-blobs-balanced");
                if (vm.runs().runs().isEmpty()) {
                    vm.runs().add(-4, 4);
                }
                vm.runs().runs().get(0).set("steps", "300");
            }
            case "race", "dark" -> {
                vm.loadSample("rosenbrock");
                RunViewModel gd = vm.runs().runs().get(0);
                gd.set("lr", "0.001");
                gd.set("decay", "0.001");
                gd.set("steps", "600");
                vm.runs().add(Map.of("optimizer", "adam", "lr", "0.05", "start", "-1.5,2", "steps", "600"));
                vm.runs().add(Map.of("optimizer", "mechanic", "base", "adam", "lr", "0.1", "start", "-1.5,2",
                        "steps", "600"));
                window.setDark("dark".equals(scene));
            }
            case "typed" -> {
                // a newcomer's own function typed over a sample: it starts from its own defaults
                vm.loadSample("himmelblau");
                vm.function().expressionProperty().set("sin(x) * cos(y) + 0.05 * x^2");
                vm.function().validate();
            }
            case "lyapunov" -> {
                // a V that is not a Lyapunov function of Himmelblau everywhere: the map hatches where it fails
                vm.loadSample("himmelblau");
                var field = (javafx.scene.control.TextField) window.lookup("#lyapunov-field");
                field.setText("x^2 + y^2");
                field.fireEvent(new javafx.event.ActionEvent());
            }
            case "surface" -> {  // issue 10: the bundled loss-landscape file, one run that leaves the slice
                vm.surface().open(java.nio.file.Path.of("sample-functions/mlp-moons.h5"), null);
                vm.runs().add(Map.of("optimizer", "adam", "lr", "0.02", "start", "0.8,0.8", "steps", "300"));
            }
            case "internals" -> {  // issue 14: Mechanic on Adam, its internals as arrows at one step
                vm.loadSample("himmelblau");
                vm.runs().add(Map.of("optimizer", "mechanic", "base", "adam", "lr", "0.1", "start", "1,-1",
                        "steps", "300"));
                window.setDark(Boolean.getBoolean("internals.dark"));
            }
            case "profile-link" -> {  // issue 10: the bundled surface with a valley of its profile hovered
                vm.surface().open(java.nio.file.Path.of("sample-functions/mlp-moons.h5"), null);
                vm.runs().add(Map.of("optimizer", "adam", "lr", "0.02", "start", "0.8,0.8", "steps", "300"));
            }
            case "compare" -> vm.loadSample("rosenbrock");
            case "mlp" -> vm.loadSample("moons-mlp");  // issue 10: a network slice, sampled with the network in float
            case "basins", "basins-single" -> {  // issue 14: constant-rate GD against exp-norm, difference view
                vm.loadSample("himmelblau");
                RunViewModel paper = vm.runs().runs().get(0);
                vm.runs().add(Map.of("optimizer", "gd", "lr", "0.015", "steps", "400", "start", "-1,-1"));
                var basins = dev.superlevel.ui.analysis.basins.BasinsTool.of(window.landscapeView());
                basins.compareWithProperty().set(scene.equals("basins") ? paper : null);
                basins.enabledProperty().set(true);
            }
            default -> vm.loadSample(SuperlevelApp.FIRST_SAMPLE);
        }
    }

    /** Hovers the valley with the widest own floor among the basins that merge into another, once computed. */
    private static void hoverWidestValley(MainWindow window) {
        var panel = (dev.superlevel.ui.analysis.TopologyPanel) window.lookup("#topology-profile").getParent();
        var topology = panel.viewModel();
        javafx.scene.Node p = panel;
        while (p != null && !(p instanceof javafx.scene.control.ScrollPane)) {
            p = p.getParent();
        }
        javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) p;
        Runnable hover = () -> {
            if (scroll != null) {
                scroll.layout();
                scroll.setVvalue(1);  // the profile sits at the bottom of the left column
            }
            var r = topology.resultProperty().get();
            r.profile().valleys().stream()
                    .filter(v -> r.summary().basins().branches().get(v.branch()).parent() >= 0)
                    .max(java.util.Comparator.comparingDouble(v -> v.floorRight() - v.floorLeft()))
                    .ifPresent(v -> topology.hoveredBasinProperty().set(v.branch()));
        };
        if (topology.resultProperty().get() != null) {
            hover.run();
        } else {
            topology.resultProperty().addListener((o, old, r) -> hover.run());
        }
    }

    private static void after(String scene, AppViewModel vm, MainWindow window) {
        if (scene.equals("race") || scene.equals("dark")) {
            vm.playback().seek(420);
        } else if (scene.equals("lyapunov")) {
            vm.playback().seek(40);
        } else if (scene.equals("dataset")) {
            vm.playback().seek(60);
        } else if (scene.equals("surface3d")) {
            vm.playback().seek(60);
            ((javafx.scene.control.ToggleButton) window.lookup("#toggle-3d")).setSelected(true);
        } else if (scene.equals("internals")) {
            vm.playback().seek(INTERNALS_STEP);
            showInternals(window);
        } else if (scene.equals("profile-link")) {
            vm.playback().seek(300);
            hoverWidestValley(window);
        } else if (scene.equals("compare")) {
            openCompare(window);
        } else if (scene.equals("main")) {
            vm.playback().seek(60); // the first screen after a moment of Play: the charts have a story
        }
    }

    private static final int INTERNALS_STEP = Integer.getInteger("internals.step", 45);

    /** Turns Analysis ▸ Show optimizer internals on, as a click on the menu item would. */
    private static void showInternals(MainWindow window) {
        var bar = (javafx.scene.control.MenuBar) window.lookup(".menu-bar");
        bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> "show-internals".equals(i.getId()))
                .map(javafx.scene.control.CheckMenuItem.class::cast).forEach(i -> i.setSelected(true));
    }

    /** Analysis ▸ Compare optimizers…, then gd, momentum and adam over 7 rates from 1e-4 to 0.1, Run. */
    private static void openCompare(MainWindow window) {
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) window.lookup(".menu-bar");
        bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> "menu-compare".equals(i.getId()))
                .findFirst().orElseThrow().fire();
        Scene dialog = compareScene();
        ((javafx.scene.control.CheckBox) dialog.lookup("#compare-opt-momentum")).setSelected(true);
        ((javafx.scene.control.TextField) dialog.lookup("#compare-lr-min")).setText("1e-4");
        ((javafx.scene.control.TextField) dialog.lookup("#compare-lr-max")).setText("0.1");
        ((javafx.scene.control.TextField) dialog.lookup("#compare-lr-count")).setText("7");
        ((javafx.scene.control.TextField) dialog.lookup("#compare-steps")).setText("600");
        ((javafx.scene.control.TextField) dialog.lookup("#compare-target")).setText("1e-3");
        ((javafx.scene.control.Button) dialog.lookup("#compare-run")).fire();
    }

    private static Scene compareScene() {
        return javafx.stage.Window.getWindows().stream().filter(w -> w instanceof Stage s
                && "Compare optimizers".equals(s.getTitle())).map(javafx.stage.Window::getScene).findFirst()
                .orElse(null);
    }

    private static boolean ready(AppViewModel vm) {
        return vm.landscape().dataProperty().get() != null && !vm.landscape().busyProperty().get()
                && vm.runs().runs().stream().allMatch(r -> r.trajectoryProperty().get() != null);
    }

    /** True unless the Basins layer (issue 14) is still computing; prints its time once it is shown. */
    private static boolean basinsSettled(MainWindow window) {
        var basins = dev.superlevel.ui.analysis.basins.BasinsTool.of(window.landscapeView());
        if (basins == null || basins.isComputing()) {
            return basins == null;
        }
        if (basins.resultProperty().get() != null) {
            System.out.println("basins computed in " + basins.resultProperty().get().millis() + " ms");
        }
        return true;
    }

    private static void onFx(Runnable action) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                action.run();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        for (int k = 0; k < 600; k++) {
            AtomicReference<Boolean> ok = new AtomicReference<>(false);
            onFx(() -> ok.set(condition.getAsBoolean()));
            if (ok.get()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the window did not settle within a minute");
    }
}
