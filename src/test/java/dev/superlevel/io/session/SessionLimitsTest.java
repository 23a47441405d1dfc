package dev.superlevel.io.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.Limits;
import dev.superlevel.io.SpecialFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Issue 12 items 2, 4, 6, 7, 12: sessions are read within limits, and problems name file and JSON path. */
class SessionLimitsTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private static String json() {
        return SessionFile.toJson(SessionFileTest.sample());
    }

    private static SessionFormatException refused(String json) {
        return assertTimeoutPreemptively(HANG_GUARD,
                () -> assertThrows(SessionFormatException.class, () -> SessionFile.fromJson(json, "v.json")));
    }

    @Test
    void nestingDeeperThanTheLimitIsACleanMessage() {
        String deep = json().replace("\"currentStep\" : 120", "\"currentStep\" : " + "[".repeat(1000) + "]".repeat(1000));
        SessionFormatException e = refused(deep);
        assertTrue(e.getMessage().startsWith("v.json: currentStep[0][0]"), e.getMessage());
        assertTrue(e.getMessage().endsWith(": nested deeper than " + Limits.MAX_JSON_DEPTH + " levels (the limit)"),
                e.getMessage());
    }

    @Test
    void aThousandDigitNumberIsACleanMessage() {
        SessionFormatException e = refused(json().replace("\"lambda\" : 1.5", "\"lambda\" : " + "9".repeat(1000)));
        assertEquals("v.json: lambda: a number longer than " + Limits.MAX_JSON_NUMBER_LENGTH
                + " characters (the limit)", e.getMessage());
        assertEquals("lambda", e.path());
    }

    @Test
    void aHugeStringIsACleanMessage() {
        String huge = "a".repeat(Limits.MAX_JSON_STRING_LENGTH + 1);
        SessionFormatException e = refused(json().replace("\"appVersion\" : \"", "\"appVersion\" : \"" + huge));
        assertEquals("v.json: appVersion: a string longer than " + Limits.MAX_JSON_STRING_LENGTH
                + " characters (the limit)", e.getMessage());
    }

    @Test
    void aSessionFileOverTheLimitIsRefusedBeforeParsing() throws IOException {
        Path file = dir.resolve("big.json");
        String padded = json().replace("\"appVersion\" : \"", "\"appVersion\" : \"" + "a".repeat(20_000_000));
        Files.writeString(file, padded);
        SessionFormatException e = assertThrows(SessionFormatException.class, () -> SessionFile.load(file));
        assertEquals(file + ": session file is " + Files.size(file) + " bytes, more than the limit of "
                + Limits.bytes(Limits.MAX_SESSION_FILE_BYTES), e.getMessage());
    }

    @Test
    void moreParametersThanTheLimitAreRefusedBeforeCompiling() {
        StringBuilder params = new StringBuilder();
        for (int k = 0; k < 5000; k++) {
            params.append(k == 0 ? "" : ", ").append("\"q").append(k).append("\" : 1.0");
        }
        String many = json().replaceFirst("\"parameters\" : \\{[^}]*}", "\"parameters\" : {" + params + "}");
        SessionFormatException e = refused(many);
        assertEquals("v.json: function.parameters: 5000 parameters, more than the limit of "
                + Limits.MAX_PARAMETERS, e.getMessage());
    }

    @Test
    void runsTakingMoreStepsInAllThanTheLimitAreRefused() {
        String run = "{ \"label\" : \"r\", \"color\" : \"#112233\", \"config\" : { \"steps\" : \"1000000\" } }";
        String runs = String.join(", ", java.util.Collections.nCopies(100, run));
        String big = json().replaceFirst("(?s)\"runs\" : \\[.*\\],\\s*\"currentStep\"", "\"runs\" : [" + runs
                + "], \"currentStep\"");
        SessionFormatException e = refused(big);
        assertEquals("v.json: runs[1].config.steps: the runs take 2000000 steps in all so far, more than the limit of "
                + Limits.MAX_TOTAL_STEPS, e.getMessage());
    }

    @Test
    void moreRunsThanTheLimitAreRefused() {
        String run = "{ \"label\" : \"r\", \"color\" : \"#112233\", \"config\" : { \"steps\" : \"1\" } }";
        String runs = String.join(", ", java.util.Collections.nCopies(Limits.MAX_RUNS + 1, run));
        String many = json().replaceFirst("(?s)\"runs\" : \\[.*\\],\\s*\"currentStep\"", "\"runs\" : [" + runs
                + "], \"currentStep\"");
        assertEquals("v.json: runs: " + (Limits.MAX_RUNS + 1) + " runs, more than the limit of " + Limits.MAX_RUNS,
                refused(many).getMessage());
    }

    @Test
    void aBadExpressionIsNamedWithFileAndJsonPath() throws IOException {
        Path file = Files.writeString(dir.resolve("s.json"), json().replace("(a - x)^2", "(a - x)^^2"));
        SessionFormatException e = assertThrows(SessionFormatException.class,
                () -> SessionSource.open(file, Cancellation.NONE));
        assertTrue(e.getMessage().startsWith(file + ": function.source: "), e.getMessage());
        assertEquals("function.source", e.path());
    }

    @Test
    void aBadParameterNameIsNamedWithFileAndJsonPath() throws IOException {
        Path file = Files.writeString(dir.resolve("s.json"), json().replace("\"a\" : 1.0", "\"sin\" : 1.0"));
        SessionFormatException e = assertThrows(SessionFormatException.class,
                () -> SessionSource.open(file, Cancellation.NONE));
        assertTrue(e.getMessage().startsWith(file + ": function.parameters: parameter name 'sin'"), e.getMessage());
    }

    @Test
    void aFunctionNameThatIsAFifoNeitherHangsNorIsRead() throws IOException {
        Path fifo = dir.resolve("f.fn");
        assumeTrue(SpecialFiles.mkfifo(fifo), "no mkfifo on this platform");
        // a data-set function's session: its source is a formula, not an expression
        String named = json().replace("\"name\" : \"rosenbrock\"", "\"name\" : \"" + fifo + "\"")
                .replace("(a - x)^2 + b*(y - x^2)^2", "logistic cross-entropy on blobs.csv");
        Path file = Files.writeString(dir.resolve("s.json"), named);
        SessionFormatException e = assertTimeoutPreemptively(HANG_GUARD, () -> assertThrows(
                SessionFormatException.class, () -> SessionSource.open(file, Cancellation.NONE)));
        assertEquals(file + ": function.name: " + fifo + ": is a FIFO (named pipe), not a function file",
                e.getMessage());
    }

    @Test
    void aFunctionNameLinkedToDevZeroIsNotRead() throws IOException {
        assumeTrue(SpecialFiles.hasDevZero(), "no /dev/zero on this platform");
        Path link = dir.resolve("z.fn");
        assumeTrue(SpecialFiles.symlink(link, SpecialFiles.DEV_ZERO), "cannot make symbolic links here");
        // the expression is valid: the session opens, and the name is never read as a file
        Path file = Files.writeString(dir.resolve("s.json"),
                json().replace("\"name\" : \"rosenbrock\"", "\"name\" : \"" + link + "\""));
        Session s = assertTimeoutPreemptively(HANG_GUARD, () -> SessionSource.open(file, Cancellation.NONE));
        assertEquals(link.toString(), s.function().name());
    }

    @Test
    void aDirectoryIsNamedAsSuch() {
        SessionFormatException e = assertThrows(SessionFormatException.class,
                () -> SessionSource.open(dir, Cancellation.NONE));
        assertEquals(dir + ": is a directory, not a session file", e.getMessage());
    }

    @Test
    void aCancelledOpenReadsNothing() throws IOException {
        Path file = Files.writeString(dir.resolve("s.json"), json());
        assertThrows(dev.superlevel.core.CancelledException.class, () -> SessionSource.open(file, () -> true));
    }
}
