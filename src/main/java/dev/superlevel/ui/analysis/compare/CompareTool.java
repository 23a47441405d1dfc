package dev.superlevel.ui.analysis.compare;

import dev.superlevel.ui.concurrent.BackgroundExecutor;
import dev.superlevel.ui.files.FileDialogs;
import dev.superlevel.ui.landscape.LandscapeData;
import dev.superlevel.ui.runs.RunsViewModel;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;

/**
 * Wires the Compare dialog into the app: Analysis ▸ "Compare optimizers…" opens one non-modal window per main
 * window (created on first use, then brought to front), over the landscape on screen and the runs list.
 */
public final class CompareTool {

    private CompareTool() {
    }

    /** The Analysis menu's item for the dialog. */
    public static List<MenuItem> install(ObservableValue<LandscapeData> data, RunsViewModel runs,
            BackgroundExecutor executor, FileDialogs dialogs, Supplier<Window> owner) {
        MenuItem item = new MenuItem("Compare optimizers…");
        item.setId("menu-compare");
        CompareDialog[] dialog = new CompareDialog[1];
        item.setOnAction(e -> {
            if (dialog[0] == null) {
                dialog[0] = new CompareDialog(new CompareViewModel(data, runs, executor), dialogs, owner.get());
            }
            dialog[0].show();
        });
        return List.of(item);
    }
}
