package dev.superlevel.core.expr;

import dev.superlevel.core.expr.Node.BinaryOp;
import dev.superlevel.core.expr.Node.Call;
import dev.superlevel.core.expr.Node.Constant;
import dev.superlevel.core.expr.Node.Literal;
import dev.superlevel.core.expr.Node.Negation;
import dev.superlevel.core.expr.Node.Parameter;
import dev.superlevel.core.expr.Node.Variable;

import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser. Grammar (loosest first):
 * <pre>
 *   expression := term (('+' | '-') term)*
 *   term       := unary (('*' | '/') unary)*
 *   unary      := ('-' | '+') unary | power          -- so -x^2 = -(x^2)
 *   power      := primary ('^' unary)?                -- right-associative; 2^-x^2 = 2^(-(x^2))
 *   primary    := number | name | function '(' arguments ')' | '(' expression ')'
 * </pre>
 * Two limits keep every input safe: nesting (parentheses, calls, signs, exponents) of at most
 * {@link #MAX_NESTING} levels, and a tree at most {@link #MAX_TREE_DEPTH} deep (long operator chains).
 */
final class Parser {

    static final int MAX_LENGTH = 10_000;
    static final int MAX_NESTING = 200;
    static final int MAX_TREE_DEPTH = 1_000;

    /** A parsed subtree with its height, so depth is checked without re-walking the tree. */
    private record Sub(Node node, int height) {
    }

    private final String source;
    private final List<Token> tokens;
    private final Names names;
    private int position;
    private int nesting;

    private Parser(String source, Names names) {
        this.source = source;
        this.names = names;
        this.tokens = Lexer.tokenize(source);
    }

    /** Parses {@code source} against the known names; @throws ParseException for any bad input. */
    static Node parse(String source, Names names) {
        if (source == null) {
            throw new ParseException("", 1, "expression is missing");
        }
        if (source.length() > MAX_LENGTH) {
            throw new ParseException(source, MAX_LENGTH + 1,
                    "expression is longer than " + MAX_LENGTH + " characters (" + source.length() + ")");
        }
        if (source.isBlank()) {
            throw new ParseException(source, 1, "empty expression");
        }
        return new Parser(source, names).parseAll();
    }

    private Node parseAll() {
        Sub result = parseExpression();
        Token next = peek();
        if (!next.is(TokenKind.END)) {
            throw next.is(TokenKind.RIGHT_PAREN) ? error(next, "unmatched ')'") : unexpectedAfterOperand(next);
        }
        return result.node();
    }

    private Sub parseExpression() {
        Sub left = parseTerm();
        while (peek().is(TokenKind.PLUS) || peek().is(TokenKind.MINUS)) {
            Token op = advance();
            Sub right = parseTerm();
            left = binary(op, op.is(TokenKind.PLUS) ? Operator.ADD : Operator.SUBTRACT, left, right);
        }
        return left;
    }

    private Sub parseTerm() {
        Sub left = parseUnary();
        while (peek().is(TokenKind.STAR) || peek().is(TokenKind.SLASH)) {
            Token op = advance();
            Sub right = parseUnary();
            left = binary(op, op.is(TokenKind.STAR) ? Operator.MULTIPLY : Operator.DIVIDE, left, right);
        }
        return left;
    }

    private Sub parseUnary() {
        Token t = peek();
        if (!t.is(TokenKind.MINUS) && !t.is(TokenKind.PLUS)) {
            return parsePower();
        }
        advance();
        enter(t);
        Sub operand = parseUnary();
        nesting--;
        return t.is(TokenKind.PLUS) ? operand : sub(new Negation(operand.node()), operand.height() + 1, t);
    }

    private Sub parsePower() {
        Sub base = parsePrimary();
        if (!peek().is(TokenKind.CARET)) {
            return base;
        }
        Token op = advance();
        enter(op);
        Sub exponent = parseUnary();
        nesting--;
        return binary(op, Operator.POWER, base, exponent);
    }

    private Sub parsePrimary() {
        Token t = peek();
        switch (t.kind()) {
            case NUMBER:
                advance();
                return new Sub(new Literal(Double.parseDouble(t.text())), 1);
            case IDENTIFIER:
                advance();
                return peek().is(TokenKind.LEFT_PAREN) ? parseCall(t) : new Sub(resolveName(t), 1);
            case LEFT_PAREN:
                return parseParenthesised();
            default:
                throw missingOperand(t);
        }
    }

    private Sub parseParenthesised() {
        Token open = advance();
        enter(open);
        Sub inner = parseExpression();
        expectClosing(open);
        nesting--;
        return inner;
    }

    private Sub parseCall(Token name) {
        MathFunction function = MathFunction.byName(name.text());
        if (function == null) {
            throw error(name, names.isValue(name.text())
                    ? "'" + name.text() + "' is not a function (to multiply, write '" + name.text() + "*(...)')"
                    : names.unknownFunctionProblem(name.text()));
        }
        Token open = advance();
        enter(open);
        List<Node> arguments = new ArrayList<>();
        int height = 0;
        if (!peek().is(TokenKind.RIGHT_PAREN)) {
            do {
                Sub argument = parseExpression();
                arguments.add(argument.node());
                height = Math.max(height, argument.height());
            } while (peek().is(TokenKind.COMMA) && advance() != null);
        }
        expectClosing(open);
        nesting--;
        if (arguments.size() != function.arity()) {
            throw error(name, "function '" + name.text() + "' takes " + plural(function.arity(), "argument")
                    + ", got " + arguments.size());
        }
        return sub(new Call(function, arguments), height + 1, name);
    }

    private Node resolveName(Token t) {
        String name = t.text();
        switch (name) {
            case "x": return new Variable(0);
            case "y": return new Variable(1);
            case "pi": return new Constant("pi", Math.PI);
            case "e": return new Constant("e", Math.E);
            default: break;
        }
        int index = names.parameterIndex(name);
        if (index >= 0) {
            return new Parameter(index, name);
        }
        if (MathFunction.byName(name) != null) {
            throw error(t, "function '" + name + "' must be followed by '(' and its "
                    + plural(MathFunction.byName(name).arity(), "argument"));
        }
        throw error(t, names.unknownNameProblem(name));
    }

    private void expectClosing(Token open) {
        Token t = peek();
        if (t.is(TokenKind.RIGHT_PAREN)) {
            advance();
            return;
        }
        if (t.is(TokenKind.END)) {
            throw error(open, "unmatched '('");
        }
        throw unexpectedAfterOperand(t);
    }

    private Sub binary(Token op, Operator operator, Sub left, Sub right) {
        int height = Math.max(left.height(), right.height()) + 1;
        return sub(new BinaryOp(operator, left.node(), right.node()), height, op);
    }

    private Sub sub(Node node, int height, Token at) {
        if (height > MAX_TREE_DEPTH) {
            throw error(at, "expression is too deep: more than " + MAX_TREE_DEPTH
                    + " levels of operations (split long chains with parentheses or simplify)");
        }
        return new Sub(node, height);
    }

    private void enter(Token at) {
        if (++nesting > MAX_NESTING) {
            throw error(at, "nesting deeper than " + MAX_NESTING
                    + " levels (parentheses, function calls, signs and exponents)");
        }
    }

    private ParseException missingOperand(Token t) {
        if (t.is(TokenKind.END)) {
            Token previous = position > 0 ? tokens.get(position - 1) : t;
            return error(previous, "operator " + previous.describe() + " is missing its right operand");
        }
        return error(t, "missing operand before " + t.describe());
    }

    private ParseException unexpectedAfterOperand(Token t) {
        switch (t.kind()) {
            case NUMBER: case IDENTIFIER: case LEFT_PAREN:
                return error(t, "unexpected " + t.describe()
                        + " after an operand (implicit multiplication is not supported: write '*')");
            case COMMA:
                return error(t, "unexpected ',' outside a function's argument list");
            default:
                return error(t, "unexpected " + t.describe());
        }
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private ParseException error(Token at, String problem) {
        return new ParseException(source, at.column(), problem);
    }

    private Token peek() {
        return tokens.get(position);
    }

    private Token advance() {
        return tokens.get(position++);
    }
}
