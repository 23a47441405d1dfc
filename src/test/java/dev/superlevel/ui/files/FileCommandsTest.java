package dev.superlevel.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.io.function.FunctionLibrary;
import dev.superlevel.io.session.Session;
import dev.superlevel.io.session.SessionFile;
import dev.superlevel.ui.AppViewModel;
import dev.superlevel.ui.concurrent.SameThreadExecutor;
import dev.superlevel.ui.function.FunctionPanelViewModel;
import dev.superlevel.ui.levelset.TopologyAnalysis;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The File menu's commands without a stage: fixed chooser answers, recorded errors, an in-memory recent list. */
class FileCommandsTest {

    @TempDir
    Path dir;

    private AppViewModel app;
    private RecordingDialogs dialogs;
    private RecentFiles recent;
    private FileCommands files;

    @BeforeEach
    void newApp() {
        app = new AppViewModel(new SameThreadExecutor(), FunctionPanelViewModel.adapt(FunctionLibrary.samples()),
                new TopologyAnalysis());
        app.landscape().resolutionProperty().set(64);
        app.loadSample("himmelblau");
        dialogs = new RecordingDialogs();
        recent = MemoryPreferences.recentFiles();
        files = new FileCommands(app, dialogs, recent, new SameThreadExecutor());
    }

    @Test
    void savingAndOpeningASessionRestoresItAndRemembersTheFile() throws Exception {
        Path file = dir.resolve("view.json");
        app.levelSet().lambdaProperty().set(42.5);
        files.saveSession();
        dialogs.answer(file);
        files.saveSession();
        assertTrue(Files.isRegularFile(file));
        assertEquals(file.toAbsolutePath().normalize(), app.savedProperty().get());
        app.loadSample("rastrigin");
        dialogs.answer(file);
        files.openSession();
        assertEquals("himmelblau", app.function().currentProperty().get().name());
        assertEquals(42.5, app.levelSet().lambdaProperty().get());
        assertEquals(List.of(file.toAbsolutePath().normalize()), recent.list());
        assertEquals(List.of(), dialogs.errors());
        assertEquals(List.of("Save session", "Save session", "Open session"), dialogs.titles());
    }

    @Test
    void aSessionWhoseFunctionDoesNotCompileIsReportedAndChangesNothing() throws Exception {
        Session good = app.session(false);
        Session bad = new Session(good.version(), good.appVersion(), new dev.superlevel.io.session.SessionFunction(
                "mine", "sinn(x) + y", Map.of()), good.domain(), good.nx(), good.ny(), 3.0, good.mode(),
                good.connectivity(), good.colorScale(), good.colormap(), good.style(), good.runs(),
                good.currentStep());
        Path file = dir.resolve("broken.json");
        SessionFile.save(bad, file);
        var function = app.function().functionProperty().get();
        var data = app.landscape().dataProperty().get();
        double lambda = app.levelSet().lambdaProperty().get();
        var runs = List.copyOf(app.runs().runs());
        files.openSession(file);
        assertEquals(1, dialogs.errors().size());
        String error = dialogs.errors().get(0);
        assertEquals("Could not open broken.json: " + file + ": function.source: column 1: unknown function 'sinn'"
                + " (did you mean 'sin'?)", error);
        assertSame(function, app.function().functionProperty().get());
        assertSame(data, app.landscape().dataProperty().get());
        assertEquals(lambda, app.levelSet().lambdaProperty().get());
        assertEquals(runs, app.runs().runs());
        assertEquals("himmelblau", app.function().currentProperty().get().name());
        assertEquals(List.of(), recent.list());
        assertEquals("", files.openingFileProperty().get());
    }

    @Test
    void anUnreadableFileNamesTheFileAndTheProblem() throws Exception {
        Path file = dir.resolve("notes.json");
        Files.writeString(file, "{ this is not json");
        files.openSession(file);
        assertEquals(1, dialogs.errors().size());
        assertTrue(dialogs.errors().get(0).startsWith("Could not open notes.json: "), dialogs.errors().get(0));
        assertTrue(dialogs.errors().get(0).contains("not valid JSON"), dialogs.errors().get(0));
        assertEquals("himmelblau", app.function().currentProperty().get().name());
    }

    @Test
    void cancellingTheChooserDoesNothing() {
        files.openSession();
        files.saveSession();
        files.exportRunsCsv();
        assertEquals(List.of(), dialogs.errors());
        assertNull(app.savedProperty().get());
    }

    @Test
    void runsCsvHasOneRowPerStepOfEveryRun() throws Exception {
        Path file = dir.resolve("runs.csv");
        dialogs.answer(file);
        files.exportRunsCsv();
        int steps = app.runs().runs().get(0).trajectoryProperty().get().steps().size();
        List<String> lines = Files.readAllLines(file);
        assertEquals(1 + steps, lines.size());
        assertTrue(lines.get(1).startsWith(app.runs().runs().get(0).displayName() + ",0,"), lines.get(1));
        assertEquals(file.toAbsolutePath().normalize(), app.savedProperty().get());
    }

    @Test
    void aCsvThatCannotBeWrittenNamesTheFile() {
        Path file = dir.resolve("missing-folder").resolve("pairs.csv");
        dialogs.answer(file);
        files.exportPersistenceCsv();
        assertEquals(List.of("Could not write pairs.csv: cannot write " + file + ": folder " + file.getParent()
                + " does not exist"), dialogs.errors());
        assertFalse(Files.exists(file));
    }

    @Test
    void aCancelledOpenChangesNothingAndReportsNothing() throws Exception {
        Path file = dir.resolve("view.json");
        app.levelSet().lambdaProperty().set(42.5);
        dialogs.answer(file);
        files.saveSession();
        app.loadSample("rastrigin");
        // the read waits in the queue, as it would on a busy worker, while the user presses Cancel
        List<Runnable> queued = new java.util.ArrayList<>();
        FileCommands slow = new FileCommands(app, dialogs, recent, new dev.superlevel.ui.concurrent.BackgroundExecutor() {
            @Override
            public <T> void submit(java.util.function.Function<dev.superlevel.core.Cancellation, T> work,
                    java.util.function.Consumer<T> onSuccess, java.util.function.Consumer<Throwable> onFailure) {
                queued.add(() -> new SameThreadExecutor().submit(work, onSuccess, onFailure));
            }

            @Override
            public void publish(Runnable action) {
                action.run();
            }
        });
        slow.openSession(file);
        assertEquals("view.json", slow.openingFileProperty().get());
        slow.cancelOpening();
        assertEquals("", slow.openingFileProperty().get());
        queued.forEach(Runnable::run);
        assertEquals("rastrigin", app.function().currentProperty().get().name());
        assertEquals(List.of(), dialogs.errors());
        assertEquals(List.of(), recent.list());
    }
}
