package dev.superlevel.core.topology;

import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.grid.SampledField;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * Marching squares: the boundary of S_λ as polylines, consistent with {@link ComponentLabeller}.
 *
 * <p>Membership is {@link SetMode#contains} (so a corner equal to λ is in, and an undefined corner is
 * out, which closes the boundary around holes). Every edge between an in-sample and an out-sample is
 * crossed once, at t = (λ − a)/(b − a) from the in-sample a towards b (linear interpolation), or at
 * the midpoint when b is undefined. Segments are oriented with the set on their left and joined
 * through shared edge crossings into closed loops and open curves that end on the domain boundary.
 *
 * <pre>
 *  corners and edges of a cell, counter-clockwise       case = bl·1 + br·2 + tr·4 + tl·8 (1 = in)
 *     tl ---T--- tr
 *      |         |      segment: from the in→out edge to the out→in edge (set on the left)
 *      L         R
 *      |         |
 *     bl ---B--- br
 *
 *   case  in       segments        case  in           segments
 *     0   -        none              8   tl           L→T
 *     1   bl       B→L               9   bl tl        B→T
 *     2   br       R→B              10   br tl        saddle, see below
 *     3   bl br    R→L              11   bl br tl     R→T
 *     4   tr       T→R              12   tr tl        L→R
 *     5   bl tr    saddle           13   bl tr tl     B→R
 *     6   br tr    T→B              14   br tr tl     L→B
 *     7   bl br tr T→L              15   all          none
 *
 *   saddles (5: bl tr in; 10: br tl in), linked = the in-diagonal is connected (FOUR: never, EIGHT:
 *   always, CONTOUR: the SaddleRule on the cell mean):
 *     5 linked: B→R, T→L (cut the out corners)     5 separate: B→L, T→R (cut the in corners)
 *    10 linked: L→B, R→T                          10 separate: R→B, L→T
 * </pre>
 *
 * A drawn contour therefore never separates one component and never joins two. Grids with one row or
 * one column have no cells and no contours. Memory: 8 bytes per sample for the edge links during a
 * trace. Stateless and thread-safe.
 */
public final class ContourTracer {

    private ContourTracer() {
    }

    /** The boundary of the super-level set {L ≥ λ}. */
    public static List<Contour> trace(SampledField f, double lambda, Connectivity c) {
        return trace(f, lambda, SetMode.SUPERLEVEL, c);
    }

    /**
     * The boundary of S_λ in the given mode (the modes differ at samples equal to λ and in the saddle
     * rule).
     */
    public static List<Contour> trace(SampledField f, double lambda, SetMode mode, Connectivity c) {
        Objects.requireNonNull(f, "field");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(c, "connectivity");
        if (Double.isNaN(lambda)) {
            throw new IllegalArgumentException("level λ must be a number, got NaN");
        }
        if (f.nx() < 2 || f.ny() < 2) {
            return List.of();
        }
        int[] next = new int[2 * f.values().length];
        Arrays.fill(next, -1);
        BitSet hasIncoming = new BitSet(next.length);
        linkSegments(f, lambda, mode, c, next, hasIncoming);
        return join(f, lambda, next, hasIncoming);
    }

    /** Edge ids: 2k for the edge k → k+1 (horizontal), 2k+1 for the edge k → k+nx (vertical). */
    private static void linkSegments(SampledField f, double lambda, SetMode mode, Connectivity c, int[] next,
            BitSet hasIncoming) {
        double[] v = f.values();
        int nx = f.nx();
        int[] edge = new int[4];
        boolean[] in = new boolean[4];
        for (int j = 0; j + 1 < f.ny(); j++) {
            for (int i = 0; i + 1 < nx; i++) {
                int k = j * nx + i;
                in[0] = mode.contains(v[k], lambda);
                in[1] = mode.contains(v[k + 1], lambda);
                in[2] = mode.contains(v[k + nx + 1], lambda);
                in[3] = mode.contains(v[k + nx], lambda);
                int inCount = (in[0] ? 1 : 0) + (in[1] ? 1 : 0) + (in[2] ? 1 : 0) + (in[3] ? 1 : 0);
                if (inCount == 0 || inCount == 4) {
                    continue;
                }
                edge[0] = 2 * k;
                edge[1] = 2 * (k + 1) + 1;
                edge[2] = 2 * (k + nx);
                edge[3] = 2 * k + 1;
                boolean saddle = inCount == 2 && in[0] == in[2];
                if (saddle) {
                    addSaddleSegments(in, edge, isLinked(v, k, nx, in[0], mode, lambda, c), next, hasIncoming);
                } else {
                    addSegment(edge[transition(in, true)], edge[transition(in, false)], next, hasIncoming);
                }
            }
        }
    }

    /** The edge index e whose corner e is in and corner e+1 out (fromIn) or the reverse. */
    private static int transition(boolean[] in, boolean fromIn) {
        for (int e = 0; e < 4; e++) {
            if (in[e] == fromIn && in[(e + 1) & 3] != fromIn) {
                return e;
            }
        }
        throw new IllegalStateException("no transition in a mixed cell");
    }

    private static void addSaddleSegments(boolean[] in, int[] edge, boolean linked, int[] next,
            BitSet hasIncoming) {
        for (int q = 0; q < 4; q++) {
            int before = edge[(q + 3) & 3];
            if (linked && !in[q]) {
                addSegment(before, edge[q], next, hasIncoming); // cut off the out corner q
            } else if (!linked && in[q]) {
                addSegment(edge[q], before, next, hasIncoming); // cut off the in corner q
            }
        }
    }

    private static boolean isLinked(double[] v, int k, int nx, boolean rising, SetMode mode, double lambda,
            Connectivity c) {
        return switch (c) {
            case FOUR -> false;
            case EIGHT -> true;
            case CONTOUR -> SaddleRule.isDiagonalLinked(v, k, nx, rising, mode, lambda);
        };
    }

    private static void addSegment(int from, int to, int[] next, BitSet hasIncoming) {
        next[from] = to;
        hasIncoming.set(to);
    }

    /** Open curves first (from crossings nothing leads into), then the remaining closed loops. */
    private static List<Contour> join(SampledField f, double lambda, int[] next, BitSet hasIncoming) {
        List<Contour> contours = new ArrayList<>();
        for (int e = 0; e < next.length; e++) {
            if (next[e] >= 0 && !hasIncoming.get(e)) {
                contours.add(follow(f, lambda, next, e, false));
            }
        }
        for (int e = 0; e < next.length; e++) {
            if (next[e] >= 0) {
                contours.add(follow(f, lambda, next, e, true));
            }
        }
        return contours;
    }

    /** Walks the links from {@code start}, consuming them. */
    private static Contour follow(SampledField f, double lambda, int[] next, int start, boolean closed) {
        PointList points = new PointList();
        int e = start;
        do {
            crossing(f, lambda, e, points);
            int n = next[e];
            next[e] = -1;
            e = n;
        } while (e >= 0 && e != start);
        return new Contour(Arrays.copyOf(points.xs, points.size), Arrays.copyOf(points.ys, points.size),
                closed);
    }

    /** The crossing point on edge e, computed from the edge alone so both cells agree bit for bit. */
    private static void crossing(SampledField f, double lambda, int e, PointList out) {
        GridSpec spec = f.spec();
        int nx = spec.nx();
        int a = e >>> 1;
        int b = (e & 1) == 0 ? a + 1 : a + nx;
        double va = f.values()[a];
        double vb = f.values()[b];
        double t = Double.isFinite(va) && Double.isFinite(vb) ? (lambda - va) / (vb - va) : 0.5;
        double xa = spec.x(a % nx);
        double ya = spec.y(a / nx);
        out.add(xa + t * (spec.x(b % nx) - xa), ya + t * (spec.y(b / nx) - ya));
    }

    private static final class PointList {
        double[] xs = new double[16];
        double[] ys = new double[16];
        int size;

        void add(double x, double y) {
            if (size == xs.length) {
                xs = Arrays.copyOf(xs, size * 2);
                ys = Arrays.copyOf(ys, size * 2);
            }
            xs[size] = x;
            ys[size++] = y;
        }
    }
}
