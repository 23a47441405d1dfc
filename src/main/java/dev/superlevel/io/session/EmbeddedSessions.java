package dev.superlevel.io.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.superlevel.core.Limits;
import dev.superlevel.io.InputFiles;
import dev.superlevel.io.image.FigureFormat;
import dev.superlevel.io.image.GifWriter;
import dev.superlevel.io.image.PdfWriter;
import dev.superlevel.io.image.SvgWriter;
import dev.superlevel.render.FigureSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The session (and how the figure was drawn) carried by every exported file, so that
 * {@code render --session FILE} and the app's Open redraw it:
 *
 * <pre>
 *   .png  iTXt chunks {@value SessionFile#PNG_KEY}, {@value SessionFile#FIGURE_KEY}   (SessionFile)
 *   .svg  &lt;metadata&gt; entries with the same keys                                  (SvgWriter)
 *   .pdf  document information entries /superlevel-session, /superlevel-figure     (PdfWriter)
 *   .gif  comment extensions of the first frame: session JSON, then figure JSON   (GifWriter)
 *   .mp4  a sidecar FILE.mp4.json next to it: the session JSON, written atomically
 * </pre>
 *
 * Any other file is read as session JSON. Stateless and thread-safe.
 */
public final class EmbeddedSessions {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EmbeddedSessions() {
    }

    /** The entries to embed in an SVG or PDF: the same keys and texts as a PNG's text chunks. */
    public static Map<String, String> metadata(Session session, FigureSpec figure) {
        return SessionFile.pngText(session, figure);
    }

    /** The GIF comments: the session JSON, then the figure JSON. */
    public static List<String> gifComments(Session session, FigureSpec figure) {
        Map<String, String> text = metadata(session, figure);
        return List.of(text.get(SessionFile.PNG_KEY), text.get(SessionFile.FIGURE_KEY));
    }

    /** Where the session of the video {@code mp4} is kept: {@code mp4}'s name plus {@code .json}. */
    public static Path sidecarOf(Path mp4) {
        return mp4.resolveSibling(mp4.getFileName() + ".json");
    }

    /** Writes the sidecar of {@code mp4} atomically. */
    public static void writeSidecar(Path mp4, Session session) throws IOException {
        SessionFile.save(session, sidecarOf(mp4));
    }

    /** The session {@code file} carries, by its extension (see the class comment). */
    public static Session read(Path file) throws IOException {
        FigureFormat format = FigureFormat.byExtension(file);
        if (format == null) {
            return SessionFile.load(file);
        }
        return switch (format) {
            case PNG -> SessionFile.fromPng(file);
            case MP4 -> readSidecar(file);
            default -> fromText(file, entries(file, format).get(SessionFile.PNG_KEY));
        };
    }

    /** How the figure in {@code file} was drawn, if the file records it (PNG, SVG, PDF and GIF exports do). */
    public static Optional<FigureSpec> figure(Path file) throws IOException {
        FigureFormat format = FigureFormat.byExtension(file);
        if (format == null || format == FigureFormat.MP4) {
            return Optional.empty();
        }
        if (format == FigureFormat.PNG) {
            return SessionFile.figureFromPng(file);
        }
        String json = entries(file, format).get(SessionFile.FIGURE_KEY);
        if (json == null) {
            return Optional.empty();
        }
        String source = file + " [" + SessionFile.FIGURE_KEY + "]";
        try {
            return Optional.of(new SessionReader(source).figure(MAPPER.readTree(json)));
        } catch (JsonProcessingException e) {
            throw new SessionFormatException(source, "", "not valid JSON (" + e.getOriginalMessage() + ")", e);
        }
    }

    private static Map<String, String> entries(Path file, FigureFormat format) throws IOException {
        // a file from someone else: only a regular file within the size limit is opened (issue 12)
        InputFiles.checkRegular(file, Limits.MAX_PNG_FILE_BYTES, "exported figure");
        return switch (format) {
            case SVG -> SvgWriter.readMetadata(file);
            case PDF -> PdfWriter.readMetadata(file, SessionFile.PNG_KEY, SessionFile.FIGURE_KEY);
            case GIF -> gifEntries(GifWriter.readComments(file));
            default -> throw new IllegalStateException("no embedded entries in " + format);
        };
    }

    private static Map<String, String> gifEntries(List<String> comments) {
        Map<String, String> entries = new java.util.LinkedHashMap<>();
        if (!comments.isEmpty()) {
            entries.put(SessionFile.PNG_KEY, comments.get(0));
        }
        if (comments.size() > 1) {
            entries.put(SessionFile.FIGURE_KEY, comments.get(1));
        }
        return entries;
    }

    private static Session fromText(Path file, String json) throws SessionFormatException {
        if (json == null) {
            throw new SessionFormatException(file.toString(), "", "the file carries no Superlevel session");
        }
        return SessionFile.fromJson(json, file + " [" + SessionFile.PNG_KEY + "]");
    }

    private static Session readSidecar(Path mp4) throws IOException {
        Path sidecar = sidecarOf(mp4);
        if (!Files.exists(sidecar)) {
            throw new SessionFormatException(mp4.toString(), "", "a video carries its session in " + sidecar
                    + ", which does not exist");
        }
        return SessionFile.load(sidecar);
    }
}
