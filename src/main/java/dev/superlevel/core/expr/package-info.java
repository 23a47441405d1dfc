/**
 * The expression language of loss functions L(x, y): lexer ({@link dev.superlevel.core.expr.Lexer},
 * {@link dev.superlevel.core.expr.Token} with 1-based columns), recursive-descent parser, an immutable
 * syntax tree, and {@link dev.superlevel.core.expr.CompiledExpression}, a
 * {@link dev.superlevel.core.function.LossFunction} with exact gradient and Hessian.
 *
 * <h2>Language</h2>
 * <pre>
 *   numbers      2   2.5   .5   5.   1e-3   2.5E+1
 *   names        x  y  (variables)   pi  e  (constants)   any parameters given to compile
 *   operators    + - * /   ^ or ** (power, right-associative)   unary - and +
 *   precedence   ^  &gt;  unary minus  &gt;  * /  &gt;  + -     so  -x^2 = -(x^2),  2^-x^2 = 2^(-(x^2))
 *   functions    sin cos tan asin acos atan atan2(y, x) sinh cosh tanh exp log ln log10
 *                sqrt cbrt abs sign min(a, b) max(a, b) pow(a, b) hypot(a, b) floor ceil
 *                (log = ln = natural logarithm)
 * </pre>
 * No implicit multiplication: {@code 2x} is an error at {@code x}. Whitespace is allowed between any
 * two tokens. Outside a function's domain the value is NaN ({@code log(-1)}, {@code sqrt(-1)},
 * {@code 0/0}), never an exception.
 *
 * <h2>Evaluation</h2>
 * One lowered tree (constants folded, {@code a^n} for literal integers |n| ≤ 4 as repeated
 * multiplication) drives three evaluators that perform identical double operations: Java bytecode
 * generated with Janino (the row loop of grid sampling; x-independent subexpressions hoisted out of
 * the loop), a tree-walking interpreter (reference and fallback), and second-order forward-mode dual
 * numbers for derivatives. Hence {@code derivatives(x, y).value() == value(x, y)} and row values equal
 * point values bit for bit.
 *
 * <h2>Limits</h2>
 * At most 10,000 characters; nesting (parentheses, calls, signs, exponents) at most 200 levels; an
 * operation tree at most 1,000 levels deep (e.g. a sum of at most 1,000 terms). Every input either
 * compiles or throws {@link dev.superlevel.core.expr.ParseException} naming the problem and its column.
 */
package dev.superlevel.core.expr;
