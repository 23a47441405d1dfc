package dev.superlevel.core.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.superlevel.core.grid.SampledField;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;

/**
 * Contours and labelling agree on random fields (grid coordinates: sample (i, j) sits at (i, j); the
 * level never equals a sample value, so every crossing lies strictly inside its edge).
 */
class ContourPropertiesTest {

    @Provide
    Arbitrary<SampledField> grids() {
        return RandomGrids.fields(2, 7);
    }

    @Provide
    Arbitrary<Double> levels() {
        return RandomGrids.levelsBetweenValues();
    }

    @Property(tries = 400)
    void everyEdgeBetweenInAndOutIsCrossedExactlyOnce(@ForAll("grids") SampledField f,
            @ForAll("levels") double lambda, @ForAll SetMode mode, @ForAll Connectivity c) {
        List<double[]> vertices = vertices(ContourTracer.trace(f, lambda, mode, c));
        requireAtLeast("contour", vertices.isEmpty() ? "none" : "crosses edges", "crosses edges", 150); // ~250
        double[] v = f.values();
        int nx = f.nx();
        for (int j = 0; j < f.ny(); j++) {
            for (int i = 0; i < nx; i++) {
                boolean in = mode.contains(v[j * nx + i], lambda);
                if (i + 1 < nx) {
                    int expected = in != mode.contains(v[j * nx + i + 1], lambda) ? 1 : 0;
                    assertEquals(expected, countOnEdge(vertices, i, j, true), "edge right of " + i + "," + j);
                }
                if (j + 1 < f.ny()) {
                    int expected = in != mode.contains(v[(j + 1) * nx + i], lambda) ? 1 : 0;
                    assertEquals(expected, countOnEdge(vertices, i, j, false), "edge above " + i + "," + j);
                }
            }
        }
    }

    @Property(tries = 400)
    void noContourCrossesALinkBetweenSamplesOfOneComponent(@ForAll("grids") SampledField f,
            @ForAll("levels") double lambda, @ForAll SetMode mode, @ForAll Connectivity c) {
        List<double[]> segments = segments(ContourTracer.trace(f, lambda, mode, c));
        List<int[]> links = links(f, lambda, mode, c);
        requireAtLeast("case", segments.isEmpty() || links.isEmpty() ? "vacuous" : "links and segments",
                "links and segments", 130); // ~225 of 400
        for (int[] link : links) {
            int nx = f.nx();
            double[] a = {link[0] % nx, link[0] / nx};
            double[] b = {link[1] % nx, link[1] / nx};
            for (double[] s : segments) {
                assertFalse(crosses(a, b, new double[] {s[0], s[1]}, new double[] {s[2], s[3]}),
                        "contour segment crosses link " + link[0] + "–" + link[1]);
            }
        }
    }

    /**
     * Counts {@code value} under {@code label} (jqwik reports the counts) and requires at least
     * {@code minCount} tries to be {@code wanted}: about a third of the random grids make the check empty
     * (no contour, an empty set, one component), so a property must show that enough cases were real.
     * Minimums are about 60 % of what a run sees.
     */
    static void requireAtLeast(String label, String value, String wanted, int minCount) {
        net.jqwik.api.statistics.Statistics.label(label).collect(value);
        net.jqwik.api.statistics.Statistics.label(label).coverage(c -> c.check(wanted).count(n -> n >= minCount));
    }

    /** Pairs of samples joined directly: edge neighbours both in, and diagonals the stencil links. */
    private static List<int[]> links(SampledField f, double lambda, SetMode mode, Connectivity c) {
        double[] v = f.values();
        int nx = f.nx();
        List<int[]> links = new ArrayList<>();
        for (int j = 0; j < f.ny(); j++) {
            for (int i = 0; i < nx; i++) {
                int k = j * nx + i;
                if (i + 1 < nx && mode.contains(v[k], lambda) && mode.contains(v[k + 1], lambda)) {
                    links.add(new int[] {k, k + 1});
                }
                if (j + 1 < f.ny() && mode.contains(v[k], lambda) && mode.contains(v[k + nx], lambda)) {
                    links.add(new int[] {k, k + nx});
                }
                if (i + 1 < nx && j + 1 < f.ny()) {
                    addDiagonal(v, k, nx, true, lambda, mode, c, links);
                    addDiagonal(v, k, nx, false, lambda, mode, c, links);
                }
            }
        }
        return links;
    }

    /** A diagonal is direct when a third corner is in too, or the saddle is linked by the connectivity. */
    private static void addDiagonal(double[] v, int k, int nx, boolean rising, double lambda, SetMode mode,
            Connectivity c, List<int[]> links) {
        int a = rising ? k : k + 1;
        int b = rising ? k + nx + 1 : k + nx;
        int o1 = rising ? k + 1 : k;
        int o2 = rising ? k + nx : k + nx + 1;
        if (!mode.contains(v[a], lambda) || !mode.contains(v[b], lambda)) {
            return;
        }
        boolean third = mode.contains(v[o1], lambda) || mode.contains(v[o2], lambda);
        boolean saddleLinked = c == Connectivity.EIGHT
                || c == Connectivity.CONTOUR && SaddleRule.isDiagonalLinked(v, k, nx, rising, mode, lambda);
        if (third || saddleLinked) {
            links.add(new int[] {a, b});
        }
    }

    private static int countOnEdge(List<double[]> vertices, int i, int j, boolean horizontal) {
        int n = 0;
        for (double[] p : vertices) {
            boolean on = horizontal ? p[1] == j && p[0] > i && p[0] < i + 1
                    : p[0] == i && p[1] > j && p[1] < j + 1;
            n += on ? 1 : 0;
        }
        return n;
    }

    private static List<double[]> vertices(List<Contour> contours) {
        List<double[]> out = new ArrayList<>();
        for (Contour c : contours) {
            for (int k = 0; k < c.size(); k++) {
                out.add(new double[] {c.xs()[k], c.ys()[k]});
            }
        }
        return out;
    }

    private static List<double[]> segments(List<Contour> contours) {
        List<double[]> out = new ArrayList<>();
        for (Contour c : contours) {
            int n = c.size();
            int count = c.closed() ? n : n - 1;
            for (int k = 0; k < count; k++) {
                int m = (k + 1) % n;
                out.add(new double[] {c.xs()[k], c.ys()[k], c.xs()[m], c.ys()[m]});
            }
        }
        return out;
    }

    /** Proper intersection of segments ab and cd (each strictly separates the other's ends). */
    private static boolean crosses(double[] a, double[] b, double[] c, double[] d) {
        return side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
    }

    private static double side(double[] a, double[] b, double[] p) {
        return Math.signum((b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]));
    }
}
