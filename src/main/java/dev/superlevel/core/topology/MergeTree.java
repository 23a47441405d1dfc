package dev.superlevel.core.topology;

import dev.superlevel.core.grid.SampledField;
import java.util.Arrays;

/**
 * The state of a {@link PersistenceSweep}: samples are activated in sweep order, edges to active
 * neighbours are unioned, and the elder rule decides which component dies at each merge.
 *
 * <p>Components get raw ids 0, 1, … in order of birth. Because the sweep order is (value from the
 * extreme end, then sample index), a lower raw id always means an older component, so the elder rule
 * reduces to "the lower raw id survives". Per sample this keeps the raw id of the component it joined
 * at activation ({@code joined}); per component its birth, peak, death and the component it merged
 * into. Not thread-safe.
 */
final class MergeTree {

    static final int INACTIVE = -1;

    private final double[] v;
    private final int nx;
    private final int ny;
    private final SetMode mode;
    private final Connectivity connectivity;
    private final double essentialDeath;
    private final UnionFind sets;
    /** Raw component of each union-find root (only meaningful at roots); −1 while a root has none. */
    private final int[] rootComponent;
    /** Per sample: raw component joined at activation, {@link #INACTIVE} before. */
    final int[] joined;

    double[] birth = new double[16];
    double[] death = new double[16];
    int[] peak = new int[16];
    int[] parent = new int[16];
    int count;

    MergeTree(SampledField f, SetMode mode, Connectivity connectivity) {
        this.v = f.values();
        this.nx = f.nx();
        this.ny = f.ny();
        this.mode = mode;
        this.connectivity = connectivity;
        this.essentialDeath = mode == SetMode.SUPERLEVEL ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        this.sets = new UnionFind(v.length);
        this.rootComponent = new int[v.length];
        this.joined = new int[v.length];
        Arrays.fill(joined, INACTIVE);
    }

    /** Adds sample p at level v[p]: links it to its active neighbours, or starts a new component. */
    void activate(int p) {
        double level = v[p];
        rootComponent[p] = -1;
        int i = p % nx;
        int j = p / nx;
        linkIfActive(p, i > 0, p - 1, level);
        linkIfActive(p, i + 1 < nx, p + 1, level);
        linkIfActive(p, j > 0, p - nx, level);
        linkIfActive(p, j + 1 < ny, p + nx, level);
        if (connectivity != Connectivity.FOUR) {
            linkDiagonal(p, i, j, -1, -1, level);
            linkDiagonal(p, i, j, 1, -1, level);
            linkDiagonal(p, i, j, -1, 1, level);
            linkDiagonal(p, i, j, 1, 1, level);
        }
        int r = sets.find(p);
        if (rootComponent[r] < 0) {
            rootComponent[r] = newComponent(p, level);
        }
        joined[p] = rootComponent[r];
    }

    private void linkIfActive(int p, boolean exists, int q, double level) {
        if (exists && joined[q] != INACTIVE) {
            link(p, q, level);
        }
    }

    /**
     * The diagonal p–q enters the filtration at the sweep-later of v[p], v[q] and the cell mean; q is
     * active, so it is at or before v[p]. If the mean is at or before v[p] the edge enters now; if it
     * comes later, the edge is a separate saddle event (see {@link PersistenceSweep}).
     */
    private void linkDiagonal(int p, int i, int j, int di, int dj, double level) {
        int qi = i + di;
        int qj = j + dj;
        if (qi < 0 || qj < 0 || qi >= nx || qj >= ny) {
            return;
        }
        int q = qj * nx + qi;
        if (joined[q] == INACTIVE) {
            return;
        }
        if (connectivity == Connectivity.EIGHT
                || mode.contains(SaddleRule.cellMean(v, Math.min(j, qj) * nx + Math.min(i, qi), nx), level)) {
            link(p, q, level);
        }
    }

    /** Unions the sets of a and b (a may still be without a component); merge level = level. */
    void link(int a, int b, double level) {
        int ra = sets.find(a);
        int rb = sets.find(b);
        if (ra == rb) {
            return;
        }
        int ca = rootComponent[ra];
        int cb = rootComponent[rb];
        int survivor;
        if (ca < 0 || cb < 0) {
            survivor = Math.max(ca, cb);
        } else {
            survivor = Math.min(ca, cb);
            int younger = Math.max(ca, cb);
            death[younger] = level;
            parent[younger] = survivor;
        }
        rootComponent[sets.unionRoots(ra, rb)] = survivor;
    }

    private int newComponent(int p, double level) {
        if (count == birth.length) {
            int n = count * 2;
            birth = Arrays.copyOf(birth, n);
            death = Arrays.copyOf(death, n);
            peak = Arrays.copyOf(peak, n);
            parent = Arrays.copyOf(parent, n);
        }
        birth[count] = level;
        death[count] = essentialDeath;
        peak[count] = p;
        parent[count] = -1;
        return count++;
    }
}
