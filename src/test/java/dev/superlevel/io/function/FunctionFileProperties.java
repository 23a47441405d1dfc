package dev.superlevel.io.function;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Whatever the text, the parser either returns a definition or names the problem. */
class FunctionFileProperties {

    private static final String VALID = "title = T\nexpression = (a - x)^2 + y\nparam a = 1 in [0, 2]\n"
            + "domain = -1, 1, -1, 1\nstart = 0, 0\nlambda = 0.5\nminimum = 1, 0, 0  # src\n";

    @Property(tries = 300)
    void arbitraryTextFailsOnlyWithAFunctionFileException(@ForAll("fileLike") String text) {
        String outcome = parse(text);
        Statistics.label("outcome").collect(outcome);
        // random text is nearly always rejected: the property is that nothing else is thrown, so every try
        // must reach the parser's own error (not, say, an empty text that is skipped)
        Statistics.label("outcome").coverage(c -> c.check("rejected").count(n -> n >= 270));
    }

    @Property(tries = 300)
    void mutatedValidFileFailsOnlyWithAFunctionFileException(@ForAll("mutations") String text) {
        String outcome = parse(text);
        Statistics.label("outcome").collect(outcome);
        // a one-character change is sometimes harmless (in a comment, a digit) and often not: both paths run
        Statistics.label("outcome").coverage(c -> {
            c.check("parsed").count(n -> n >= 20); // about 50 of 300
            c.check("rejected").count(n -> n >= 150); // about 250 of 300
        });
    }

    /** "parsed" or "rejected" (with the file named first in the message); any other exception fails. */
    private static String parse(String text) {
        try {
            FunctionFile.parse(text, "f", "f.fn");
            return "parsed";
        } catch (FunctionFileException e) {
            assertTrue(e.getMessage().startsWith("f.fn"), e.getMessage());
            return "rejected";
        }
    }

    @Provide
    Arbitrary<String> fileLike() {
        return Arbitraries.strings().withChars("=#,[]\n -.0123456789eExyparmtiledonsbu").ofMaxLength(200);
    }

    @Provide
    Arbitrary<String> mutations() {
        return Arbitraries.integers().between(0, VALID.length() - 1).flatMap(at -> Arbitraries.chars()
                .with("=#,[]\n -.019xyaE(").map(c -> VALID.substring(0, at) + c + VALID.substring(at + 1)));
    }
}
