package dev.superlevel.io.function;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The bundled sample functions and user function files.
 *
 * <p>The samples are the files of the project's {@code sample-functions/} folder, bundled into the jar
 * under {@code /sample-functions/}. Because class-path resources cannot be listed portably, the folder
 * holds {@code index.txt}: one file stem per line, in display order ({@code #} comments and blank lines
 * ignored). Thread-safe: the samples are parsed once and shared (the definitions are immutable).
 */
public final class FunctionLibrary {

    /** The class-path folder of the bundled samples. */
    public static final String RESOURCE_FOLDER = "/sample-functions/";
    /** The file listing the samples' stems in display order. */
    public static final String INDEX = "index.txt";

    private FunctionLibrary() {
    }

    /**
     * The bundled samples in index order.
     *
     * @throws IllegalStateException if the bundle is broken (a build error, never a user error)
     */
    public static List<FunctionDefinition> samples() {
        return Samples.ALL;
    }

    /** The bundled sample with this stem, if there is one. */
    public static Optional<FunctionDefinition> sample(String stem) {
        return samples().stream().filter(d -> d.name().equals(stem)).findFirst();
    }

    /** The stems of the bundled samples, in index order. */
    public static List<String> sampleNames() {
        return samples().stream().map(FunctionDefinition::name).collect(Collectors.toList());
    }

    /**
     * Reads one function file.
     *
     * @throws FunctionFileException if it is missing or malformed
     */
    public static FunctionDefinition load(Path file) {
        return FunctionFile.read(file);
    }

    /**
     * Reads every {@code *.fn} file of a folder, in the order of its {@code index.txt} if it has one
     * (which must then name exactly the folder's files), else sorted by name.
     *
     * @throws FunctionFileException if a file is malformed or the index does not match the folder
     */
    public static List<FunctionDefinition> loadFolder(Path folder) {
        List<String> stems;
        try (Stream<Path> files = Files.list(folder)) {
            stems = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(FunctionFile.EXTENSION))
                    .map(FunctionFile::stemOf).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new FunctionFileException(folder.toString(), 0, "cannot list folder: " + e.getMessage());
        }
        Path index = folder.resolve(INDEX);
        if (Files.isRegularFile(index)) {
            List<String> indexed = readIndex(index);
            if (!indexed.stream().sorted().collect(Collectors.toList()).equals(stems)) {
                throw new FunctionFileException(index.toString(), 0,
                        "index lists " + indexed + " but the folder holds " + stems);
            }
            stems = indexed;
        }
        List<FunctionDefinition> result = new ArrayList<>();
        for (String stem : stems) {
            result.add(FunctionFile.read(folder.resolve(stem + FunctionFile.EXTENSION)));
        }
        return List.copyOf(result);
    }

    /** Reads an index: stems one per line, {@code #} comments and blank lines skipped. */
    static List<String> readIndex(Path index) {
        try (InputStream in = new java.io.ByteArrayInputStream(dev.superlevel.io.InputFiles.readBytes(index,
                dev.superlevel.core.Limits.MAX_FUNCTION_FILE_BYTES, "function index"))) {
            return parseIndex(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> parseIndex(InputStream in) throws IOException {
        List<String> stems = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int hash = line.indexOf('#');
                String stem = (hash < 0 ? line : line.substring(0, hash)).strip();
                if (!stem.isEmpty()) {
                    stems.add(stem);
                }
            }
        }
        return stems;
    }

    /** Lazy holder: the bundle is parsed on first use, once. */
    private static final class Samples {
        static final List<FunctionDefinition> ALL = loadBundled();

        private static List<FunctionDefinition> loadBundled() {
            List<FunctionDefinition> result = new ArrayList<>();
            for (String stem : bundledIndex()) {
                String file = stem + FunctionFile.EXTENSION;
                result.add(FunctionFile.parseResource(readResource(file), stem, file, RESOURCE_FOLDER));
            }
            return List.copyOf(result);
        }

        private static List<String> bundledIndex() {
            try (InputStream in = open(INDEX)) {
                return parseIndex(in);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the bundled sample index", e);
            }
        }

        private static String readResource(String file) {
            try (InputStream in = open(file)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read bundled sample " + file, e);
            }
        }

        private static InputStream open(String file) {
            InputStream in = FunctionLibrary.class.getResourceAsStream(RESOURCE_FOLDER + file);
            if (in == null) {
                throw new IllegalStateException("bundled sample " + RESOURCE_FOLDER + file
                        + " is missing (is sample-functions/ on the class path?)");
            }
            return in;
        }
    }
}
