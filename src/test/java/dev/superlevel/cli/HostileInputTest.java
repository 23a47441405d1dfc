package dev.superlevel.cli;

import static dev.superlevel.io.image.PngChunks.chunk;
import static dev.superlevel.io.image.PngChunks.concat;
import static dev.superlevel.io.image.PngChunks.deflatedZeros;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.superlevel.core.Limits;
import dev.superlevel.io.SpecialFiles;
import dev.superlevel.io.image.PngWriter;
import dev.superlevel.io.session.SessionFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Issue 12: hostile files, generated at test time, against the CLI run in-process. Each must end with
 * exit status 2, nothing on stdout and exactly one stderr line naming the problem, within a hang guard
 * (not a benchmark), and must change nothing in the folder ({@code --out} included: a failed command
 * writes nothing). FIFOs and device nodes are used only where the platform has them; otherwise the case
 * is skipped with the reason.
 */
class HostileInputTest {

    /** A hang guard, generous for a loaded 2-core machine; the cases take well under a second each. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(20);
    private static final String SOURCE = "(a - x)^2 + b*(y - x^2)^2";

    @TempDir
    Path dir;

    /** Runs the CLI in {@code dir}'s terms and checks the whole contract; returns the one stderr line. */
    private String refused(String... args) throws IOException {
        Map<String, String> before = snapshot();
        CliRunner r = assertTimeoutPreemptively(HANG_GUARD, () -> CliRunner.run(args));
        assertTrue(r.isBadInputWithOneLine(), () -> "status " + r.status() + ", stdout '" + r.out() + "', stderr '"
                + r.err() + "'");
        assertEquals(before, snapshot(), "the command changed files although it failed");
        assertTrue(r.err().startsWith("error: "), r.err());
        return r.err().strip();
    }

    private static void assertMentions(String line, String... fragments) {
        for (String f : fragments) {
            assertTrue(line.contains(f), () -> "'" + f + "' not in: " + line);
        }
    }

    /** Every entry of the folder (links not followed): type, size and modification time. */
    private Map<String, String> snapshot() throws IOException {
        Map<String, String> s = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                s.put(dir.relativize(p).toString(), (a.isRegularFile() ? "file " : a.isDirectory() ? "dir "
                        : a.isSymbolicLink() ? "link " : "other ") + a.size() + " " + a.lastModifiedTime());
            }
        }
        return s;
    }

    private String path(String name) {
        return dir.resolve(name).toString();
    }

    private Path fifo(String name) {
        Path p = dir.resolve(name);
        assumeTrue(SpecialFiles.mkfifo(p), "no mkfifo on this platform");
        return p;
    }

    private Path linkToDevZero(String name) {
        assumeTrue(SpecialFiles.hasDevZero(), "no /dev/zero on this platform");
        Path p = dir.resolve(name);
        assumeTrue(SpecialFiles.symlink(p, SpecialFiles.DEV_ZERO), "cannot make symbolic links here");
        return p;
    }

    private static String sessionJson() {
        return SessionFile.toJson(dev.superlevel.io.session.Session.of(
                new dev.superlevel.io.session.SessionFunction("rosenbrock", SOURCE, Map.of("a", 1.0, "b", 100.0)),
                new dev.superlevel.core.grid.Domain(-2, 2, -1, 3), 16, 16, 1.5,
                dev.superlevel.core.topology.SetMode.SUPERLEVEL, dev.superlevel.core.topology.Connectivity.CONTOUR,
                dev.superlevel.render.ColorScale.LINEAR, dev.superlevel.render.Colormap.VIRIDIS,
                java.util.List.of(), 0));
    }

    private Path session(String name, String json) throws IOException {
        return Files.writeString(dir.resolve(name), json);
    }

    // item 1: --out onto a device, FIFO or link to a device is refused, not renamed over

    @Test
    void outOntoADeviceIsRefused() throws IOException {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull), "no /dev/null on this platform");
        // a figure name (the extension picks the format) that is a link to the device
        Path out = dir.resolve("figure.png");
        assumeTrue(SpecialFiles.symlink(out, devNull), "cannot make symbolic links here");
        String line = refused("render", "--function", "x", "--grid", "8", "--out", out.toString());
        assertEquals("error: cannot write " + out + ": it is a character device; only a regular file is replaced",
                line);
        assertTrue(!Files.isRegularFile(devNull), "/dev/null is still a device");
        assertTrue(Files.isSymbolicLink(out), "the link is left as it was");
    }

    @Test
    void outOntoAFifoIsRefused() throws IOException {
        Path f = fifo("o.png");
        assertMentions(refused("render", "--function", "x", "--grid", "8", "--out", f.toString()),
                "cannot write " + f, "FIFO");
    }

    @Test
    void outOntoALinkToADeviceIsRefused() throws IOException {
        Path link = linkToDevZero("o.png");
        assertMentions(refused("render", "--function", "x", "--grid", "8", "--out", link.toString()),
                "cannot write " + link, "character device");
    }

    // item 2: any path named by the user or inside a file is opened only if regular and small enough

    @Test
    void functionFileThatIsAFifo() throws IOException {
        Path f = fifo("f.fn");
        assertEquals("error: " + f + ": is a FIFO (named pipe), not a function file",
                refused("eval", "--function", f.toString(), "--at", "0,0"));
    }

    @Test
    void functionFileLinkedToDevZero() throws IOException {
        Path z = linkToDevZero("z.fn");
        assertEquals("error: " + z + ": is a character device, not a function file",
                refused("eval", "--function", z.toString(), "--at", "0,0"));
    }

    @Test
    void functionFileThatIsADirectory() throws IOException {
        Path d = Files.createDirectory(dir.resolve("d.fn"));
        assertEquals("error: " + d + ": is a directory, not a function file",
                refused("eval", "--function", d.toString(), "--at", "0,0"));
    }

    @Test
    void functionFileOverTheSizeLimit() throws IOException {
        Path big = dir.resolve("big.fn");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(Limits.MAX_FUNCTION_FILE_BYTES + 1); // sparse: nothing to read, the size alone refuses it
        }
        assertMentions(refused("eval", "--function", big.toString(), "--at", "0,0"), big.toString(),
                "more than the limit of 1 MiB");
    }

    @Test
    void sessionNamingAFifoFunction() throws IOException {
        Path f = fifo("f.fn");
        Path s = session("s.json", sessionJson().replace("\"rosenbrock\"", "\"" + f + "\"")
                .replace(SOURCE, "logistic cross-entropy on blobs.csv"));
        assertEquals("error: " + s + ": function.name: " + f + ": is a FIFO (named pipe), not a function file",
                refused("render", "--session", s.toString(), "--out", path("o.png")));
    }

    @Test
    void pngSessionNamingAFunctionLinkedToDevZero() throws IOException {
        Path z = linkToDevZero("z.fn");
        String json = sessionJson().replace("\"rosenbrock\"", "\"" + z + "\"").replace(SOURCE, "logistic on z");
        Path png = dir.resolve("s.png");
        PngWriter.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), png, Map.of(SessionFile.PNG_KEY, json));
        assertEquals("error: " + png + " [" + SessionFile.PNG_KEY + "]: function.name: " + z
                + ": is a character device, not a function file",
                refused("render", "--session", png.toString(), "--out", path("o.png")));
    }

    @Test
    void datasetThatIsAFifoADeviceOrADirectory() throws IOException {
        Path f = fifo("d.csv");
        assertEquals("error: " + f + ": is a FIFO (named pipe), not a data set",
                refused("eval", "--dataset", f.toString(), "--at", "0,0"));
        Path d = Files.createDirectory(dir.resolve("folder.csv"));
        assertEquals("error: " + d + ": is a directory, not a data set",
                refused("eval", "--dataset", d.toString(), "--at", "0,0"));
        assumeTrue(SpecialFiles.hasDevZero(), "no /dev/zero on this platform");
        assertEquals("error: /dev/zero: is a character device, not a data set",
                refused("eval", "--dataset", "/dev/zero", "--model", "mlp", "--at", "0,0"));
    }

    @Test
    void datasetOverTheSizeLimit() throws IOException {
        Path big = dir.resolve("big.csv");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(Limits.MAX_DATASET_FILE_BYTES + 1);
        }
        assertMentions(refused("eval", "--dataset", big.toString(), "--at", "0,0"), big.toString(),
                "more than the limit of " + Limits.bytes(Limits.MAX_DATASET_FILE_BYTES));
    }

    @Test
    void sessionThatIsAFifoOrADirectory() throws IOException {
        Path f = fifo("s.json");
        assertEquals("error: " + f + ": is a FIFO (named pipe), not a session file",
                refused("render", "--session", f.toString(), "--out", path("o.png")));
        assertEquals("error: " + dir + ": is a directory, not a session file",
                refused("render", "--session", dir.toString(), "--out", path("o.png")));
    }

    // item 3: a PNG whose text chunk inflates without end

    @Test
    void pngWithACompressedSessionChunkPastTheLimit() throws IOException {
        Path png = dir.resolve("bomb.png");
        PngWriter.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), png, Map.of());
        byte[] plain = Files.readAllBytes(png);
        byte[] data = concat((SessionFile.PNG_KEY + "\0").getBytes(StandardCharsets.ISO_8859_1), new byte[] {0},
                deflatedZeros(64 << 20));
        Files.write(png, concat(Arrays.copyOf(plain, 33), chunk("zTXt", data),
                Arrays.copyOfRange(plain, 33, plain.length)));
        assertEquals("error: " + png + ": PNG text chunk '" + SessionFile.PNG_KEY + "' holds more than 1 MiB of text"
                + " (the limit)", refused("render", "--session", png.toString(), "--out", path("o.png")));
    }

    @Test
    void pngAskingForAFigureTooLargeToHold() throws IOException {
        Path png = dir.resolve("huge.png");
        Map<String, String> text = new java.util.LinkedHashMap<>();
        text.put(SessionFile.PNG_KEY, sessionJson());
        text.put(SessionFile.FIGURE_KEY, "{\"figure\":\"landscape\",\"width\":16384,\"height\":16384,\"scale\":1}");
        PngWriter.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), png, text);
        assertEquals("error: " + png + " [" + SessionFile.FIGURE_KEY + "]: figure size 16384x16384 is 268435456 pixels,"
                + " more than the limit of " + Limits.MAX_IMAGE_PIXELS,
                refused("render", "--session", png.toString(), "--out", path("o.png")));
    }

    // item 4: JSON limits, each a clean message with file and JSON path

    @Test
    void sessionNestedTooDeep() throws IOException {
        Path s = session("s.json", sessionJson().replace("\"lambda\" : 1.5",
                "\"lambda\" : " + "[".repeat(1000) + "]".repeat(1000)));
        assertMentions(refused("render", "--session", s.toString(), "--out", path("o.png")), s + ": lambda[0]",
                "nested deeper than " + Limits.MAX_JSON_DEPTH + " levels (the limit)");
    }

    @Test
    void sessionWithAThousandDigitNumber() throws IOException {
        Path s = session("s.json", sessionJson().replace("\"lambda\" : 1.5", "\"lambda\" : " + "7".repeat(1000)));
        assertEquals("error: " + s + ": lambda: a number longer than " + Limits.MAX_JSON_NUMBER_LENGTH
                + " characters (the limit)", refused("render", "--session", s.toString(), "--out", path("o.png")));
    }

    @Test
    void sessionWithATwentyMegabyteString() throws IOException {
        Path s = session("s.json", sessionJson().replace("\"appVersion\" : \"",
                "\"appVersion\" : \"" + "a".repeat(20_000_000)));
        assertMentions(refused("render", "--session", s.toString(), "--out", path("o.png")), s.toString(),
                "more than the limit of " + Limits.bytes(Limits.MAX_SESSION_FILE_BYTES));
    }

    // item 5: degenerate ranges draw, they do not loop

    @Test
    void subnormalDomainAndSubnormalFunctionRenderQuickly() {
        for (String[] args : new String[][] {
            {"render", "--domain=0,4.9e-324,0,1", "--function", "x", "--grid", "16", "--out", path("a.png")},
            {"render", "--function", "x*4.9e-324", "--grid", "16", "--out", path("b.png")}}) {
            CliRunner r = assertTimeoutPreemptively(HANG_GUARD, () -> CliRunner.run(args));
            assertEquals(0, r.status(), r.err());
        }
        assertTrue(Files.isRegularFile(dir.resolve("a.png")) && Files.isRegularFile(dir.resolve("b.png")));
    }

    // item 6: parameters capped before compiling

    @Test
    void functionFileWithFiveThousandParameters() throws IOException {
        StringBuilder text = new StringBuilder("title = t\nexpression = x + q1\ndomain = -1, 1, -1, 1\n");
        for (int k = 0; k < 5000; k++) {
            text.append("param q").append(k).append(" = 1 in [0, 2]\n");
        }
        Path f = Files.writeString(dir.resolve("many.fn"), text);
        assertEquals("error: many.fn:" + (4 + Limits.MAX_PARAMETERS) + ": more than " + Limits.MAX_PARAMETERS
                + " parameters (the limit)", refused("eval", "--function", f.toString(), "--at", "0,0"));
    }

    @Test
    void sessionWithTwentyThousandParameters() throws IOException {
        StringBuilder params = new StringBuilder();
        for (int k = 0; k < 20_000; k++) {
            params.append(k == 0 ? "" : ", ").append("\"q").append(k).append("\" : 1.0");
        }
        Path s = session("s.json", sessionJson().replaceFirst("\"parameters\" : \\{[^}]*}",
                "\"parameters\" : {" + params + "}"));
        assertEquals("error: " + s + ": function.parameters: 20000 parameters, more than the limit of "
                + Limits.MAX_PARAMETERS, refused("render", "--session", s.toString(), "--out", path("o.png")));
    }

    // item 7: runs × steps capped

    @Test
    void sessionWithAHundredRunsOfAMillionSteps() throws IOException {
        String run = "{ \"label\" : \"r\", \"color\" : \"#112233\", \"config\" : { \"steps\" : \"1000000\" } }";
        Path s = session("s.json", sessionJson().replace("\"runs\" : [ ]",
                "\"runs\" : [" + String.join(", ", Collections.nCopies(100, run)) + "]"));
        assertEquals("error: " + s + ": runs[1].config.steps: the runs take 2000000 steps in all so far, more than"
                + " the limit of " + Limits.MAX_TOTAL_STEPS, refused("render", "--session", s.toString(), "--out",
                path("o.png")));
    }

    @Test
    void runOptionsTakingTooManyStepsInAll() throws IOException {
        assertEquals("error: --run 2: the runs take 1200000 steps in all so far, more than the limit of "
                + Limits.MAX_TOTAL_STEPS, refused("render", "--function", "x", "--grid", "8",
                "--run", "steps=600000", "--run", "steps=600000", "--out", path("o.png")));
    }

    // item 8: @-files are not expanded

    @Test
    void atFileArgumentsAreLiteral() throws IOException {
        assumeTrue(SpecialFiles.hasDevZero(), "no /dev/zero on this platform");
        assertMentions(refused("eval", "@/dev/zero", "--function", "x", "--at", "0,0"), "@/dev/zero");
    }

    // item 9: numbers

    @Test
    void overflowingAndOutOfRangeNumbersAreRefused() throws IOException {
        Files.writeString(dir.resolve("d.csv"), "x1,x2,label\n0,0,0\n1,1,1\n0,1,0\n1,0,1\n");
        String csv = path("d.csv");
        assertMentions(refused("eval", "--dataset", csv, "--model", "mlp", "--mlp-lr", "1e308", "--at", "0,0"),
                "--mlp-lr: MLP training diverged");
        assertEquals("error: --mlp-steps: 4294967306 is out of range 0..1000000",
                refused("eval", "--dataset", csv, "--model", "mlp", "--mlp-steps", "4294967306", "--at", "0,0"));
        assertEquals("error: --fps must be between 0.1 and 50.0, got 1.0E-300",
                refused("render", "--function", "x", "--animate", path("a.gif"), "--fps", "1e-300"));
        for (String bad : new String[] {"0x1p3", "1d", "2f", "NaN", "Infinity", "1e400"}) {
            assertEquals("error: --param b: '" + bad + "' is not a finite decimal number",
                    refused("eval", "--function", "rosenbrock", "--param", "b=" + bad, "--at", "0,0"));
        }
        assertEquals("error: --param b: 1e9 is outside its declared range [1.0, 200.0]",
                refused("eval", "--function", "rosenbrock", "--param", "b=1e9", "--at", "0,0"));
        Path f = Files.writeString(dir.resolve("l.fn"), "title = t\nexpression = x\ndomain = -1,1,-1,1\nlambda = 1e400\n");
        assertEquals("error: l.fn:4: lambda: '1e400' is too large for a double (at most about 1.8e308)",
                refused("eval", "--function", f.toString(), "--at", "0,0"));
    }

    // item 10: validation before output

    @Test
    void aBadFpsWritesNothingAndIsBlamed() throws IOException {
        assertEquals("error: --fps must be between 0.1 and 50.0, got 0.001", refused("render", "--function", "x",
                "--grid", "8", "--out", path("p.png"), "--animate", path("p.gif"), "--fps", "0.001"));
    }

    @Test
    void aBadSecondOutputWritesNothing() throws IOException {
        assertMentions(refused("render", "--function", "x", "--grid", "8", "--out", path("p.png"), "--animate",
                path("missing/p.gif")), "cannot write", "does not exist");
    }

    // item 12: messages that say what is wrong

    @Test
    void modelWithoutDatasetSaysSo() throws IOException {
        assertEquals("error: --model belongs to --dataset FILE.csv, which was not given (it does not apply to"
                + " --function)", refused("eval", "--function", "x", "--model", "mlp", "--at", "0,0"));
    }

    @Test
    void aBinaryFunctionFileIsNotText() throws IOException {
        Path f = Files.write(dir.resolve("b.fn"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1});
        assertEquals("error: " + f + ": is not a text file (not UTF-8); a function file is UTF-8 text",
                refused("eval", "--function", f.toString(), "--at", "0,0"));
    }

    @Test
    void aFunctionFileWithAByteOrderMarkIsRead() throws IOException {
        Path f = Files.write(dir.resolve("bom.fn"),
                "\uFEFFtitle = t\nexpression = x + y\ndomain = -1,1,-1,1\n".getBytes(StandardCharsets.UTF_8));
        CliRunner r = CliRunner.run("eval", "--function", f.toString(), "--at", "1,2");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("{\"value\":3.0,"), r.out());
    }

    @Test
    void sessionExpressionErrorsNameFileAndJsonPath() throws IOException {
        Path s = session("s.json", sessionJson().replace(SOURCE, "(a - x)^2 +* b"));
        assertMentions(refused("render", "--session", s.toString(), "--out", path("o.png")),
                "error: " + s + ": function.source: ");
        Path p = session("p.json", sessionJson().replace("\"a\" : 1.0", "\"pi\" : 1.0"));
        assertMentions(refused("render", "--session", p.toString(), "--out", path("o.png")),
                "error: " + p + ": function.parameters: parameter name 'pi'");
    }

}
