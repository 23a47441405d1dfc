package dev.superlevel.io.dataset;
import dev.superlevel.io.AtomicFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Generates the bundled data sets of {@code sample-functions/} deterministically from a seed
 * ({@link Random} is specified bit-for-bit, so the same seed gives the same files on every JVM):
 *
 * <ul>
 *   <li>{@code blobs.csv}: two isotropic Gaussian blobs (σ = 1) centred at ±(1.2, 0.6), 100 rows each;</li>
 *   <li>{@code imbalanced_blobs.csv}: the same geometry, 180 rows of class 0 and 20 of class 1;</li>
 *   <li>{@code noisy_labels.csv}: 200 blob rows of which 15% have their label flipped and ρ = 0.2
 *       (the others ρ = 1);</li>
 *   <li>{@code moons.csv}: two interleaving half circles with Gaussian noise 0.15, 150 rows each;</li>
 *   <li>{@code xor.csv}: four σ = 0.35 clusters at (±1, ±1), label 1 where x1·x2 &lt; 0, 60 rows each.</li>
 * </ul>
 *
 * Usage: {@code java -cp target/superlevel.jar dev.superlevel.io.dataset.DatasetGenerator [OUT_DIR [SEED]]}
 * (defaults {@code sample-functions} and {@link #DEFAULT_SEED}).
 */
public final class DatasetGenerator {

    public static final long DEFAULT_SEED = 20250707L;

    private static final String HEADER = "x1,x2,label";
    private static final String HEADER_RHO = "x1,x2,label,rho";

    private DatasetGenerator() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "sample-functions");
        long seed = args.length > 1 ? Long.parseLong(args[1]) : DEFAULT_SEED;
        for (Map.Entry<String, String> e : generateAll(seed).entrySet()) {
            Path target = dir.resolve(e.getKey());
            write(target, e.getValue());
            System.out.println("wrote " + target);
        }
    }

    /** File name → CSV text of every bundled data set; each gets its own stream derived from the seed. */
    public static Map<String, String> generateAll(long seed) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("blobs.csv", blobs(new Random(seed), 100, 100, 0.0));
        files.put("imbalanced_blobs.csv", blobs(new Random(seed + 1), 180, 20, 0.0));
        files.put("noisy_labels.csv", blobs(new Random(seed + 2), 100, 100, 0.15));
        files.put("moons.csv", moons(new Random(seed + 3), 150, 0.15));
        files.put("xor.csv", xor(new Random(seed + 4), 60, 0.35));
        return files;
    }

    /**
     * Blobs at ±(1.2, 0.6); with {@code flip} &gt; 0 that fraction of rows (chosen at random) gets the
     * other label and ρ = 0.2, and a rho column is written.
     */
    static String blobs(Random random, int n0, int n1, double flip) {
        StringBuilder sb = new StringBuilder(flip > 0 ? HEADER_RHO : HEADER).append('\n');
        for (int i = 0; i < n0 + n1; i++) {
            int label = i < n0 ? 0 : 1;
            double sign = label == 0 ? -1.0 : 1.0;
            double x1 = sign * 1.2 + random.nextGaussian();
            double x2 = sign * 0.6 + random.nextGaussian();
            if (flip > 0) {
                boolean noisy = random.nextDouble() < flip;
                cells(sb, x1, x2, noisy ? 1 - label : label).append(noisy ? ",0.2\n" : ",1\n");
            } else {
                row(sb, x1, x2, label);
            }
        }
        return sb.toString();
    }

    /** scikit-learn's make_moons geometry: upper arc (cos t, sin t), lower arc (1 − cos t, ½ − sin t). */
    static String moons(Random random, int perClass, double noise) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (int label = 0; label < 2; label++) {
            for (int i = 0; i < perClass; i++) {
                double t = Math.PI * i / (perClass - 1);
                double x1 = label == 0 ? Math.cos(t) : 1 - Math.cos(t);
                double x2 = label == 0 ? Math.sin(t) : 0.5 - Math.sin(t);
                row(sb, x1 + noise * random.nextGaussian(), x2 + noise * random.nextGaussian(), label);
            }
        }
        return sb.toString();
    }

    static String xor(Random random, int perCluster, double sigma) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        double[][] centres = {{1, 1}, {-1, -1}, {1, -1}, {-1, 1}};
        for (double[] centre : centres) {
            int label = centre[0] * centre[1] < 0 ? 1 : 0;
            for (int i = 0; i < perCluster; i++) {
                row(sb, centre[0] + sigma * random.nextGaussian(), centre[1] + sigma * random.nextGaussian(), label);
            }
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, double x1, double x2, int label) {
        cells(sb, x1, x2, label).append('\n');
    }

    private static StringBuilder cells(StringBuilder sb, double x1, double x2, int label) {
        return sb.append(String.format(Locale.ROOT, "%.6f,%.6f,%d", x1, x2, label));
    }

    /** Writes atomically (temp file + move) so a crash never leaves half a data set. */
    static void write(Path target, String text) {
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            AtomicFiles.writeText(target, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }
}
