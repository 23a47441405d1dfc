package dev.superlevel.ui.window;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * Drag-and-drop of one {@code .json} session or exported {@code .png} onto the window opens it; also (issue 10)
 * a surface file ({@code .h5/.hdf5/.npz/.npy}) or a recorded path ({@code .csv}, projection {@code .h5}), which
 * {@code open} routes.
 */
public final class SessionDrop {

    private SessionDrop() {
    }

    public static void install(Node target, Consumer<Path> open) {
        target.setOnDragOver(e -> {
            if (droppedSession(e.getDragboard()) != null) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        target.setOnDragDropped(e -> {
            Path file = droppedSession(e.getDragboard());
            e.setDropCompleted(file != null);
            e.consume();
            if (file != null) {
                // after the drop gesture has finished, so an error dialog does not block it
                Platform.runLater(() -> open.accept(file));
            }
        });
    }

    /** The one dropped session file, or null if the drop is not exactly one .json or .png. */
    static Path droppedSession(Dragboard board) {
        if (!board.hasFiles() || board.getFiles().size() != 1) {
            return null;
        }
        String name = board.getFiles().get(0).getName().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".png") || name.endsWith(".h5") || name.endsWith(".hdf5")
                || name.endsWith(".npz") || name.endsWith(".npy") || name.endsWith(".csv")
                ? board.getFiles().get(0).toPath() : null;
    }
}
