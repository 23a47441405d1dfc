package dev.superlevel.io.session;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.expr.ExpressionCompiler;
import dev.superlevel.core.expr.ParseException;
import dev.superlevel.io.function.FunctionResolver;
import dev.superlevel.io.image.FigureFormat;
import dev.superlevel.io.surface.SurfaceReference;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Opens a session a user named — a session {@code .json} or an exported figure ({@code .png}, {@code .svg},
 * {@code .pdf}, {@code .gif}, or an {@code .mp4} with its sidecar) — for the app's
 * Open session, Open recent and drag-and-drop, and for {@code render --session} (issue 12). Every file
 * may come from someone else, so this reads only regular files within {@link dev.superlevel.core.Limits},
 * validates every field, and checks that the function resolves: a named function file or data set is
 * read through the same bounded readers, and the expression and parameter names parse. It does not
 * sample, train or run anything. Safe to call off the FX thread; stateless, thread-safe.
 */
public final class SessionSource {

    private SessionSource() {
    }

    /**
     * The session in {@code file}.
     *
     * @throws SessionFormatException with a one-line message naming the file, the JSON path where there
     *     is one, and the problem
     * @throws dev.superlevel.core.CancelledException if {@code cancel} was cancelled
     */
    public static Session open(Path file, Cancellation cancel) throws SessionFormatException {
        return read(file, cancel).session();
    }

    /** The session in {@code file} and, for a PNG that records it, how its figure was drawn; see {@link #open}. */
    public static SessionFile.SessionPng read(Path file, Cancellation cancel) throws SessionFormatException {
        cancel.check();
        SessionFile.SessionPng read;
        try {
            read = isPng(file) ? SessionFile.readPng(file) : readOther(file);
        } catch (SessionFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new SessionFormatException(file.toString(), "", String.valueOf(e.getMessage()), e);
        }
        cancel.check();
        checkFunction(read.session().function(), isPng(file) ? file + " [" + SessionFile.PNG_KEY + "]"
                : file.toString());
        return read;
    }

    /** A session .json, or the session an SVG, PDF, GIF or MP4 export carries ({@link EmbeddedSessions}). */
    private static SessionFile.SessionPng readOther(Path file) throws IOException {
        if (FigureFormat.byExtension(file) == null) {
            return new SessionFile.SessionPng(SessionFile.load(file), Optional.empty());
        }
        return new SessionFile.SessionPng(EmbeddedSessions.read(file), EmbeddedSessions.figure(file));
    }

    /** Whether {@code file} is read as an exported PNG (by its extension). */
    public static boolean isPng(Path file) {
        return String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).endsWith(".png");
    }

    /**
     * Checks that the function resolves: a data-set function by its name, anything else as an expression
     * in its parameters; a problem names {@code function.name}, {@code function.source} or
     * {@code function.parameters}.
     */
    static void checkFunction(SessionFunction fn, String source) throws SessionFormatException {
        if (SurfaceReference.parse(fn.name(), fn.source()).isPresent()) {
            return; // a surface file (issue 10): read, within its own limits, when the scene is built
        }
        if (SessionScene.datasetDefinition(fn) != null) {
            return;
        }
        try {
            ExpressionCompiler.compile(fn.source(), fn.parameters());
        } catch (ParseException e) {
            String nameProblem = nameProblem(fn.name());
            if (nameProblem != null) {
                throw new SessionFormatException(source, "function.name", nameProblem, e);
            }
            throw new SessionFormatException(source, "function.source", e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new SessionFormatException(source, "function.parameters", e.getMessage(), e);
        }
    }

    /** Why a name that looks like a function file does not resolve, or null. */
    private static String nameProblem(String name) {
        if (!name.strip().toLowerCase(Locale.ROOT).endsWith(".fn")) {
            return null;
        }
        try {
            FunctionResolver.resolve(name);
            return null;
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }
}
