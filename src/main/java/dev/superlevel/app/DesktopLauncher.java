package dev.superlevel.app;

import dev.superlevel.ui.SuperlevelApp;

import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;

/** Starts the JavaFX application; kept apart from {@link Main} so the CLI path never touches JavaFX. */
final class DesktopLauncher {

    /**
     * JavaFX warns "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'" on every
     * start from the plain jar, which is how Superlevel ships; that one message is filtered out so that a
     * failed start prints the one line of {@link Main} only (other JavaFX warnings stay). Held in a field:
     * the logging framework keeps loggers weakly.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    private DesktopLauncher() {
    }

    static void launch(String[] args) {
        ClassPreloader.start();  // issue 11 item 19: alongside the toolkit's start (-Dsuperlevel.preload=false: off)
        JAVAFX_LOG.setFilter(r -> r.getLevel().intValue() >= Level.SEVERE.intValue()
                || r.getMessage() == null || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
        Application.launch(SuperlevelApp.class, args);
    }
}
