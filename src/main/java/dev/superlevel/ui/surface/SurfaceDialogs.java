package dev.superlevel.ui.surface;

import dev.superlevel.io.surface.SurfaceData;

import java.io.File;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File ▸ Open surface: a file chooser for .h5/.hdf5/.npz/.npy, then, when the file offers several arrays
 * (train_loss, test_loss, train_acc …), a chooser of the array. The view half of {@link SurfaceViewModel}.
 */
public final class SurfaceDialogs {

    private SurfaceDialogs() {
    }

    /** Asks for a surface file and opens it; once read, offers the file's other arrays. */
    public static void open(Window owner, SurfaceViewModel vm) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open surface");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                "Loss surfaces (*.h5, *.hdf5, *.npz, *.npy)", "*.h5", "*.hdf5", "*.npz", "*.npy"));
        File file = chooser.showOpenDialog(owner);
        if (file == null) {
            return;
        }
        offerArraysOnce(owner, vm, file);
        vm.open(file.toPath(), null);
    }

    /** File ▸ Open path: a loss-landscape projection file or a path CSV, added to the paths shown. */
    public static void openPath(Window owner, RecordedPathsViewModel paths) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open recorded path");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                "Recorded paths (projection *.h5, *.hdf5; *.csv x,y[,step][,loss])", "*.h5", "*.hdf5", "*.csv"));
        File file = chooser.showOpenDialog(owner);
        if (file != null && !paths.open(file.toPath())) {
            javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                    javafx.scene.control.Alert.AlertType.ERROR, paths.errorProperty().get());
            alert.initOwner(owner);
            alert.setHeaderText("Could not open " + file.getName());
            alert.show();
        }
    }

    /** What a dropped file opens as (issue 10): a surface, a recorded path, or neither (null). */
    public static String dropKind(java.nio.file.Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".npz") || name.endsWith(".npy")) {
            return "surface";
        }
        if (name.endsWith(".csv")) {
            return "path";
        }
        if (name.endsWith(".h5") || name.endsWith(".hdf5")) {
            // a loss-landscape projection file holds proj_xcoord/proj_ycoord; anything else is a surface
            return dev.superlevel.io.trajectory.ProjectionFileReader.isProjection(file) ? "path" : "surface";
        }
        return null;
    }

    /** When the file has been read with its default array, lets the user pick another one. */
    private static void offerArraysOnce(Window owner, SurfaceViewModel vm, File file) {
        ChangeListener<SurfaceData> listener = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends SurfaceData> o, SurfaceData old,
                    SurfaceData data) {
                vm.dataProperty().removeListener(this);
                var shown = vm.currentProperty().get();
                boolean thisFile = shown != null
                        && shown.file().equals(file.toPath().toAbsolutePath().normalize().toString());
                if (data == null || !thisFile || data.arrays().size() < 2) {
                    return;  // a failed read leaves the listener until the next file: it must not reopen this one
                }
                Platform.runLater(() -> chooseArray(owner, data.fileName(), data.arrays(), data.key())
                        .filter(key -> !key.equals(data.key()))
                        .ifPresent(key -> vm.open(file.toPath(), key)));
            }
        };
        vm.dataProperty().addListener(listener);
    }

    private static Optional<String> chooseArray(Window owner, String file, List<String> arrays, String current) {
        ChoiceDialog<String> dialog = new ChoiceDialog<>(current, arrays);
        dialog.initOwner(owner);
        dialog.setTitle("Open surface");
        dialog.setHeaderText(file + " holds " + arrays.size() + " arrays");
        dialog.setContentText("Show (an accuracy opens in super-level mode, a loss in sub-level mode):");
        return dialog.showAndWait();
    }
}
