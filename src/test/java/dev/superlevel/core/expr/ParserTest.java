package dev.superlevel.core.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

class ParserTest {

    private static String canonical(String source) {
        return ExpressionCompiler.compile(source, Map.of("a", 1.0, "b_2", 2.0)).canonical();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "1 + 2 * 3          | (1+(2*3))",
        "1 * 2 + 3          | ((1*2)+3)",
        "1 - 2 - 3          | ((1-2)-3)",
        "8 / 4 / 2          | ((8/4)/2)",
        "2 * 3 / 4 * 5      | (((2*3)/4)*5)",
        "x ^ y ^ 2          | (x^(y^2))",
        "x ** y ** 2        | (x^(y^2))",
        "-x^2               | (-(x^2))",
        "2^-x^2             | (2^(-(x^2)))",
        "-2^2               | (-(2^2))",
        "--x                | (-(-x))",
        "+x                 | x",
        "x * -y             | (x*(-y))",
        "x - -y             | (x-(-y))",
        "(x + y) * 2        | ((x+y)*2)",
        "-(x + y)^2         | (-((x+y)^2))",
        "2 * x ^ 3          | (2*(x^3))",
        "x^2 * y            | ((x^2)*y)",
        "a * x + b_2        | ((a*x)+b_2)",
        "pi * e             | (pi*e)",
        "sin(x) ^ 2         | (sin(x)^2)",
        "atan2(y, x + 1)    | atan2(y, (x+1))",
        "min(x, -y) * 2     | (min(x, (-y))*2)",
        "log(x) + ln(y)     | (log(x)+ln(y))",
    })
    void parserRespectsPrecedenceAndAssociativity(String source, String expected) {
        assertEquals(expected, canonical(source));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "2       | 2",
        "2.5     | 2.5",
        ".5      | 0.5",
        "5.      | 5",
        "1e-3    | 0.001",
        "2.5E+1  | 25",
        "1E2     | 100",
        "007     | 7",
        "1.5e-10 | 1.5E-10",
    })
    void parserReadsEveryNumberForm(String source, String expected) {
        assertEquals(expected, canonical(source));
    }

    @Test
    void whitespaceIsAllowedBetweenAnyTokens() {
        assertEquals(canonical("atan2(y,x)*2^-x"), canonical(" \tatan2 ( y ,\n x ) * 2 ^ - x \r\n"));
    }

    @Test
    void lexerGivesTokensWithTheirColumns() {
        List<Token> tokens = Lexer.tokenize(" sin(x)**2.5e1");
        assertEquals(List.of(
                new Token(TokenKind.IDENTIFIER, "sin", 2),
                new Token(TokenKind.LEFT_PAREN, "(", 5),
                new Token(TokenKind.IDENTIFIER, "x", 6),
                new Token(TokenKind.RIGHT_PAREN, ")", 7),
                new Token(TokenKind.CARET, "**", 8),
                new Token(TokenKind.NUMBER, "2.5e1", 10),
                new Token(TokenKind.END, "", 15)), tokens);
    }

    @Test
    void canonicalFormParsesBackToItself() {
        String once = canonical("-x^2^-y + 3*sin(-a)/b_2 - hypot(x, 2.5e-3)");
        assertEquals(once, canonical(once));
    }

    @Test
    void toStringIsTheCanonicalForm() {
        assertEquals("(-(x^2))", ExpressionCompiler.compile("-x^2").toString());
    }
}
