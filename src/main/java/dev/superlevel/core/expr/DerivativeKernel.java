package dev.superlevel.core.expr;

import dev.superlevel.core.function.Derivatives;

/**
 * The derivative contract shared by the dual-number interpreter and the classes generated at run time
 * (which live in their own class loader, hence this type is public). Not meant for callers: use
 * {@link CompiledExpression#derivatives}. Implementations are stateless and thread-safe; {@code parameters}
 * is read, never written.
 */
public interface DerivativeKernel {

    /** L(x, y) with its exact gradient and Hessian, for the given parameter values (in declaration order). */
    Derivatives derivatives(double x, double y, double[] parameters);
}
