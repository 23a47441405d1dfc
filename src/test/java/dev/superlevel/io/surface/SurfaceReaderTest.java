package dev.superlevel.io.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.surface.SampledSurface;
import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads the fixtures of {@code src/test/resources/surfaces/make_fixtures.py} (h5py 3.7, numpy 1.24). */
class SurfaceReaderTest {

    /** The script's loss and accuracy, with the same float64 operations. */
    static double loss(double x, double y) {
        return 1 + x * x + 0.5 * y + 0.25 * x * y;
    }

    static double acc(double x, double y) {
        return 0.5 - 0.125 * x * y;
    }

    /** np.linspace(-1, 1, 5) and np.linspace(-0.5, 1.0, 4) are exact in binary. */
    private static final double[] X = {-1, -0.5, 0, 0.5, 1};
    private static final double[] Y = {-0.5, 0, 0.5, 1};

    static Path fixture(String name) {
        try {
            return Path.of(SurfaceReaderTest.class.getResource("/surfaces/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing fixture " + name, e);
        }
    }

    private static String error(String file, String key) {
        return assertThrows(SurfaceFormatException.class, () -> SurfaceFiles.read(fixture(file), key, false, null))
                .getMessage();
    }

    @Test
    void readsLossLandscapeArraysInMeshgridOrderNotByTheirDeclaredShape() {
        SurfaceData data = SurfaceFiles.read(fixture("landscape.h5"), null, false, null);
        SampledSurface s = data.surface();
        assertEquals("train_loss", data.key());
        assertEquals(5, s.nx());
        assertEquals(4, s.ny());
        for (int j = 0; j < 4; j++) {
            for (int i = 0; i < 5; i++) {
                if (i == 3 && j == 2) {
                    assertTrue(Double.isNaN(s.value(i, j)), "the -1 cell is undefined");
                } else {
                    assertEquals(loss(X[i], Y[j]), s.value(i, j), 0.0, "L(x_" + i + ", y_" + j + ")");
                }
            }
        }
        assertEquals(List.of(-1.0, -0.5, 0.0, 0.5, 1.0), boxed(s.xs()));
        assertEquals(new Domain(-1, 1, -0.5, 1), s.domain());
    }

    @Test
    void listsEveryArrayOfTheFileButNotTheCoordinates() {
        SurfaceData data = SurfaceFiles.read(fixture("landscape.h5"), "train_acc", false, null);
        assertEquals(Set.of("train_loss", "train_acc", "test_loss", "test_acc"), new HashSet<>(data.arrays()));
        assertEquals(4, data.arrays().size());
        assertTrue(data.isAccuracy());
        assertEquals(acc(X[4], Y[1]), data.surface().value(4, 1), 0.0);
    }

    @Test
    void readsGzipChunkedAndFloat32Arrays() {
        SampledSurface gz = SurfaceFiles.read(fixture("landscape.h5"), "test_loss", false, null).surface();
        SampledSurface f32 = SurfaceFiles.read(fixture("landscape.h5"), "test_acc", false, null).surface();
        for (int j = 0; j < 4; j++) {
            for (int i = 0; i < 5; i++) {
                assertEquals(loss(X[i], Y[j]), gz.value(i, j), 0.0);
                assertEquals((double) (float) acc(X[i], Y[j]), f32.value(i, j), 0.0);
            }
        }
    }

    @Test
    void readsLandscaperNpzWithTheFirstIndexAlongX() {
        SurfaceData data = SurfaceFiles.read(fixture("landscaper.npz"), null, false, null);
        SampledSurface s = data.surface();
        assertEquals("loss", data.key());
        assertEquals(List.of("loss"), data.arrays());
        double[] c0 = new double[4];
        double[] c1 = new double[4];
        for (int k = 0; k < 4; k++) {  // numpy.linspace: k * step + start, last = stop
            c0[k] = k == 3 ? 2 : k * (4.0 / 3) + -2;
            c1[k] = k == 3 ? 3 : k * (3.0 / 3) + 0;
        }
        assertEquals(boxed(c0), boxed(s.xs()));
        assertEquals(boxed(c1), boxed(s.ys()));
        for (int j = 0; j < 4; j++) {
            for (int i = 0; i < 4; i++) {
                assertEquals(loss(c0[i], c1[j]), s.value(i, j), 0.0);
            }
        }
    }

    @Test
    void readsABareNpyWithRowsAsYOnTheDefaultExtent() {
        SampledSurface s = SurfaceFiles.read(fixture("surface.npy"), null, false, null).surface();
        assertEquals(4, s.nx());
        assertEquals(3, s.ny());
        assertEquals(new Domain(-1, 1, -1, 1), s.domain());
        for (int j = 0; j < 3; j++) {
            for (int i = 0; i < 4; i++) {
                assertEquals(loss(npLinspace(i, 4), npLinspace(j, 3)), s.value(i, j), 0.0);
            }
        }
    }

    @Test
    void transposeReadsTheRowsOfABareNpyAsX() {
        SampledSurface s = SurfaceFiles.read(fixture("surface.npy"), null, true, new Domain(0, 2, 5, 11)).surface();
        assertEquals(3, s.nx());
        assertEquals(4, s.ny());
        assertEquals(new Domain(0, 2, 5, 11), s.domain());
        for (int j = 0; j < 4; j++) {
            for (int i = 0; i < 3; i++) {  // Z[i, j] = L(XN[j], YN[i]) as the script wrote it
                assertEquals(loss(npLinspace(j, 4), npLinspace(i, 3)), s.value(i, j), 0.0);
            }
        }
    }

    /** numpy.linspace(-1, 1, n)[k]. */
    private static double npLinspace(int k, int n) {
        return k == n - 1 ? 1 : k * (2.0 / (n - 1)) + -1;
    }

    @Test
    void aMissingKeyListsTheArraysPresent() {
        assertEquals("missing_key.h5: no array 'train_loss' (arrays present: min_eig, test_loss); "
                + "pick one with --surface-key", error("missing_key.h5", null));
        assertTrue(error("landscaper.npz", "accuracy").startsWith("landscaper.npz: no array 'accuracy' "
                + "(arrays present: loss)"));
    }

    @Test
    void aOneDimensionalSurfaceIsRefusedSayingSo() {
        assertEquals("one_d.h5: a 1-D surface (xcoordinates but no ycoordinates); Superlevel needs a 2-D surface",
                error("one_d.h5", null));
    }

    @Test
    void unevenNonFiniteAndMismatchedCoordinatesAreNamed() {
        assertEquals("uneven.h5: x coordinates are not evenly spaced: value 2 is 0.1, evenly spaced would be 0.0",
                error("uneven.h5", null));
        assertEquals("nonfinite.h5: x coordinates: value 2 is NaN", error("nonfinite.h5", null));
        assertEquals("mismatch.h5: array 'train_loss' has shape (4, 4) but the coordinates make a 5x4 grid "
                + "(xcoordinates 5, ycoordinates 4)", error("mismatch.h5", null));
    }

    @Test
    void anAllUndefinedSurfaceIsRefused() {
        assertEquals("all_undefined.h5: every sample of the surface is undefined (NaN or -1)",
                error("all_undefined.h5", null));
    }

    @Test
    void truncatedAndForeignFilesAreNotParseErrorsButOneClearLine() {
        assertTrue(error("truncated.h5", null).startsWith("truncated.h5: not a readable HDF5 file (truncated, or "
                + "another format)"), error("truncated.h5", null));
        assertTrue(error("not_hdf5.h5", null).startsWith("not_hdf5.h5: not a readable HDF5 file"), error("not_hdf5.h5", null));
    }

    @Test
    void wrongRankIsNamed() {
        assertEquals("surface_3d.npy: the array has shape (2, 2, 2), a surface needs a 2-D array",
                error("surface_3d.npy", null));
    }

    @Test
    void onlyRegularFilesAreOpened(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder.h5"));
        assertEquals(folder + ": a folder, not a surface file", assertThrows(SurfaceFormatException.class,
                () -> SurfaceFiles.read(folder, null, false, null)).getMessage());
        Path missing = dir.resolve("gone.h5");
        assertEquals(missing + ": no such file", assertThrows(SurfaceFormatException.class,
                () -> SurfaceFiles.read(missing, null, false, null)).getMessage());
        Path device = Path.of("/dev/zero");
        if (Files.exists(device)) {
            assertEquals("/dev/zero: not a regular file, not a surface file",
                    assertThrows(SurfaceFormatException.class, () -> SurfaceLimits.checkFile(device)).getMessage());
        }
    }

    @Test
    void coordinatesBeyondTheSizeLimitAreRefusedBeforeTheSurfaceIsRead(@TempDir Path dir) {
        Path file = dir.resolve("huge.h5");
        double[] xs = new double[SurfaceLimits.MAX_SIDE + 1];
        for (int k = 0; k < xs.length; k++) {
            xs[k] = k;
        }
        try (WritableHdfFile w = HdfFile.write(file)) {
            w.putDataset("xcoordinates", xs);
            w.putDataset("ycoordinates", new double[] {0, 1});
            w.putDataset("train_loss", new double[xs.length][2]);
        }
        assertEquals("huge.h5: array 'xcoordinates' has 4097 values, more than the limit of 4096",
                assertThrows(SurfaceFormatException.class, () -> SurfaceFiles.read(file, null, false, null))
                        .getMessage());
    }

    @Test
    void keyAndTransposeAreRefusedWhereTheyDoNotApply() {
        assertEquals("surface.npy: --surface-key does not apply to a .npy file (it holds one array)",
                error("surface.npy", "loss"));
        assertTrue(assertThrows(SurfaceFormatException.class,
                () -> SurfaceFiles.read(fixture("landscape.h5"), null, true, null)).getMessage()
                .startsWith("landscape.h5: --transpose applies to bare .npy arrays only"));
    }

    private static List<Double> boxed(double[] values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }
}
