package dev.superlevel.core.topology;

import java.util.Arrays;

/**
 * Disjoint sets over the integers 0 … n−1, on flat {@code int[]} arrays: path halving in
 * {@link #find} and union by size, so any sequence of m operations costs O(m·α(n)).
 *
 * <p>Not thread-safe: one instance belongs to one computation.
 */
public final class UnionFind {

    private final int[] parent;
    private final int[] size;

    /** n singleton sets {0}, {1}, …, {n−1}. */
    public UnionFind(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("union-find size must be non-negative, got " + n);
        }
        parent = new int[n];
        size = new int[n];
        for (int k = 0; k < n; k++) {
            parent[k] = k;
        }
        Arrays.fill(size, 1);
    }

    /** Number of elements (not of sets). */
    public int elementCount() {
        return parent.length;
    }

    /** The representative of x's set; halves the path on the way (every node points to its grandparent). */
    public int find(int x) {
        int[] p = parent;
        while (p[x] != x) {
            p[x] = p[p[x]];
            x = p[x];
        }
        return x;
    }

    /**
     * Merges the sets of a and b; the larger set's root becomes the root (ties: a's root).
     *
     * @return the root of the merged set
     */
    public int union(int a, int b) {
        return unionRoots(find(a), find(b));
    }

    /** Like {@link #union} for two elements already known to be roots (saves two finds in hot loops). */
    int unionRoots(int ra, int rb) {
        if (ra == rb) {
            return ra;
        }
        if (size[ra] < size[rb]) {
            int t = ra;
            ra = rb;
            rb = t;
        }
        parent[rb] = ra;
        size[ra] += size[rb];
        return ra;
    }

    public boolean isConnected(int a, int b) {
        return find(a) == find(b);
    }

    /** Number of elements in x's set. */
    public int setSize(int x) {
        return size[find(x)];
    }
}
