package dev.superlevel.io.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

class FunctionLibraryTest {

    private static final Path FOLDER = Path.of("sample-functions");

    @Test
    void indexListsExactlyTheFunctionFilesOfTheFolder() throws IOException {
        List<String> indexed = FunctionLibrary.readIndex(FOLDER.resolve(FunctionLibrary.INDEX));
        List<String> onDisk;
        try (Stream<Path> files = Files.list(FOLDER)) {
            onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".fn"))
                    .map(FunctionFile::stemOf).sorted().collect(Collectors.toList());
        }
        assertEquals(onDisk, indexed.stream().sorted().collect(Collectors.toList()));
        assertEquals(indexed.size(), indexed.stream().distinct().count(), "index lists a stem twice");
    }

    @Test
    void bundledSamplesMatchTheFolderInIndexOrder() {
        List<FunctionDefinition> fromFolder = FunctionLibrary.loadFolder(FOLDER);
        List<FunctionDefinition> bundled = FunctionLibrary.samples();
        // a data set is a file in the folder but a class-path resource in the bundle: compare the rest
        assertEquals(fromFolder.stream().map(FunctionLibraryTest::withoutDataset).toList(),
                bundled.stream().map(FunctionLibraryTest::withoutDataset).toList());
        assertEquals(fromFolder.stream().map(FunctionDefinition::formula).toList(),
                bundled.stream().map(FunctionDefinition::formula).toList());
    }

    private static FunctionDefinition withoutDataset(FunctionDefinition d) {
        return new FunctionDefinition(d.name(), d.title(), d.expression(), d.parameters(), d.domain(), d.start(),
                d.lambda(), d.mode(), d.scale(), d.minima(), d.maxima(), d.description());
    }

    @Test
    void bundleHoldsTheRequiredSamples() {
        List<String> names = FunctionLibrary.sampleNames();
        for (String required : List.of("quadratic", "rosenbrock", "himmelblau", "beale", "booth", "rastrigin",
                "ackley", "six-hump-camel", "three-hump-camel", "goldstein-price", "styblinski-tang", "matyas",
                "mccormick", "levi13", "easom", "monkey-saddle", "peaks", "gaussian-bumps", "twin-peaks",
                "blobs-logistic", "imbalanced-blobs-balanced", "noisy-labels-logistic", "moons-mlp")) {
            assertTrue(names.contains(required), "missing sample " + required);
        }
    }

    @Test
    void everySampleSuggestsALevelAndAStart() {
        for (FunctionDefinition d : FunctionLibrary.samples()) {
            assertTrue(d.lambda().isPresent(), d.name() + " has no lambda");
            assertTrue(d.start().isPresent(), d.name() + " has no start");
        }
    }

    @Test
    void sampleLooksUpByStem() {
        assertEquals("rosenbrock", FunctionLibrary.sample("rosenbrock").orElseThrow().name());
        assertTrue(FunctionLibrary.sample("no-such-sample").isEmpty());
    }

    @Test
    void folderWhoseIndexDisagreesIsAnError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.fn"), "title = A\nexpression = x\ndomain = 0, 1, 0, 1\n");
        Files.writeString(dir.resolve("index.txt"), "a\nb\n");
        assertTrue(assertThrows(FunctionFileException.class, () -> FunctionLibrary.loadFolder(dir))
                .getMessage().endsWith("index lists [a, b] but the folder holds [a]"));
    }

    @Test
    void folderWithoutIndexLoadsInNameOrder(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("b.fn"), "title = B\nexpression = y\ndomain = 0, 1, 0, 1\n");
        Files.writeString(dir.resolve("a.fn"), "title = A\nexpression = x\ndomain = 0, 1, 0, 1\n");
        assertEquals(List.of("a", "b"), FunctionLibrary.loadFolder(dir).stream().map(FunctionDefinition::name)
                .collect(Collectors.toList()));
    }
}
