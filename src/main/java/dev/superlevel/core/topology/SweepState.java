package dev.superlevel.core.topology;

import dev.superlevel.core.grid.SampledField;

import java.util.Arrays;

/**
 * The state of a {@link PersistenceSweep}: samples are activated in sweep order, joined to the
 * components of their active neighbours, and the elder rule decides which component dies at a merge.
 *
 * <p>Components get raw ids 0, 1, … in order of birth. Because the sweep order is (value from the
 * extreme end, then sample index), a lower raw id always means an older component, so the elder rule
 * reduces to "the lower raw id survives".
 *
 * <p>Connectivity is tracked on components, not samples: each sample records the component it joined
 * at activation ({@code joined}, never changed afterwards), and a small union-find over component ids
 * ({@code alias}, path halving, the elder as root) forwards a dead component to the one it merged
 * into. Two active samples are connected iff their joined components have the same representative.
 * This keeps the per-sample state at one int (the component arrays are as small as the number of
 * extrema and stay in cache), which is what makes the sweep fast. Not thread-safe; once {@link #result()}
 * has been taken the state must not be used again (the result owns its arrays).
 */
final class SweepState {

    static final int INACTIVE = -1;

    private final double[] v;
    private final int nx;
    private final int ny;
    private final SetMode mode;
    private final Connectivity connectivity;
    /** Row of sample p = (p · rowMagic) >>> rowShift, exact for p < 2²⁴ (an integer division per sample costs more). */
    private final long rowMagic;
    private final int rowShift;
    private final double essentialDeath;
    /** Per sample: raw component joined at activation, {@link #INACTIVE} before. */
    private final int[] joined;

    private double[] birth = new double[16];
    private double[] death = new double[16];
    private int[] peak = new int[16];
    /** The component each one merged into at its death (the merge tree); −1 while alive. */
    private int[] parent = new int[16];
    /** Union-find forwarding over components: alias[c] = c while c is alive. */
    private int[] alias = new int[16];
    private int count;

    SweepState(SampledField f, SetMode mode, Connectivity connectivity) {
        this.v = f.values();
        this.nx = f.nx();
        this.ny = f.ny();
        this.mode = mode;
        this.connectivity = connectivity;
        // ceil(2^s / nx) with s = 24 + ceil(log2 nx): the rounding error e < nx makes p·e < 2^s for p < 2^24
        this.rowShift = 24 + (64 - Long.numberOfLeadingZeros(nx - 1L));
        this.rowMagic = ((1L << rowShift) + nx - 1) / nx;
        this.essentialDeath = mode == SetMode.SUPERLEVEL ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        this.joined = new int[v.length];
        Arrays.fill(joined, INACTIVE);
    }

    /** Adds sample p at its level v[p]: joins the components of its active neighbours, or starts one. */
    void activate(int p, double level) {
        int j = (int) ((p * rowMagic) >>> rowShift);
        int i = p - j * nx;
        boolean west = i > 0 && joined[p - 1] != INACTIVE;
        boolean east = i + 1 < nx && joined[p + 1] != INACTIVE;
        boolean south = j > 0 && joined[p - nx] != INACTIVE;
        boolean north = j + 1 < ny && joined[p + nx] != INACTIVE;
        int comp = -1;
        comp = west ? merge(comp, find(joined[p - 1]), level) : comp;
        comp = east ? merge(comp, find(joined[p + 1]), level) : comp;
        comp = south ? merge(comp, find(joined[p - nx]), level) : comp;
        comp = north ? merge(comp, find(joined[p + nx]), level) : comp;
        // a diagonal matters only when neither shared edge neighbour is active (else it joined p and q)
        if (connectivity != Connectivity.FOUR) {
            comp = !west && !south && i > 0 && j > 0 ? joinDiagonal(comp, p - nx - 1, p - nx - 1, level) : comp;
            comp = !east && !south && i + 1 < nx && j > 0 ? joinDiagonal(comp, p - nx + 1, p - nx, level) : comp;
            comp = !west && !north && i > 0 && j + 1 < ny ? joinDiagonal(comp, p + nx - 1, p - 1, level) : comp;
            comp = !east && !north && i + 1 < nx && j + 1 < ny ? joinDiagonal(comp, p + nx + 1, p, level) : comp;
        }
        joined[p] = comp >= 0 ? comp : newComponent(p, level);
    }

    /**
     * The diagonal p–q of {@code cell} enters the filtration at the sweep-later of v[p], v[q] and the
     * cell mean; q is active, so it is at or before v[p]. If the mean is at or before v[p] the edge
     * enters now; if it comes later, the edge is a separate saddle event (see {@link PersistenceSweep}).
     */
    private int joinDiagonal(int comp, int q, int cell, double level) {
        if (joined[q] == INACTIVE) {
            return comp;
        }
        if (connectivity == Connectivity.EIGHT || mode.contains(SaddleRule.cellMean(v, cell, nx), level)) {
            return merge(comp, find(joined[q]), level);
        }
        return comp;
    }

    /** Joins the components of two active samples at the given merge level (a saddle event). */
    void link(int a, int b, double level) {
        merge(find(joined[a]), find(joined[b]), level);
    }

    /** The live component that component c has merged into (c itself while alive). */
    private int find(int c) {
        int[] a = alias;
        while (a[c] != c) {
            a[c] = a[a[c]];
            c = a[c];
        }
        return c;
    }

    /**
     * Merges two live components at {@code level} (a may be −1: nothing to merge yet); the younger
     * (higher raw id) dies. Returns the survivor.
     */
    private int merge(int a, int b, double level) {
        if (a < 0 || a == b) {
            return b;
        }
        int elder = Math.min(a, b);
        int younger = Math.max(a, b);
        death[younger] = level;
        parent[younger] = elder;
        alias[younger] = elder;
        return elder;
    }

    private int newComponent(int p, double level) {
        if (count == birth.length) {
            int n = count * 2;
            birth = Arrays.copyOf(birth, n);
            death = Arrays.copyOf(death, n);
            peak = Arrays.copyOf(peak, n);
            parent = Arrays.copyOf(parent, n);
            alias = Arrays.copyOf(alias, n);
        }
        birth[count] = level;
        death[count] = essentialDeath;
        peak[count] = p;
        parent[count] = -1;
        alias[count] = count;
        return count++;
    }

    /**
     * The finished sweep: per raw component (ids 0 … count−1 in birth order) its birth, death, peak
     * sample and the component it merged into, and per sample the raw component it joined. Hands over
     * the per-sample array without copying (it is as large as the field); the component arrays are
     * trimmed copies.
     */
    SweepResult result() {
        return new SweepResult(count, Arrays.copyOf(birth, count), Arrays.copyOf(death, count),
                Arrays.copyOf(peak, count), Arrays.copyOf(parent, count), joined);
    }

    /**
     * What a {@link SweepState} leaves behind (package-private hand-over to {@link PersistenceSweep}).
     *
     * @param count  number of raw components
     * @param birth  level at which each was born
     * @param death  level at which each merged into an older one (±∞ if never)
     * @param peak   sample index of each one's extreme
     * @param parent raw id each merged into, −1 if never
     * @param joined per sample, the raw component it joined on activation, {@link #INACTIVE} if undefined
     */
    record SweepResult(int count, double[] birth, double[] death, int[] peak, int[] parent, int[] joined) {
    }
}
