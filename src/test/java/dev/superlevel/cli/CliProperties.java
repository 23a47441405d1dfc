package dev.superlevel.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** No input makes the CLI crash: it succeeds, or it exits 2 with one line naming the problem. */
class CliProperties {

    @Property(tries = 100)
    void anyFunctionTextEitherEvaluatesOrIsBadInput(@ForAll("functionText") String function) {
        CliRunner r = CliRunner.run("eval", "--function", function, "--at", "0.5,-0.25");
        assertTrue(r.status() == 0 && r.err().isEmpty() || r.isBadInputWithOneLine(), r.toString());
    }

    @Property(tries = 100)
    void anyOptionValueEitherWorksOrIsBadInput(@ForAll("option") String option, @ForAll("value") String value) {
        CliRunner r = CliRunner.run("components", "--function", "x*y", "--lambda", "0.1", "--grid", "8",
                option, value);
        assertTrue(r.status() == 0 || r.isBadInputWithOneLine(), r.toString());
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
