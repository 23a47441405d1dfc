package dev.superlevel.io.function;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the text, the parser either returns a definition or names the problem. */
class FunctionFileProperties {

    private static final String VALID = "title = T\nexpression = (a - x)^2 + y\nparam a = 1 in [0, 2]\n"
            + "domain = -1, 1, -1, 1\nstart = 0, 0\nlambda = 0.5\nminimum = 1, 0, 0  # src\n";

    @Property(tries = 300)
    void arbitraryTextFailsOnlyWithAFunctionFileException(@ForAll("fileLike") String text) {
        try {
            FunctionFile.parse(text, "f", "f.fn");
        } catch (FunctionFileException e) {
            assertTrue(e.getMessage().startsWith("f.fn"), e.getMessage());
        }
    }

    @Property(tries = 300)
    void mutatedValidFileFailsOnlyWithAFunctionFileException(@ForAll("mutations") String text) {
        try {
            FunctionFile.parse(text, "f", "f.fn");
        } catch (FunctionFileException e) {
            assertTrue(e.getMessage().startsWith("f.fn"), e.getMessage());
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
