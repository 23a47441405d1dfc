package dev.superlevel.ui.files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.prefs.Preferences;

/**
 * The last {@value #MAX} opened sessions (newest first), persisted with {@link java.util.prefs} so the
 * File ▸ Open recent menu survives a restart. Not thread-safe: used on the FX thread.
 */
public final class RecentFiles {

    public static final int MAX = 8;
    private final Supplier<Preferences> source;
    private Preferences node;

    /** Recent files kept under {@code node} (the app uses its package's user node). */
    public RecentFiles(Preferences node) {
        this(() -> node);
    }

    private RecentFiles(Supplier<Preferences> source) {
        this.source = source;
    }

    /**
     * The app's list, in the user preferences of this package, read when first needed (Open recent, a
     * session opened), not while the window starts (issue 11 item 19: the preferences' backing store and
     * its timer thread cost start-up time).
     */
    public static RecentFiles forApp() {
        return new RecentFiles(() -> Preferences.userNodeForPackage(RecentFiles.class).node("recent"));
    }

    private Preferences node() {
        if (node == null) {
            node = source.get();
        }
        return node;
    }

    /** The remembered files, newest first, at most {@value #MAX}. */
    public List<Path> list() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String p = node().get("file" + i, null);
            if (p != null && !p.isBlank()) {
                files.add(Path.of(p));
            }
        }
        return files;
    }

    /** Puts {@code file} first (moving it up if already there), dropping the oldest beyond {@value #MAX}. */
    public void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> files = list();
        files.remove(absolute);
        files.add(0, absolute);
        for (int i = 0; i < MAX; i++) {
            if (i < files.size()) {
                node().put("file" + i, files.get(i).toString());
            } else {
                node().remove("file" + i);
            }
        }
    }
}
