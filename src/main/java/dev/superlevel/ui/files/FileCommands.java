package dev.superlevel.ui.files;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.topology.PersistenceDiagram;
import dev.superlevel.io.function.FunctionLibrary;
import dev.superlevel.io.session.Session;
import dev.superlevel.io.session.SessionFile;
import dev.superlevel.io.session.SessionRun;
import dev.superlevel.io.session.SessionSource;
import dev.superlevel.ui.AppViewModel;
import dev.superlevel.ui.concurrent.BackgroundExecutor;
import dev.superlevel.ui.concurrent.LatestRequest;
import dev.superlevel.ui.function.SampleFunction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The File menu's commands as a view-model: open a function file, open a session (a {@code .json} or an
 * exported {@code .png}; also Open recent and drag-and-drop), save the session, export CSV. The view
 * only forwards menu actions; the chooser and the error dialog come through {@link FileDialogs}, so
 * every command is tested without a stage.
 *
 * <p>A session is read and checked in the background (its function must compile and every run must
 * parse) and applied only when the whole file is good: a bad file leaves the current view untouched and
 * reports "Could not open NAME" with the problem. Opening can be cancelled; a newer open supersedes an
 * older one. FX-thread confined (the background work touches no property).
 */
public final class FileCommands {

    public static final FileDialogs.Filter FUNCTION_FILES = FileDialogs.Filter.of("Function files (*.fn)", "*.fn");
    public static final FileDialogs.Filter SESSIONS = FileDialogs.Filter.of(
            "Sessions and exported figures (*.json, *.png, *.svg, *.pdf, *.gif, *.mp4)",
            "*.json", "*.png", "*.svg", "*.pdf", "*.gif", "*.mp4");
    public static final FileDialogs.Filter SESSION_JSON = FileDialogs.Filter.of("Session (*.json)", "*.json");
    public static final FileDialogs.Filter CSV = FileDialogs.Filter.of("CSV (*.csv)", "*.csv");

    /** Writes one CSV file. */
    private interface CsvWriter {
        void write(Path target) throws IOException;
    }

    private final AppViewModel app;
    private final FileDialogs dialogs;
    private final RecentFiles recent;
    private final LatestRequest opening;
    /** The name of the session being read in the background, empty when none. */
    private final ReadOnlyStringWrapper openingFile = new ReadOnlyStringWrapper(this, "openingFile", "");

    public FileCommands(AppViewModel app, FileDialogs dialogs, RecentFiles recent, BackgroundExecutor executor) {
        this.app = app;
        this.dialogs = dialogs;
        this.recent = recent;
        this.opening = new LatestRequest(executor);
    }

    /** Asks for a {@code .fn} file, adds its function to the samples and loads it. */
    public void openFunctionFile() {
        dialogs.open("Open function file", FUNCTION_FILES).ifPresent(this::openFunctionFile);
    }

    /** Adds the function of {@code file} to the samples and loads it; an error dialog names a bad file. */
    public void openFunctionFile(Path file) {
        try {
            var definition = FunctionLibrary.load(file);
            SampleFunction sample = SampleFunction.of(definition);
            if (!definition.isExpression()) {
                // a session stores a data-set function by name: the file's path resolves back to it
                sample = sample.withName(file.toAbsolutePath().toString());
            }
            app.function().samples().add(sample);
            app.function().select(sample);
            app.function().filterProperty().set("");
        } catch (RuntimeException ex) {
            dialogs.error("Could not open " + file.getFileName(), ex.getMessage());
        }
    }

    /** Asks for a session or exported PNG and opens it. */
    public void openSession() {
        dialogs.open("Open session", SESSIONS).ifPresent(this::openSession);
    }

    /**
     * Reads {@code file} in the background and applies it when it is good (then it becomes the newest
     * recent file); otherwise an error names the file and the problem and nothing changes.
     */
    public void openSession(Path file) {
        String name = String.valueOf(file.getFileName());
        openingFile.set(name);
        opening.submit(cancel -> read(file, cancel), session -> {
            openingFile.set("");
            if (app.applySession(session)) {
                recent.add(file);
            } else {
                dialogs.error("Could not open " + name, "its function does not compile");
            }
        }, error -> {
            openingFile.set("");
            dialogs.error("Could not open " + name, error.getMessage());
        });
    }

    /** Stops reading the session being opened; the view stays as it is. */
    public void cancelOpening() {
        opening.cancel();
        openingFile.set("");
    }

    /** Reads and checks a session off the FX thread. */
    private static Session read(Path file, Cancellation cancel) {
        Session session;
        try {
            session = SessionSource.open(file, cancel);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        int k = 1;
        for (SessionRun run : session.runs()) {
            try {
                run.toRunConfig();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("run " + k + ": " + e.getMessage(), e);
            }
            k++;
        }
        return session;
    }

    /** Asks where and saves the current view as a session. */
    public void saveSession() {
        Session session = app.session(app.darkProperty().get());
        if (session == null) {
            return;
        }
        dialogs.save("Save session", SESSION_JSON, "superlevel-session.json")
                .ifPresent(file -> write(file, "save", target -> SessionFile.save(session, target)));
    }

    /** Every run in one CSV file with a {@code run} column. */
    public void exportRunsCsv() {
        var runs = app.runs().runs().stream().filter(r -> r.trajectoryProperty().get() != null)
                .map(r -> new CsvExport.LabelledRun(r.displayName(), r.trajectoryProperty().get())).toList();
        exportCsv("superlevel-runs.csv", path -> CsvExport.writeRuns(runs, path));
    }

    /** The persistence pairs of the landscape on screen. */
    public void exportPersistenceCsv() {
        exportCsv("superlevel-persistence.csv", path -> CsvExport.writePersistence(diagram(), path));
    }

    /** The Betti-0 curve of the landscape on screen. */
    public void exportBettiCsv() {
        exportCsv("superlevel-betti.csv", path -> CsvExport.writeBetti(diagram(), path));
    }

    private PersistenceDiagram diagram() throws IOException {
        var data = app.landscape().dataProperty().get();
        if (data == null) {
            throw new IOException("there is no landscape yet");
        }
        return data.diagram();
    }

    private void exportCsv(String initialName, CsvWriter writer) {
        dialogs.save("Export CSV", CSV, initialName).ifPresent(file -> write(file, "write", writer));
    }

    private void write(Path file, String verb, CsvWriter writer) {
        try {
            writer.write(file);
            app.saved(file);
        } catch (IOException | RuntimeException ex) {
            dialogs.error("Could not " + verb + " " + file.getFileName(), ex.getMessage());
        }
    }

    /** The recent sessions, newest first. */
    public List<Path> recentFiles() {
        return recent.list();
    }

    /** The name of the session being opened in the background, empty when none. */
    public ReadOnlyStringProperty openingFileProperty() {
        return openingFile.getReadOnlyProperty();
    }
}
