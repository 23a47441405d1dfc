package dev.superlevel.core.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.function.Derivatives;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

import java.util.List;

/** Open-ended inputs: any string compiles or fails with a ParseException, never anything else. */
class ExpressionPropertiesTest {

    private static final String VALID = "(1-x)^2 + 100*(y-x^2)^2 - atan2(y, x) * sin(-x**2) / hypot(x, 2.5e-1)"
            + " + min(x, y) ^ -max(.5, y) + log(pi * e) - sqrt(abs(x))";

    private static final String ALPHABET = "xy0123456789.eE+-*/^(),  \tpisncoaqrtlgmhb_#";

    /** Compiles and, if that succeeds, evaluates every path: only ParseException may escape. */
    /** Compiles and evaluates {@code source}; returns "compiled" or "rejected" for the property's statistics. */
    private static String compileAndEvaluate(String source) {
        CompiledExpression f;
        try {
            f = ExpressionCompiler.compile(source);
        } catch (ParseException expected) {
            assertTrue(expected.getMessage().startsWith("column " + expected.column() + ": "));
            assertTrue(expected.column() >= 1 && expected.column() <= Math.max(1, source.length() + 1));
            assertTrue(expected.caretSnippet().endsWith("^"));
            return "rejected";
        }
        double[] out = new double[3];
        f.valuesAlongRow(new double[] {-1, 0, 0.5}, 0.25, out, 0);
        assertEquals(Double.doubleToLongBits(out[2]), Double.doubleToLongBits(f.value(0.5, 0.25)));
        assertEquals(Double.doubleToLongBits(out[2]), Double.doubleToLongBits(f.derivatives(0.5, 0.25).value()));
        assertEquals(f.canonical(), ExpressionCompiler.compile(f.canonical()).canonical());
        return "compiled";
    }

    /**
     * Counts each outcome (jqwik reports the counts) and requires a minimum of each, so neither path is
     * checked vacuously; minimums are about half of what a run sees.
     */
    private static void requireBoth(String outcome, int minCompiled, int minRejected) {
        net.jqwik.api.statistics.Statistics.label("outcome").collect(outcome);
        net.jqwik.api.statistics.Statistics.label("outcome").coverage(c -> {
            c.check("compiled").count(n -> n >= minCompiled);
            c.check("rejected").count(n -> n >= minRejected);
        });
    }

    @Property(tries = 2000)
    void randomStringsFromTheLanguagesAlphabetOnlyThrowParseException(
            @ForAll("alphabetStrings") String source) {
        requireBoth(compileAndEvaluate(source), 30, 1000); // about 70 of 2000 compile
    }

    @Property(tries = 500)
    void arbitraryUnicodeStringsOnlyThrowParseException(@ForAll @StringLength(max = 40) String source) {
        compileAndEvaluate(source);
    }

    @Property(tries = 200)
    void deepRandomNestingOnlyThrowsParseException(
            @ForAll @StringLength(min = 150, max = 600) @Chars({'(', '-', 'x', '^', 's'}) @CharRange(from = 'i', to = 'n')
                    String source) {
        compileAndEvaluate(source);
    }

    @Property(tries = 2000)
    void mutatedValidExpressionsOnlyThrowParseException(@ForAll("mutations") String source) {
        requireBoth(compileAndEvaluate(source), 50, 1000); // about 100 of 2000 compile
    }

    @Provide
    Arbitrary<String> alphabetStrings() {
        return Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMaxLength(30);
    }

    @Provide
    Arbitrary<String> mutations() {
        Arbitrary<Integer> position = Arbitraries.integers().between(0, VALID.length() - 1);
        Arbitrary<Character> character = Arbitraries.of(ALPHABET.toCharArray());
        Arbitrary<Integer> kind = Arbitraries.integers().between(0, 2);
        Arbitrary<String> once = Combinators.combine(position, character, kind)
                .as((p, c, k) -> mutate(VALID, p, c, k));
        return once.flatMap(s -> Combinators.combine(Arbitraries.integers().between(0, s.length() - 1),
                character, kind).as((p, c, k) -> mutate(s, p, c, k)));
    }

    private static String mutate(String s, int position, char c, int kind) {
        int p = Math.min(position, Math.max(0, s.length() - 1));
        switch (kind) {
            case 0: return s.substring(0, p) + s.substring(Math.min(s.length(), p + 1)); // delete
            case 1: return s.substring(0, p) + c + s.substring(p); // insert
            default: return s.substring(0, p) + c + s.substring(Math.min(s.length(), p + 1)); // replace
        }
    }

    // ---- random valid expressions: exact derivatives against central differences ----

    @Property(tries = 300)
    void generatedExpressionsHaveDerivativesMatchingCentralDifferences(
            @ForAll("smoothExpressions") String source,
            @ForAll @DoubleRange(min = -1.5, max = 1.5) double x,
            @ForAll @DoubleRange(min = -1.5, max = 1.5) double y) {
        CompiledExpression f = ExpressionCompiler.compile(source);
        Derivatives d = f.derivatives(x, y);
        double h = 1e-4;
        double[] gx = {centralX(f, x, y, h), centralX(f, x, y, h / 2)};
        double[] gy = {centralY(f, x, y, h), centralY(f, x, y, h / 2)};
        checkAgainstDifferences(source + " gx", d.gx(), gx, d);
        checkAgainstDifferences(source + " gy", d.gy(), gy, d);
        double[] hxx = {(f.derivatives(x + h, y).gx() - f.derivatives(x - h, y).gx()) / (2 * h),
            (f.derivatives(x + h / 2, y).gx() - f.derivatives(x - h / 2, y).gx()) / h};
        double[] hxy = {(f.derivatives(x, y + h).gx() - f.derivatives(x, y - h).gx()) / (2 * h),
            (f.derivatives(x, y + h / 2).gx() - f.derivatives(x, y - h / 2).gx()) / h};
        double[] hyy = {(f.derivatives(x, y + h).gy() - f.derivatives(x, y - h).gy()) / (2 * h),
            (f.derivatives(x, y + h / 2).gy() - f.derivatives(x, y - h / 2).gy()) / h};
        checkAgainstDifferences(source + " hxx", d.hxx(), hxx, d);
        checkAgainstDifferences(source + " hxy", d.hxy(), hxy, d);
        checkAgainstDifferences(source + " hyy", d.hyy(), hyy, d);
    }

    private static double centralX(CompiledExpression f, double x, double y, double h) {
        return (f.value(x + h, y) - f.value(x - h, y)) / (2 * h);
    }

    private static double centralY(CompiledExpression f, double x, double y, double h) {
        return (f.value(x, y + h) - f.value(x, y - h)) / (2 * h);
    }

    /**
     * Compares only where the difference quotient is trustworthy: all finite, and the quotients at h and
     * h/2 agree (a large disagreement means high curvature or cancellation: ill-conditioned, skipped).
     */
    private static void checkAgainstDifferences(String what, double exact, double[] quotients, Derivatives d) {
        double scale = 1 + Math.abs(d.value()) + Math.abs(exact);
        boolean wellConditioned = d.isFinite() && Double.isFinite(quotients[0]) && Double.isFinite(quotients[1])
                && Math.abs(quotients[0] - quotients[1]) <= 1e-6 * scale;
        if (wellConditioned) {
            assertEquals(quotients[1], exact, 1e-5 * scale, what);
        }
    }

    @Provide
    Arbitrary<String> smoothExpressions() {
        return expression(4);
    }

    private static Arbitrary<String> expression(int depth) {
        Arbitrary<String> leaf = Arbitraries.oneOf(Arbitraries.of("x", "y", "pi", "e"),
                Arbitraries.integers().between(1, 9).map(n -> Integer.toString(n)),
                Arbitraries.doubles().between(0.1, 3).ofScale(2).map(Object::toString));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<String> sub = Arbitraries.lazy(() -> expression(depth - 1));
        List<String> unary = List.of("sin(%s)", "cos(%s)", "atan(%s)", "tanh(%s)", "exp(%s/4)", "-%s",
                "(%s)^2", "(%s)^3", "sqrt(1 + (%s)^2)", "log(2 + sin(%s))", "cbrt(2 + cos(%s))");
        List<String> binary = List.of("(%s + %s)", "(%s - %s)", "%s * %s", "(%s) / (2 + cos(%s))",
                "hypot(1, %s) * %s", "atan2(%s, 2 + cos(%s))", "pow(2 + sin(%s), %s / 3)", "(%s)^(%s)^0");
        Arbitrary<String> oneArgument = Combinators.combine(Arbitraries.of(unary), sub).as(String::format);
        Arbitrary<String> twoArguments = Combinators.combine(Arbitraries.of(binary), sub, sub)
                .as((pattern, a, b) -> String.format(pattern, a, b));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, leaf),
                net.jqwik.api.Tuple.of(3, oneArgument),
                net.jqwik.api.Tuple.of(4, twoArguments));
    }

    @Property(tries = 100)
    void generatedExpressionsRowPathEqualsScalarAndInterpreter(
            @ForAll("smoothExpressions") String source, @ForAll @IntRange(min = 1, max = 40) int n) {
        CompiledExpression f = ExpressionCompiler.compile(source);
        CompiledExpression reference = f.interpreted();
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = -2 + 4.0 * i / n;
        }
        double[] generated = new double[n];
        double[] interpreted = new double[n];
        f.valuesAlongRow(xs, 0.3, generated, 0);
        reference.valuesAlongRow(xs, 0.3, interpreted, 0);
        for (int i = 0; i < n; i++) {
            assertEquals(Double.doubleToLongBits(interpreted[i]), Double.doubleToLongBits(generated[i]), source);
            assertEquals(Double.doubleToLongBits(interpreted[i]), Double.doubleToLongBits(f.value(xs[i], 0.3)));
        }
    }
}
