package dev.superlevel.core.data;

/**
 * The error of {@link FloatTanh} against {@link Math#tanh} on every float of [−12, 12] (2.2·10⁹ arguments, about
 * two minutes on two idle cores): the largest error in float ulps of the correctly rounded result, where, and
 * the largest relative error. A measurement, not a test (it sits beside the class it measures, which is
 * package-private); {@link FloatTanhTest} checks every 61st of these arguments. Run after
 * {@code mvn -B -q -o test-compile}:
 * {@code java -cp target/test-classes:target/classes dev.superlevel.core.data.FloatTanhExhaustive}.
 */
public final class FloatTanhExhaustive {
    private FloatTanhExhaustive() {
    }

    public static void main(String[] args) throws InterruptedException {
        int top = Float.floatToIntBits(12f);
        int threads = Runtime.getRuntime().availableProcessors();
        double[][] worst = new double[threads][3];
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int first = t;
            workers[t] = new Thread(() -> scan(first, threads, top, worst[first]));
            workers[t].start();
        }
        double ulps = 0;
        double at = 0;
        double relative = 0;
        for (int t = 0; t < threads; t++) {
            workers[t].join();
            if (worst[t][0] > ulps) {
                ulps = worst[t][0];
                at = worst[t][1];
            }
            relative = Math.max(relative, worst[t][2]);
        }
        System.out.printf("every float in [-12, 12]: max %.3f float ulps (at x = %s), max relative error %.3e%n", ulps,
                (float) at, relative);
    }

    /** Scans the bit patterns first, first + step, … ≤ top and their negatives into {ulps, where, relative}. */
    private static void scan(int first, int step, int top, double[] out) {
        for (int bits = first; bits <= top; bits += step) {
            float x = Float.intBitsToFloat(bits);
            for (float arg : new float[] {x, -x}) {
                double exact = Math.tanh(arg);
                double error = Math.abs(FloatTanh.tanh(arg) - exact);
                double ulps = error / Math.ulp((float) exact);
                if (ulps > out[0]) {
                    out[0] = ulps;
                    out[1] = arg;
                }
                if (exact != 0) {
                    out[2] = Math.max(out[2], error / Math.abs(exact));
                }
            }
        }
    }
}
