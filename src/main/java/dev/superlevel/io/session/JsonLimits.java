package dev.superlevel.io.session;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.superlevel.core.Limits;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/** Turns Jackson's parse failures into the session format's one-line problems and JSON paths. Stateless. */
final class JsonLimits {

    private JsonLimits() {
    }

    /** The JSON path of a parser context, as {@link SessionReader} writes it: {@code runs[1].config.lr}. */
    static String path(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.addFirst("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.inObject() && c.getCurrentName() != null) {
                parts.addFirst("." + c.getCurrentName());
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    /** A limit in words, e.g. "nested deeper than 32 levels (the limit)". */
    static String describe(StreamConstraintsException e) {
        String m = String.valueOf(e.getOriginalMessage()).toLowerCase(Locale.ROOT);
        if (m.contains("depth")) {
            return "nested deeper than " + Limits.MAX_JSON_DEPTH + " levels (the limit)";
        }
        if (m.contains("number")) {
            return "a number longer than " + Limits.MAX_JSON_NUMBER_LENGTH + " characters (the limit)";
        }
        if (m.contains("string") || m.contains("name")) {
            return "a string longer than " + Limits.MAX_JSON_STRING_LENGTH + " characters (the limit)";
        }
        if (m.contains("document")) {
            return "longer than " + Limits.bytes(Limits.MAX_SESSION_FILE_BYTES) + " (the limit)";
        }
        return "past a JSON limit (" + e.getOriginalMessage() + ")";
    }

    /** {@code "line 3, column 7: "} when the exception knows where it happened, else empty. */
    static String where(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        if (at == null || at.getLineNr() < 1) {
            return "";
        }
        return "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
    }
}
