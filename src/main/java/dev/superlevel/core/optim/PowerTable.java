package dev.superlevel.core.optim;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Math.pow(base, t) for integer t, looked up instead of recomputed: Adam's bias corrections need b1^t and
 * b2^t at every update, and a basins lattice or a sweep runs thousands of optimizers with the same betas.
 * Each entry is {@link Math#pow} itself (computed once), so results are the same bits as calling it.
 * Tables hold exponents 0 … {@value #LENGTH} − 1 (larger t: Math.pow directly); at most
 * {@value #MAX_BASES} bases are kept (the map is cleared beyond). Thread-safe: tables are filled before
 * they are published and never written afterwards.
 */
final class PowerTable {

    static final int LENGTH = 4096;
    static final int MAX_BASES = 16;

    private static final Map<Double, double[]> TABLES = new ConcurrentHashMap<>();

    private PowerTable() {
    }

    /** {@code Math.pow(base, t)}, from the table when 0 ≤ t &lt; {@value #LENGTH}. */
    static double pow(double base, int t) {
        if (t < 0 || t >= LENGTH) {
            return Math.pow(base, t);
        }
        double[] table = TABLES.get(base);
        if (table == null) {
            if (TABLES.size() >= MAX_BASES) {
                TABLES.clear();
            }
            table = TABLES.computeIfAbsent(base, PowerTable::fill);
        }
        return table[t];
    }

    private static double[] fill(double base) {
        double[] table = new double[LENGTH];
        for (int t = 0; t < LENGTH; t++) {
            table[t] = Math.pow(base, t);
        }
        return table;
    }
}
