package dev.superlevel.core.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UnionFindTest {

    @Test
    void freshElementsAreSingletons() {
        UnionFind uf = new UnionFind(4);
        for (int k = 0; k < 4; k++) {
            assertEquals(k, uf.find(k));
            assertEquals(1, uf.setSize(k));
        }
    }

    @Test
    void unionIsTransitiveAndCountsSizes() {
        UnionFind uf = new UnionFind(6);
        uf.union(0, 1);
        uf.union(2, 3);
        uf.union(1, 3);
        assertTrue(uf.isConnected(0, 2));
        assertFalse(uf.isConnected(0, 4));
        assertEquals(4, uf.setSize(3));
        assertEquals(1, uf.setSize(5));
    }

    @Test
    void largerSetRootSurvivesUnion() {
        UnionFind uf = new UnionFind(5);
        uf.union(1, 2);
        uf.union(2, 3);
        int big = uf.find(1);
        assertEquals(big, uf.union(4, 1));
    }

    @Test
    void longChainStaysCorrect() {
        int n = 100_000;
        UnionFind uf = new UnionFind(n);
        for (int k = 1; k < n; k++) {
            uf.union(k - 1, k);
        }
        assertEquals(n, uf.setSize(0));
        assertTrue(uf.isConnected(0, n - 1));
    }

    @Test
    void negativeSizeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new UnionFind(-1));
    }
}
