package dev.superlevel.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** No input makes the CLI crash: it succeeds, or it exits 2 with one line naming the problem. */
class CliProperties {

    @Property(tries = 100)
    void anyFunctionTextEitherEvaluatesOrIsBadInput(@ForAll("functionText") String function) {
        CliRunner r = CliRunner.run("eval", "--function", function, "--at", "0.5,-0.25");
        assertTrue(r.status() == 0 && r.err().isEmpty() || r.isBadInputWithOneLine(), r.toString());
        requireBoth(r.status() == 0 ? "works" : "bad input", 2, 50); // about 10 of 100 evaluate
    }

    @Property(tries = 100)
    void anyOptionValueEitherWorksOrIsBadInput(@ForAll("option") String option, @ForAll("value") String value) {
        CliRunner r = CliRunner.run("components", "--function", "x*y", "--lambda", "0.1", "--grid", "8",
                option, value);
        assertTrue(r.status() == 0 || r.isBadInputWithOneLine(), r.toString());
        // values from this alphabet are almost never valid: the property checks the error path of every option
        requireBoth(r.status() == 0 ? "works" : "bad input", 0, 90);
    }

    /** Counts each outcome (jqwik reports the counts) and requires a minimum of each. */
    private static void requireBoth(String outcome, int minWorks, int minBadInput) {
        Statistics.label("outcome").collect(outcome);
        Statistics.label("outcome").coverage(c -> {
            c.check("works").count(n -> n >= minWorks);
            c.check("bad input").count(n -> n >= minBadInput);
        });
    }

    @Provide
    Arbitrary<String> functionText() {
        return Arbitraries.strings().withChars("xy+-*/^().,0123456789 sinlogexpqrt#").ofMinLength(1).ofMaxLength(30);
    }

    @Provide
    Arbitrary<String> option() {
        return Arbitraries.of("--lambda", "--grid", "--domain", "--connectivity", "--param", "--function");
    }

    @Provide
    Arbitrary<String> value() {
        return Arbitraries.strings().withChars("-0123456789.,eNaInfity=ab ").ofMaxLength(12);
    }
}
