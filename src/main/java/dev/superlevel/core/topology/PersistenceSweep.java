package dev.superlevel.core.topology;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.grid.SampledField;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * 0-dimensional persistence of the super- or sub-level filtration of a sampled field (SPEC §2), in one
 * sweep that builds the components of every level set at once.
 *
 * <p>Algorithm: the defined samples are sorted once ({@link SweepOrder}: stable LSD radix sort of
 * order-preserving 64-bit keys; superlevel from high to low, sublevel from low to high; equal values in
 * sample-index order). Samples are activated in that order and joined to the components of their active
 * neighbours (stencil of {@link Connectivity}; bookkeeping in {@link SweepState}). A sample with no
 * active neighbour starts a component (birth = its value, peak =
 * it). When two components meet at level μ the younger one — the lower peak, ties: the higher peak
 * index — dies with the pair (birth, μ). Components that never meet an older one are essential (death
 * −∞, sublevel +∞); there is one per region of defined samples that the connectivity cannot join.
 * Pairs with birth = death are dropped; their samples take the id of the component they merged into.
 *
 * <p>Contour connectivity: a cell diagonal enters the filtration at the sweep-later of its two ends and
 * the cell mean ({@link SaddleRule}), i.e. min(a, d, mean) for superlevel, max(…) for sublevel. That
 * is later than both ends exactly when the mean is; such a diagonal is a separate <em>saddle event</em>
 * merged into the sweep by level. Events whose other two corners are already in at that level are
 * skipped: the cell's edges have joined the ends already. At every λ the resulting components equal
 * {@link ComponentLabeller}'s.
 *
 * <p>Cost: O(N) sort (four 10-bit radix passes; from 2¹⁶ samples on, the packing, every pass and the
 * gathering of the values in sweep order are split between the caller and the common fork-join pool)
 * + O(N·α) single-threaded sweep. Memory, values excluded (they belong to the field): while sorting
 * 28 bytes per defined sample (packed keys, their ping-pong buffer, the order, the values in sweep
 * order), the two key buffers garbage once the order exists; during the sweep 16 bytes per sample
 * (order, values in sweep order, component joined per sample) plus 36 bytes per component; the
 * resulting diagram keeps 4 bytes per sample (the per-sample component array is reused) plus about
 * 80 bytes per pair. Peak ≈ 32 bytes per sample, under the 64-byte budget. Cancellation is checked
 * once per nx activated samples.
 * Stateless and thread-safe.
 */
public final class PersistenceSweep {

    private PersistenceSweep() {
    }

    /**
     * @throws dev.superlevel.core.CancelledException if {@code cancel} is set during the sweep
     */
    public static PersistenceDiagram compute(SampledField f, SetMode mode, Connectivity c,
            Cancellation cancel) {
        Objects.requireNonNull(f, "field");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(c, "connectivity");
        Objects.requireNonNull(cancel, "cancel");
        double[] v = f.values();
        int nx = f.nx();
        double[] levels = new double[v.length];
        int[] order = SweepOrder.of(v, mode, levels);
        cancel.check();
        int[] events = c == Connectivity.CONTOUR ? saddleEvents(f, mode) : new int[0];
        SweepState tree = new SweepState(f, mode, c);
        int e = 0;
        // the next event's level, or a level no sample reaches once the events are used up
        double next = events.length > 0 ? eventLevel(v, nx, events[0]) : Double.NaN;
        for (int r = 0; r < order.length; r++) {
            if (r % nx == 0) {
                cancel.check();
            }
            int p = order[r];
            double level = levels[r];
            while (mode.contains(next, level)) {
                linkEvent(tree, v, nx, events[e++]);
                next = e < events.length ? eventLevel(v, nx, events[e]) : Double.NaN;
            }
            tree.activate(p, level);
        }
        while (e < events.length) {
            linkEvent(tree, v, nx, events[e++]);
        }
        return compact(f, mode, c, tree.result());
    }

    /** Indices of the defined samples in sweep order. */
    static int[] sweepOrder(double[] v, SetMode mode) {
        return SweepOrder.of(v, mode);
    }

    /**
     * Diagonals that enter after both their ends (see class comment), sorted by level in sweep order;
     * each encoded as cell·2 + (1 for the rising bl–tr diagonal, 0 for the falling br–tl one).
     */
    static int[] saddleEvents(SampledField f, SetMode mode) {
        double[] v = f.values();
        int nx = f.nx();
        IntList cells = new IntList();
        for (int j = 0; j + 1 < f.ny(); j++) {
            for (int i = 0; i + 1 < nx; i++) {
                int k = j * nx + i;
                double m = SaddleRule.cellMean(v, k, nx);
                if (!Double.isFinite(m)) {
                    continue; // an undefined corner (or overflow): no diagonal
                }
                double bl = v[k];
                double br = v[k + 1];
                double tl = v[k + nx];
                double tr = v[k + nx + 1];
                if (isLateDiagonal(bl, tr, br, tl, m, mode)) {
                    cells.add(2 * k + 1);
                } else if (isLateDiagonal(br, tl, bl, tr, m, mode)) {
                    cells.add(2 * k);
                }
            }
        }
        long[] keys = new long[cells.size];
        for (int e = 0; e < cells.size; e++) {
            keys[e] = SweepOrder.key(eventLevel(v, nx, cells.values[e]), mode);
        }
        return RadixSort.sort(keys, cells.values, cells.size);
    }

    /** Ends a, d in before the mean m, the other corners b, c only after it. */
    private static boolean isLateDiagonal(double a, double d, double b, double c, double m, SetMode mode) {
        return !mode.contains(m, a) && !mode.contains(m, d) && !mode.contains(b, m) && !mode.contains(c, m);
    }

    private static double eventLevel(double[] v, int nx, int event) {
        return SaddleRule.cellMean(v, event >>> 1, nx);
    }

    private static void linkEvent(SweepState tree, double[] v, int nx, int event) {
        int k = event >>> 1;
        double level = eventLevel(v, nx, event);
        if ((event & 1) == 1) {
            tree.link(k, k + nx + 1, level);
        } else {
            tree.link(k + 1, k + nx, level);
        }
    }

    /** Drops the zero-persistence components and renumbers the rest as pair ids in birth order. */
    private static PersistenceDiagram compact(SampledField f, SetMode mode, Connectivity c,
            SweepState.SweepResult t) {
        int[] pairId = new int[t.count()];
        List<PersistencePair> pairs = new ArrayList<>();
        IntList parents = new IntList();
        double[] birth = t.birth();
        double[] death = t.death();
        int[] parent = t.parent();
        for (int raw = 0; raw < t.count(); raw++) {
            // a raw parent is always older, so it is numbered before its children
            if (birth[raw] == death[raw]) {
                pairId[raw] = pairId[parent[raw]];
                continue;
            }
            pairId[raw] = pairs.size();
            pairs.add(new PersistencePair(birth[raw], death[raw], t.peak()[raw]));
            parents.add(parent[raw] < 0 ? -1 : pairId[parent[raw]]);
        }
        int[] component = t.joined();
        for (int p = 0; p < component.length; p++) {
            if (component[p] != SweepState.INACTIVE) {
                component[p] = pairId[component[p]];
            }
        }
        return new PersistenceDiagram(f, mode, c, pairs, parents.toArray(), component);
    }

    /** A growable int array, to avoid boxing. */
    static final class IntList {
        int[] values = new int[16];
        int size;

        void add(int x) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = x;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
