package dev.superlevel.io.function;

import dev.superlevel.core.grid.Domain;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns the {@code --function F} text of the CLI (and the app's function box) into a definition:
 * <ol>
 *   <li>a bundled sample's stem ({@code rosenbrock}) → that sample;</li>
 *   <li>text ending in {@code .fn} → the function file at that path (relative to the working
 *       directory); a missing file is an error, never an expression;</li>
 *   <li>anything else → an expression in x and y, viewed in the default domain [−5, 5]².</li>
 * </ol>
 * Expressions cannot collide with sample stems: the only names an expression may use are x, y, pi, e
 * and functions, and no sample is named after one of them. Thread-safe (stateless).
 */
public final class FunctionResolver {

    private FunctionResolver() {
    }

    /**
     * Resolves {@code f} as described above. The expression is not compiled here.
     *
     * @throws FunctionFileException if f names a function file that is missing or malformed
     * @throws IllegalArgumentException if f is blank
     */
    public static FunctionDefinition resolve(String f) {
        if (f == null || f.isBlank()) {
            throw new IllegalArgumentException("function is empty: give a sample name, a .fn file or an expression");
        }
        String text = f.strip();
        var sample = FunctionLibrary.sample(text);
        if (sample.isPresent()) {
            return sample.get();
        }
        if (text.toLowerCase(Locale.ROOT).endsWith(FunctionFile.EXTENSION)) {
            return FunctionFile.read(Path.of(text));
        }
        return FunctionDefinition.ofExpression(text, Domain.defaultDomain());
    }
}
