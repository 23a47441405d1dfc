package dev.superlevel.core.topology;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.grid.SampledField;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The merge tree of a sampled field's level-set filtration (SPEC §2): one branch per persistence pair,
 * shared by the topology summary, the landscape profile and the basin ids of the analysis features.
 *
 * <p>Sub-level mode (the usual one for losses): each branch is born at a local minimum, grows as λ
 * rises, and dies when it meets an older branch (the one with the lower minimum) at a saddle; the
 * global minimum's branch never dies. Super-level mode mirrors this with maxima. Branches with
 * persistence below {@code minPersistence} are folded into the branch they merge into: their samples
 * count for that branch, their own entries disappear.
 *
 * <p><b>Ids</b> are 0, 1, … in birth order, oldest first (sub-level: lowest minimum first), ties by the
 * extreme's sample index, so the same landscape, connectivity and threshold give the same ids whatever
 * else changes (colours of basins match across optimizer configurations).
 *
 * <p><b>Basin of a sample</b> ({@link #basinOf}): the branch whose component the sample joins at its
 * own level, i.e. <em>flooding</em>, not steepest descent. When the sample is a merge (saddle) sample it
 * belongs to the surviving, older branch. Ties enter in sample-index order (SPEC §2), so a sample that
 * enters at exactly the level where its branch dies, before the sample that merges it, keeps that branch.
 * A branch's {@link Branch#size()} is the number of samples whose basin it is; the sizes sum to the number
 * of defined samples.
 *
 * <p>Built from a {@link PersistenceDiagram} in O(N + #pairs). Immutable and thread-safe.
 */
public final class MergeTree {

    /**
     * One branch of the tree.
     *
     * @param id          its id (birth order, see class comment)
     * @param birth       the extreme's value (sub-level: the minimum)
     * @param birthIndex  flat sample index j·nx + i of the extreme
     * @param x           the extreme's x (grid node)
     * @param y           the extreme's y (grid node)
     * @param death       the level at which it merges into its parent; +∞ (sub-level) or −∞ if never
     * @param persistence |death − birth|, +∞ for an essential branch
     * @param size        samples whose basin this branch is (≥ 1)
     * @param parent      id of the branch it merges into, −1 for an essential branch
     */
    public record Branch(int id, double birth, int birthIndex, double x, double y, double death,
            double persistence, int size, int parent) {

        /** Whether this branch never dies (the global extreme of its region of defined samples). */
        public boolean isEssential() {
            return parent < 0;
        }
    }

    private final PersistenceDiagram diagram;
    private final double minPersistence;
    private final List<Branch> branches;
    /** Per pair id of the diagram: the branch id its samples count for. */
    private final int[] branchOfPair;
    private final int definedSamples;

    private MergeTree(PersistenceDiagram diagram, double minPersistence) {
        this.diagram = diagram;
        this.minPersistence = minPersistence;
        List<PersistencePair> pairs = diagram.pairs();
        branchOfPair = new int[pairs.size()];
        List<Integer> keptPairs = new ArrayList<>();
        for (int id = 0; id < pairs.size(); id++) {
            // a parent is older, so it has a lower id and is resolved already; essential pairs are kept
            boolean kept = pairs.get(id).persistence() >= minPersistence || diagram.mergedInto(id) < 0;
            branchOfPair[id] = kept ? keptPairs.size() : branchOfPair[diagram.mergedInto(id)];
            if (kept) {
                keptPairs.add(id);
            }
        }
        int[] sizes = new int[keptPairs.size()];
        int defined = 0;
        int n = diagram.field().spec().size();
        for (int p = 0; p < n; p++) {
            int pair = diagram.componentOf(p);
            if (pair >= 0) {
                sizes[branchOfPair[pair]]++;
                defined++;
            }
        }
        this.definedSamples = defined;
        this.branches = List.copyOf(buildBranches(keptPairs, sizes));
    }

    private List<Branch> buildBranches(List<Integer> keptPairs, int[] sizes) {
        GridSpec spec = diagram.field().spec();
        List<Branch> out = new ArrayList<>(keptPairs.size());
        for (int b = 0; b < keptPairs.size(); b++) {
            int id = keptPairs.get(b);
            PersistencePair pair = diagram.pairs().get(id);
            int into = diagram.mergedInto(id);
            int peak = pair.peakIndex();
            out.add(new Branch(b, pair.birth(), peak, spec.x(peak % spec.nx()), spec.y(peak / spec.nx()),
                    pair.death(), pair.persistence(), sizes[b], into < 0 ? -1 : branchOfPair[into]));
        }
        return out;
    }

    /**
     * The tree of a computed diagram.
     *
     * @param minPersistence branches with persistence below this are folded into their parent (≥ 0)
     */
    public static MergeTree of(PersistenceDiagram diagram, double minPersistence) {
        Objects.requireNonNull(diagram, "diagram");
        if (!(minPersistence >= 0)) {
            throw new IllegalArgumentException("minimum persistence must be ≥ 0, got " + minPersistence);
        }
        return new MergeTree(diagram, minPersistence);
    }

    /** The sub-level merge tree (basins of minima) of a field; see {@link PersistenceSweep}. */
    public static MergeTree sublevel(SampledField field, Connectivity connectivity, double minPersistence,
            Cancellation cancel) {
        return of(PersistenceSweep.compute(field, SetMode.SUBLEVEL, connectivity, cancel), minPersistence);
    }

    /** The branches, by id. */
    public List<Branch> branches() {
        return branches;
    }

    /** The branches that merge into branch {@code id}, by id. */
    public List<Branch> children(int id) {
        Objects.checkIndex(id, branches.size());
        return branches.stream().filter(b -> b.parent() == id).toList();
    }

    /** The branch sample p belongs to at its own level (see class comment), −1 if p is undefined. */
    public int basinOf(int p) {
        int pair = diagram.componentOf(p);
        return pair < 0 ? -1 : branchOfPair[pair];
    }

    /**
     * The basin of the grid node nearest to (x, y) (a tie rounds up), −1 when the point is not
     * finite, lies outside the grid's domain, or its nearest node is undefined.
     */
    public int basinAt(double x, double y) {
        GridSpec spec = diagram.field().spec();
        if (!Double.isFinite(x) || !Double.isFinite(y) || !spec.domain().contains(x, y)) {
            return -1;
        }
        int i = nearest(x, spec.domain().xmin(), spec.domain().width(), spec.nx());
        int j = nearest(y, spec.domain().ymin(), spec.domain().height(), spec.ny());
        return basinOf(j * spec.nx() + i);
    }

    private static int nearest(double t, double min, double extent, int n) {
        long k = Math.round((t - min) / extent * (n - 1));
        return (int) Math.max(0, Math.min(n - 1, k));
    }

    /** The number of defined samples: the sum of all branch sizes. */
    public int definedSamples() {
        return definedSamples;
    }

    public double minPersistence() {
        return minPersistence;
    }

    public SetMode mode() {
        return diagram.mode();
    }

    public Connectivity connectivity() {
        return diagram.connectivity();
    }

    public SampledField field() {
        return diagram.field();
    }

    /** The diagram the tree was built from (all pairs, unthresholded). */
    public PersistenceDiagram diagram() {
        return diagram;
    }
}
