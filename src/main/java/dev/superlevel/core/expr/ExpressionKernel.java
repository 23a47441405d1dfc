package dev.superlevel.core.expr;

/**
 * The evaluation contract shared by the interpreter and the classes generated at run time (which
 * live in their own class loader, hence this type is public). Not meant for callers: use
 * {@link CompiledExpression}. Implementations are stateless and thread-safe; {@code parameters} is
 * read, never written.
 */
public interface ExpressionKernel {

    /** L(x, y) with the given parameter values (in declaration order). */
    double value(double x, double y, double[] parameters);

    /** {@code out[offset + i] = value(xs[i], y, parameters)} for every i. */
    void row(double[] xs, double y, double[] parameters, double[] out, int offset);
}
