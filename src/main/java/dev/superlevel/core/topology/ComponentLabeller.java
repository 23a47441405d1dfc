package dev.superlevel.core.topology;

import dev.superlevel.core.grid.SampledField;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Labels the connected components of one level set S_λ of a sampled field (SPEC §2): superlevel
 * {L ≥ λ} or sublevel {L ≤ λ}; undefined samples (NaN, ±∞) are in no set.
 *
 * <p>Neighbour stencil, seen from sample p while scanning rows j = 0, 1, … and columns i = 0, 1, …
 * (only neighbours already visited are linked, which links every edge exactly once):
 *
 * <pre>
 *   FOUR          EIGHT          CONTOUR
 *   .  .  .       .  .  .        .  .  .
 *   W  p  .       W  p  .        W  p  .
 *   .  S  .       SW S  SE       sw S  se     sw / se: the rising diagonal of the cell below-left
 *                                             and the falling diagonal of the cell below-right,
 *                                             linked per {@link SaddleRule}
 * </pre>
 *
 * Cost O(N·α(N)) time, 16 bytes per sample (union-find parents and sizes, label per root, labels).
 * Stateless and thread-safe.
 */
public final class ComponentLabeller {

    private ComponentLabeller() {
    }

    /**
     * @throws IllegalArgumentException if λ is NaN or an argument is null
     */
    public static Labelling label(SampledField f, double lambda, SetMode mode, Connectivity c) {
        Objects.requireNonNull(f, "field");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(c, "connectivity");
        if (Double.isNaN(lambda)) {
            throw new IllegalArgumentException("level λ must be a number, got NaN");
        }
        UnionFind sets = linkNeighbours(f, lambda, mode, c);
        int[] labels = new int[f.values().length];
        int count = assignLabels(f, lambda, mode, sets, labels);
        return new Labelling(labels, count, describe(f, mode, labels, count));
    }

    private static UnionFind linkNeighbours(SampledField f, double lambda, SetMode mode, Connectivity c) {
        double[] v = f.values();
        int nx = f.nx();
        UnionFind sets = new UnionFind(v.length);
        for (int j = 0; j < f.ny(); j++) {
            for (int i = 0; i < nx; i++) {
                int k = j * nx + i;
                if (!mode.contains(v[k], lambda)) {
                    continue;
                }
                if (i > 0 && mode.contains(v[k - 1], lambda)) {
                    sets.union(k, k - 1);
                }
                if (j > 0) {
                    linkRowBelow(v, nx, i, k, lambda, mode, c, sets);
                }
            }
        }
        return sets;
    }

    private static void linkRowBelow(double[] v, int nx, int i, int k, double lambda, SetMode mode,
            Connectivity c, UnionFind sets) {
        int s = k - nx;
        if (mode.contains(v[s], lambda)) {
            sets.union(k, s);
        }
        if (c == Connectivity.FOUR) {
            return;
        }
        if (i > 0 && isDiagonalLinked(v, nx, s - 1, true, lambda, mode, c)) {
            sets.union(k, s - 1);
        }
        if (i + 1 < nx && isDiagonalLinked(v, nx, s, false, lambda, mode, c)) {
            sets.union(k, s + 1);
        }
    }

    /** Whether the diagonal of the cell with bottom-left sample {@code cell} links its two ends. */
    private static boolean isDiagonalLinked(double[] v, int nx, int cell, boolean rising, double lambda,
            SetMode mode, Connectivity c) {
        if (c == Connectivity.EIGHT) {
            int a = rising ? cell : cell + 1;
            int b = rising ? cell + nx + 1 : cell + nx;
            return mode.contains(v[a], lambda) && mode.contains(v[b], lambda);
        }
        return SaddleRule.isDiagonalLinked(v, cell, nx, rising, mode, lambda);
    }

    /** Numbers the sets in order of their lowest sample index; returns the count. */
    private static int assignLabels(SampledField f, double lambda, SetMode mode, UnionFind sets,
            int[] labels) {
        double[] v = f.values();
        int[] labelOfRoot = new int[v.length];
        Arrays.fill(labelOfRoot, -1);
        int count = 0;
        for (int k = 0; k < v.length; k++) {
            if (!mode.contains(v[k], lambda)) {
                labels[k] = -1;
                continue;
            }
            int r = sets.find(k);
            if (labelOfRoot[r] < 0) {
                labelOfRoot[r] = count++;
            }
            labels[k] = labelOfRoot[r];
        }
        return count;
    }

    private static List<ComponentInfo> describe(SampledField f, SetMode mode, int[] labels, int count) {
        double[] v = f.values();
        int nx = f.nx();
        int[] size = new int[count];
        int[] peak = new int[count];
        int[] minI = new int[count];
        int[] minJ = new int[count];
        int[] maxI = new int[count];
        int[] maxJ = new int[count];
        Arrays.fill(peak, -1);
        Arrays.fill(minI, Integer.MAX_VALUE);
        Arrays.fill(minJ, Integer.MAX_VALUE);
        for (int k = 0; k < v.length; k++) {
            int l = labels[k];
            if (l < 0) {
                continue;
            }
            int i = k % nx;
            int j = k / nx;
            size[l]++;
            // strict comparison keeps the lowest index among equal peaks
            if (peak[l] < 0 || isBeyond(v[k], v[peak[l]], mode)) {
                peak[l] = k;
            }
            minI[l] = Math.min(minI[l], i);
            minJ[l] = Math.min(minJ[l], j);
            maxI[l] = Math.max(maxI[l], i);
            maxJ[l] = Math.max(maxJ[l], j);
        }
        List<ComponentInfo> infos = new ArrayList<>(count);
        for (int l = 0; l < count; l++) {
            infos.add(new ComponentInfo(l, size[l], v[peak[l]], peak[l], minI[l], minJ[l], maxI[l], maxJ[l]));
        }
        return infos;
    }

    /** Whether a is strictly more extreme than b in the sweep direction of the mode. */
    private static boolean isBeyond(double a, double b, SetMode mode) {
        return mode == SetMode.SUPERLEVEL ? a > b : a < b;
    }
}
