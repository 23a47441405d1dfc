package dev.superlevel.ui.window;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/** Drag-and-drop of one {@code .json} session or exported {@code .png} onto the window opens it. */
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
        return name.endsWith(".json") || name.endsWith(".png") ? board.getFiles().get(0).toPath() : null;
    }
}
