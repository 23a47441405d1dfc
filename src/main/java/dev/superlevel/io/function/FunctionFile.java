package dev.superlevel.io.function;
import dev.superlevel.core.Limits;
import dev.superlevel.io.InputFileException;
import dev.superlevel.io.InputFiles;
import dev.superlevel.io.dataset.DatasetLossSpec;

import java.nio.file.Path;

/**
 * Reads function files: one loss landscape per UTF-8 text file {@code <name>.fn}, whose name (the file
 * stem) identifies it.
 *
 * <h2>Format</h2>
 * One {@code key = value} per line. {@code #} starts a comment that runs to the end of the line (on a
 * {@code minimum} or {@code maximum} line the comment is the point's source). Blank lines are ignored.
 * Keys are lower case; an unknown or repeated key is an error, so a typo is never silently ignored.
 * Numbers are decimal literals ({@code 2}, {@code -0.5}, {@code 1e-3}); lists are comma-separated.
 * <pre>
 * # Rosenbrock's banana valley
 * title       = Rosenbrock (a = 1, b = 100)        required, once
 * expression  = (a - x)^2 + b*(y - x^2)^2          required, once; x, y, pi, e, the parameters
 * param a     = 1 in [-2, 3]                       any number; default in [min, max]
 * param b     = 100 in [1, 200]
 * domain      = -2, 2, -1, 3                       required, once: xmin, xmax, ymin, ymax
 * start       = -1.5, 2                            optional: suggested optimizer start, inside the domain
 * lambda      = 300                                optional: a level where the set is interesting
 * mode        = superlevel                         optional: superlevel (default) or sublevel, the set λ is for
 * scale       = log                                optional: linear (default) or log colour scale
 * minimum     = 1, 1, 0   # Rosenbrock (1960)      any number: x, y, value  # source (required)
 * maximum     = ...       # source                 any number, as minimum
 * description = The classic curved valley.         any number of lines, joined by spaces
 * </pre>
 *
 * <h2>Data-set functions (issue 7)</h2>
 * Instead of an {@code expression}, a file may define the risk of a model on a labelled data set
 * (exactly one of {@code expression} and {@code dataset}; a data-set function has no {@code param}s).
 * {@code title} and {@code domain} are then optional (defaults: the {@link FunctionDefinition#formula()
 * formula} and the model's view, [−5, 5]² for logistic, [−1, 1]² for an MLP slice). The keys are those of
 * {@link DatasetLossSpec}:
 * <pre>
 * dataset        = blobs.csv          the CSV (x1,x2[,x3…],label[,rho]); a relative path is taken from
 *                                     the .fn file's folder (for a bundled sample: the jar's /sample-functions/)
 * model          = logistic           logistic (default): the risk over θ = (w1, w2); mlp: a 2-D slice
 *                                     (a, b) through a trained MLP
 * bias           = 0                  logistic only: the fixed bias b
 * class-weights  = balanced           balanced (w_c = N/(C·N_c)) or W0,W1,… (default all 1)
 * reg            = l2                 none (default), l1 or l2
 * reg-lambda     = 0.01               λ_reg ≥ 0 (default 0)
 * mlp-activation = tanh               mlp: tanh (default) or relu
 * mlp-hidden     = 16,16              mlp: hidden widths
 * mlp-steps      = 1500               mlp: full-batch training updates
 * mlp-optimizer  = adam               mlp: a core.optim optimizer name
 * mlp-lr         = 0.01               mlp: the training rate
 * mlp-seed       = 1                  mlp: initial weights and slice directions
 * </pre>
 * The CSV must exist when the file is read ({@code blobs-logistic.fn:3: dataset: no such file …}); its
 * contents are read, and an MLP trained, when the loss is built ({@link FunctionDefinition#loss()}).
 *
 * <p>A coordinate or value written with d decimals is taken to be rounded to d decimals; one written
 * without a decimal point is taken to be exact ({@link KnownPoint}).
 *
 * <p>The file is read only if it is a regular file of at most {@link Limits#MAX_FUNCTION_FILE_BYTES}
 * bytes of UTF-8 text ({@link InputFiles}); a leading byte-order mark is ignored.
 *
 * <p>Errors are {@link FunctionFileException}s naming the file, the line and the problem, e.g.
 * {@code rosenbrock.fn:7: unknown key 'lamda' (did you mean 'lambda'?)}. Thread-safe (stateless).
 */
public final class FunctionFile {

    /** The extension of function files. */
    public static final String EXTENSION = ".fn";

    private FunctionFile() {
    }

    /**
     * Reads and validates the function file at {@code path}; the definition's name is the file stem.
     *
     * @throws FunctionFileException if the file is missing, unreadable or malformed
     */
    public static FunctionDefinition read(Path path) {
        String origin = String.valueOf(path.getFileName());
        String text;
        try {
            text = InputFiles.readText(path, Limits.MAX_FUNCTION_FILE_BYTES, "function file");
        } catch (InputFileException e) {
            throw new FunctionFileException(path.toString(), 0, e.problem());
        }
        Path folder = path.toAbsolutePath().getParent();
        return new FunctionFileParser(stemOf(origin), origin, folder, null).parse(text);
    }

    /**
     * Parses function-file text.
     *
     * @param text the file's contents
     * @param name the definition's name (normally the file stem)
     * @param origin what to call the text in error messages (normally the file name)
     * @throws FunctionFileException naming origin, line and problem
     */
    public static FunctionDefinition parse(String text, String name, String origin) {
        return new FunctionFileParser(name, origin, null, null).parse(text);
    }

    /**
     * Parses a function file bundled as a class-path resource in {@code resourceFolder} (e.g.
     * {@code /sample-functions/}); a relative {@code dataset} is a resource in that folder.
     */
    static FunctionDefinition parseResource(String text, String name, String origin, String resourceFolder) {
        return new FunctionFileParser(name, origin, null, resourceFolder).parse(text);
    }

    /** {@code "rosenbrock.fn"} → {@code "rosenbrock"}; a name without the extension is returned as is. */
    public static String stemOf(String fileName) {
        return fileName.endsWith(EXTENSION)
                ? fileName.substring(0, fileName.length() - EXTENSION.length())
                : fileName;
    }
}
