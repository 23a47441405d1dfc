package dev.superlevel.core.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.Limits;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 12 item 6 and its standing rule: the generated kernels only ever see numbers and {@code p<index>}
 * names (no user text becomes code), only the parameters the expression uses reach them, and the
 * parameter count is capped before anything is compiled.
 */
class GeneratedCodeSafetyTest {

    /** Every identifier the generated class may contain besides p<k> and t<k>. */
    private static final List<String> ALLOWED = List.of("public", "final", "class", "GeneratedKernel", "implements",
            "dev", "superlevel", "core", "expr", "ExpressionKernel", "double", "value", "x", "y", "p", "return",
            "void", "row", "xs", "out", "int", "off", "for", "i", "length", "Math");

    @Test
    void onlyUsedParametersReachTheCodeAndOnlyByIndex() {
        List<String> names = new ArrayList<>();
        for (int k = 0; k < Limits.MAX_PARAMETERS; k++) {
            names.add("evil_" + k + "_System_exit");
        }
        Node tree = Lowering.lower(Parser.parse("evil_7_System_exit * x + evil_42_System_exit", new Names(names)));
        String java = CodeGenerator.generate(tree, names.size());
        assertFalse(java.contains("evil"), java);
        assertFalse(java.contains("System"), java);
        Matcher locals = Pattern.compile("final double (p\\d+) = p\\[").matcher(java);
        List<String> declared = new ArrayList<>();
        while (locals.find()) {
            declared.add(locals.group(1));
        }
        assertEquals(List.of("p7", "p42", "p7", "p42"), declared, "one local per used parameter, in each method");
        assertOnlyKnownIdentifiers(java);
    }

    @Test
    void theKernelStillComputesWithUnusedParametersDeclared() {
        Map<String, Double> parameters = new LinkedHashMap<>();
        for (int k = 0; k < Limits.MAX_PARAMETERS; k++) {
            parameters.put("q" + k, (double) k);
        }
        CompiledExpression f = ExpressionCompiler.compile("q3 * x + q99", parameters);
        assertTrue(f.usesGeneratedCode());
        assertEquals(3.0 * 2 + 99, f.value(2, 0));
        assertEquals(3.0 * 2 + 99, f.interpreted().value(2, 0));
    }

    @Test
    void moreParametersThanTheLimitAreRefusedBeforeParsing() {
        Map<String, Double> parameters = new LinkedHashMap<>();
        for (int k = 0; k < 20_000; k++) {
            parameters.put("q" + k, 1.0);
        }
        IllegalArgumentException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(IllegalArgumentException.class, () -> ExpressionCompiler.compile("x", parameters)));
        assertEquals("20000 parameters, more than the limit of " + Limits.MAX_PARAMETERS, e.getMessage());
    }

    private static void assertOnlyKnownIdentifiers(String java) {
        Matcher words = Pattern.compile("[A-Za-z_][A-Za-z_0-9]*").matcher(java.replaceAll("\\d+\\.\\d*(E-?\\d+)?", "0"));
        while (words.find()) {
            String w = words.group();
            boolean ok = ALLOWED.contains(w) || w.matches("[pt]\\d+") || w.matches("[a-z0-9]+") && isMathName(w);
            assertTrue(ok, "unexpected identifier '" + w + "' in\n" + java);
        }
    }

    private static boolean isMathName(String w) {
        return List.of("sin", "cos", "tan", "asin", "acos", "atan", "atan2", "sinh", "cosh", "tanh", "exp", "log",
                "log10", "sqrt", "cbrt", "abs", "signum", "min", "max", "pow", "hypot", "floor", "ceil", "E")
                .contains(w);
    }
}
