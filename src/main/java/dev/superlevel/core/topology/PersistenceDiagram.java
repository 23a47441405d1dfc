package dev.superlevel.core.topology;

import dev.superlevel.core.grid.SampledField;

import java.util.Arrays;
import java.util.List;

/**
 * The 0-dimensional persistence diagram of a field's super- or sub-level filtration, with what is
 * needed to answer "how many components, and which sample is in which" at any λ without relabelling.
 *
 * <p>Pairs are ordered by birth, oldest first (superlevel: highest birth first; sublevel: lowest),
 * ties by peak index; a pair's id is its index in {@link #pairs()} and names the component at every λ
 * where it is alive, so colours keyed by id stay stable while λ moves. Id 0 is the global extreme and
 * essential (death −∞, sublevel +∞); further essential pairs exist only when undefined samples cut the
 * grid into regions that no edge joins.
 *
 * <p>A pair is alive at λ iff birth is in the set and death is not: superlevel birth ≥ λ > death,
 * sublevel birth ≤ λ < death. Immutable after construction and thread-safe.
 */
public final class PersistenceDiagram {

    private final SampledField field;
    private final SetMode mode;
    private final Connectivity connectivity;
    private final List<PersistencePair> pairs;
    private final double[] death;
    private final double[] persistence;
    /** Pair id each pair merges into at its death; −1 for essential pairs. */
    private final int[] parent;
    /** Per sample: the pair id of the component it joined when it entered the filtration; −1 if undefined. */
    private final int[] sampleComponent;
    private final double[] sortedBirths;
    private final double[] sortedFiniteDeaths;
    private volatile Threshold threshold;

    /** Births and finite deaths of the pairs with persistence ≥ minPersistence, ascending. */
    private record Threshold(double minPersistence, double[] births, double[] deaths) {
    }

    PersistenceDiagram(SampledField field, SetMode mode, Connectivity connectivity,
            List<PersistencePair> pairs, int[] parent, int[] sampleComponent) {
        this.field = field;
        this.mode = mode;
        this.connectivity = connectivity;
        this.pairs = List.copyOf(pairs);
        this.parent = parent;
        this.sampleComponent = sampleComponent;
        this.death = new double[pairs.size()];
        this.persistence = new double[pairs.size()];
        for (int id = 0; id < pairs.size(); id++) {
            death[id] = pairs.get(id).death();
            persistence[id] = pairs.get(id).persistence();
        }
        Threshold all = threshold(0);
        this.sortedBirths = all.births();
        this.sortedFiniteDeaths = all.deaths();
    }

    public SampledField field() {
        return field;
    }

    public SetMode mode() {
        return mode;
    }

    public Connectivity connectivity() {
        return connectivity;
    }

    /** All pairs with birth ≠ death, ordered by birth (oldest first), ties by peak index. */
    public List<PersistencePair> pairs() {
        return pairs;
    }

    /** The pair id that pair {@code id} merges into at its death, −1 for an essential pair. */
    public int mergedInto(int id) {
        return parent[id];
    }

    /**
     * The pair id of the component sample p joined when it entered the filtration (at its own level;
     * zero-persistence components already folded into the one they merged into), −1 if undefined.
     */
    int componentOf(int p) {
        return sampleComponent[p];
    }

    /** Number of components of S_λ: the number of pairs alive at λ. O(log #pairs). */
    public int componentCount(double lambda) {
        requireLevel(lambda);
        return countIn(sortedBirths, lambda) - countIn(sortedFiniteDeaths, lambda);
    }

    /**
     * Number of components of S_λ after every component with persistence &lt; minPersistence is treated
     * as merged into its parent: the number of alive pairs with persistence ≥ minPersistence.
     * O(log #pairs), plus O(#pairs log #pairs) once when minPersistence changes.
     */
    public int componentCount(double lambda, double minPersistence) {
        requireLevel(lambda);
        if (!(minPersistence > 0)) {
            requireMinPersistence(minPersistence);
            return componentCount(lambda);
        }
        Threshold t = threshold;
        if (t == null || t.minPersistence() != minPersistence) {
            t = threshold(minPersistence);
            threshold = t;
        }
        return countIn(t.births(), lambda) - countIn(t.deaths(), lambda);
    }

    /**
     * Writes, per sample, the pair id of its component at λ (the identity of the component's oldest
     * peak), or −1 outside the set. Components with persistence &lt; minPersistence carry the id of
     * the component they merge into. O(#pairs + N).
     *
     * @param out an array of length nx·ny, overwritten
     */
    public void labelsAt(double lambda, double minPersistence, int[] out) {
        requireLevel(lambda);
        requireMinPersistence(minPersistence);
        if (out.length != sampleComponent.length) {
            throw new IllegalArgumentException("labelsAt: output has " + out.length
                    + " entries, the field has " + sampleComponent.length + " samples");
        }
        int[] resolved = resolve(lambda, minPersistence);
        double[] v = field.values();
        for (int p = 0; p < out.length; p++) {
            out[p] = mode.contains(v[p], lambda) ? resolved[sampleComponent[p]] : -1;
        }
    }

    /** {@link #labelsAt(double, double, int[])} into a new array. */
    public int[] labelsAt(double lambda, double minPersistence) {
        int[] out = new int[sampleComponent.length];
        labelsAt(lambda, minPersistence, out);
        return out;
    }

    /** For each pair id, the id its samples show at λ; parents have lower ids, so one forward pass. */
    private int[] resolve(double lambda, double minPersistence) {
        int[] resolved = new int[pairs.size()];
        for (int id = 0; id < resolved.length; id++) {
            boolean merged = Double.isFinite(death[id]) && mode.contains(death[id], lambda);
            boolean kept = !merged && persistence[id] >= minPersistence;
            resolved[id] = kept || parent[id] < 0 ? id : resolved[parent[id]];
        }
        return resolved;
    }

    /** Distinct finite births and deaths, ascending. */
    public double[] eventLevels() {
        double[] all = new double[sortedBirths.length + sortedFiniteDeaths.length];
        System.arraycopy(sortedBirths, 0, all, 0, sortedBirths.length);
        System.arraycopy(sortedFiniteDeaths, 0, all, sortedBirths.length, sortedFiniteDeaths.length);
        Arrays.sort(all);
        int n = 0;
        for (int k = 0; k < all.length; k++) {
            if (n == 0 || all[k] != all[n - 1]) {
                all[n++] = all[k];
            }
        }
        return Arrays.copyOf(all, n);
    }

    /** β₀ at every event level (see {@link BettiCurve} for the step convention). */
    public BettiCurve bettiCurve() {
        double[] levels = eventLevels();
        int[] counts = new int[levels.length];
        for (int k = 0; k < levels.length; k++) {
            counts[k] = componentCount(levels[k]);
        }
        return new BettiCurve(levels, counts);
    }

    private Threshold threshold(double minPersistence) {
        double[] births = new double[pairs.size()];
        double[] deaths = new double[pairs.size()];
        int nb = 0;
        int nd = 0;
        for (int id = 0; id < pairs.size(); id++) {
            if (persistence[id] >= minPersistence) {
                births[nb++] = pairs.get(id).birth();
                if (Double.isFinite(death[id])) {
                    deaths[nd++] = death[id];
                }
            }
        }
        births = Arrays.copyOf(births, nb);
        deaths = Arrays.copyOf(deaths, nd);
        Arrays.sort(births);
        Arrays.sort(deaths);
        return new Threshold(minPersistence, births, deaths);
    }

    /** How many entries of an ascending array are in the set at λ (≥ λ superlevel, ≤ λ sublevel). */
    private int countIn(double[] ascending, double lambda) {
        int lo = 0;
        int hi = ascending.length;
        boolean superlevel = mode == SetMode.SUPERLEVEL;
        // first index whose entry is ≥ λ (superlevel) or > λ (sublevel)
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            boolean before = superlevel ? ascending[mid] < lambda : ascending[mid] <= lambda;
            if (before) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return superlevel ? ascending.length - lo : lo;
    }

    private static void requireLevel(double lambda) {
        if (Double.isNaN(lambda)) {
            throw new IllegalArgumentException("level λ must be a number, got NaN");
        }
    }

    private static void requireMinPersistence(double minPersistence) {
        if (Double.isNaN(minPersistence) || minPersistence < 0) {
            throw new IllegalArgumentException("minimum persistence must be ≥ 0, got " + minPersistence);
        }
    }
}
