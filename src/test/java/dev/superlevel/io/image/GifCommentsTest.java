package dev.superlevel.io.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

class GifCommentsTest {

    @TempDir
    Path dir;

    @Test
    void commentsRoundTripInOrderWithNonAsciiEscapedAsJson() throws IOException {
        Path gif = dir.resolve("c.gif");
        String session = "{\n  \"name\" : \"λ-level ½\",\n  \"x\" : 1\n}";
        GifWriter.write(gif, 3, k -> new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB), 10, true, () -> false,
                p -> { }, List.of(session, "{\"figure\":\"landscape\"}"));
        assertEquals(List.of("{\n  \"name\" : \"\\u03bb-level \\u00bd\",\n  \"x\" : 1\n}", "{\"figure\":\"landscape\"}"),
                GifWriter.readComments(gif));
    }

    @Test
    void aGifWithoutCommentsHasNone() throws IOException {
        Path gif = dir.resolve("n.gif");
        GifWriter.write(gif, 1, k -> new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB), 10, false, () -> false,
                p -> { });
        assertEquals(List.of(), GifWriter.readComments(gif));
    }
}
