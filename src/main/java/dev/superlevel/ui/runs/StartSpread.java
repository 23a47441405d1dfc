package dev.superlevel.ui.runs;

import dev.superlevel.core.grid.Domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the runs start after the function (and so the domain) changed: a run keeps its start when it
 * lies inside the new domain and no earlier run starts there; every other run starts at the function's
 * preferred start moved along the diagonal by {@value #STEP} of the domain per run already there
 * (wrapping around inside the domain), so no two runs start on the same point and hide each other.
 * Stateless.
 */
public final class StartSpread {

    /** The offset between spread starts, as a fraction of the domain's width and height. */
    public static final double STEP = 0.06;

    /** Two starts closer than this fraction of the domain on both axes are the same point. */
    static final double SAME = 1e-3;

    private StartSpread() {
    }

    /**
     * The new starts, one per entry of {@code current} (null: the run has none), all inside
     * {@code domain} and pairwise different.
     */
    public static List<double[]> starts(List<double[]> current, Domain domain, double[] preferred) {
        List<double[]> result = new ArrayList<>();
        for (double[] start : current) {
            if (start != null && domain.contains(start[0], start[1]) && !taken(result, start, domain)) {
                result.add(start);
            } else {
                result.add(null);
            }
        }
        int next = 0;
        for (int k = 0; k < result.size(); k++) {
            if (result.get(k) != null) {
                continue;
            }
            double[] candidate = candidate(domain, preferred, next++);
            while (taken(result, candidate, domain) && next < 10_000) {
                candidate = candidate(domain, preferred, next++);
            }
            result.set(k, candidate);
        }
        return result;
    }

    private static double[] candidate(Domain d, double[] preferred, int j) {
        double x = d.xmin() + wrap(preferred[0] - d.xmin() + j * STEP * d.width(), d.width());
        double y = d.ymin() + wrap(preferred[1] - d.ymin() + j * STEP * d.height(), d.height());
        return new double[] {x, y};
    }

    private static double wrap(double offset, double length) {
        double r = offset % length;
        return r < 0 ? r + length : r;
    }

    /**
     * Whether a start in {@code starts} is at {@code point}: within {@value #SAME} of the domain's width and
     * height, under a pixel on any map (starts are also rounded to six digits when written into a run).
     */
    private static boolean taken(List<double[]> starts, double[] point, Domain d) {
        return starts.stream().anyMatch(p -> p != null && Math.abs(p[0] - point[0]) <= SAME * d.width()
                && Math.abs(p[1] - point[1]) <= SAME * d.height());
    }
}
