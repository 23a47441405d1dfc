package dev.superlevel.core;

/**
 * Every limit Superlevel places on what it reads, in one place (issue 12). Files are shared — a PNG
 * carries its session, a session names a function file, a function file names a data set — so every
 * input is untrusted; these bounds make sure that no file can hang the program, exhaust its memory or
 * make it read a device. The CLI and the app call the same readers, so they enforce the same limits.
 * Past a limit the reader refuses up front with a message naming the file, the limit and the value;
 * nothing is truncated silently. The README's "Limits" table lists the same values.
 *
 * <p>Pure constants; thread-safe.
 */
public final class Limits {

    /** 1 MiB in bytes. */
    private static final long MIB = 1L << 20;

    /** Largest function file ({@code .fn}) in bytes: a hand-written text of a few hundred bytes. */
    public static final long MAX_FUNCTION_FILE_BYTES = MIB;

    /** Largest session JSON file in bytes: a session is kilobytes. */
    public static final long MAX_SESSION_FILE_BYTES = 4 * MIB;

    /** Largest data-set CSV in bytes (about {@value #MAX_DATASET_ROWS} rows of a few features). */
    public static final long MAX_DATASET_FILE_BYTES = 64 * MIB;

    /** Most data rows of a data-set CSV: enough for any 2-D teaching set, small enough to train an MLP on. */
    public static final int MAX_DATASET_ROWS = 1_000_000;

    /** Largest PNG read for its embedded session, in bytes (an exported 16384² figure stays well below). */
    public static final long MAX_PNG_FILE_BYTES = 512 * MIB;

    /**
     * Most bytes any PNG text chunk may hold or inflate to, and the most its session text may be: a
     * session is kilobytes, so a chunk past this is not one of ours, or hostile.
     */
    public static final int MAX_PNG_TEXT_BYTES = (int) MIB;

    /** Deepest nesting of JSON objects and arrays in a session (a session nests 4 levels). */
    public static final int MAX_JSON_DEPTH = 32;

    /** Longest JSON number in characters (a double needs at most 24). */
    public static final int MAX_JSON_NUMBER_LENGTH = 64;

    /** Longest JSON string in characters (an expression is at most 10,000). */
    public static final int MAX_JSON_STRING_LENGTH = 100_000;

    /** Most named parameters of a function (checked before anything is compiled). */
    public static final int MAX_PARAMETERS = 100;

    /** Most optimizer steps of one run. */
    public static final int MAX_RUN_STEPS = 1_000_000;

    /** Most training updates of an MLP data-set function ({@code mlp-steps}). */
    public static final int MAX_TRAINING_STEPS = 1_000_000;

    /** Most optimizer steps over all runs of one session or command (each run has at most 10⁶ too). */
    public static final long MAX_TOTAL_STEPS = 1_000_000;

    /** Most runs of one session or command. */
    public static final int MAX_RUNS = 100;

    /** Largest grid side: N × N samples (the same as {@code GridSpec.MAX_SIDE}). */
    public static final int MAX_GRID_SIDE = 4096;

    /** Largest surface file (.h5, .npz, .npy) in bytes: eight float64 arrays of 4096² are just under 1 GiB. */
    public static final long MAX_SURFACE_FILE_BYTES = 1024 * MIB;

    /** Most samples of a surface read from a file: {@value #MAX_GRID_SIDE} per axis, squared. */
    public static final long MAX_SURFACE_SAMPLES = (long) MAX_GRID_SIDE * MAX_GRID_SIDE;

    /** Most points of a recorded training path (a path CSV of this many rows is about 50 MB). */
    public static final int MAX_PATH_POINTS = 1_000_000;

    /** Largest figure side in pixels. */
    public static final int MAX_IMAGE_SIDE = 16384;

    /** Most pixels of one figure (8192 × 8192; a 16384² ARGB image alone would take 1 GiB). */
    public static final long MAX_IMAGE_PIXELS = 8192L * 8192L;

    /** Most frames of an animated GIF. */
    public static final int MAX_FRAMES = 1000;

    /** Fewest frames per second of an animation: a GIF frame shows at most 655.35 s; 0.1 fps is 10 s. */
    public static final double MIN_FPS = 0.1;

    /** Most frames per second of an animation: GIF delays are in 1/100 s, and 2/100 s is the least all viewers honour. */
    public static final double MAX_FPS = 50;

    private Limits() {
    }

    /** {@code 1048576} → {@code "1 MiB"}; other sizes in bytes. For messages. */
    public static String bytes(long n) {
        if (n >= MIB && n % MIB == 0) {
            return n / MIB + " MiB";
        }
        return n + " bytes";
    }
}
