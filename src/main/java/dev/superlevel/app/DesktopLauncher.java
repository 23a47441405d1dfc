package dev.superlevel.app;

import dev.superlevel.ui.SuperlevelApp;
import javafx.application.Application;

/** Starts the JavaFX application; kept apart from {@link Main} so the CLI path never touches JavaFX. */
final class DesktopLauncher {

    private DesktopLauncher() {
    }

    static void launch(String[] args) {
        Application.launch(SuperlevelApp.class, args);
    }
}
