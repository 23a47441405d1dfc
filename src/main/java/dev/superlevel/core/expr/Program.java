package dev.superlevel.core.expr;

import java.util.List;

/**
 * What every {@link CompiledExpression} made from one source shares, whatever its parameter values:
 * the parsed and lowered trees and the evaluation kernel, generated lazily on first use (so an
 * expression used only for derivatives never pays for code generation). Thread-safe.
 */
final class Program {

    private final String source;
    private final Node parsed;
    private final Node lowered;
    private final List<String> parameterNames;
    private final boolean interpretOnly;
    private volatile ExpressionKernel kernel;
    private volatile DerivativeKernel derivativeKernel;

    Program(String source, Node parsed, List<String> parameterNames, boolean interpretOnly) {
        this.source = source;
        this.parsed = parsed;
        this.lowered = Lowering.lower(parsed);
        this.parameterNames = List.copyOf(parameterNames);
        this.interpretOnly = interpretOnly;
    }

    private Program(Program other, boolean interpretOnly) {
        this.source = other.source;
        this.parsed = other.parsed;
        this.lowered = other.lowered;
        this.parameterNames = other.parameterNames;
        this.interpretOnly = interpretOnly;
    }

    /** The same program evaluated by the tree-walking interpreter only. */
    Program interpreted() {
        return interpretOnly ? this : new Program(this, true);
    }

    String source() {
        return source;
    }

    Node parsed() {
        return parsed;
    }

    Node lowered() {
        return lowered;
    }

    List<String> parameterNames() {
        return parameterNames;
    }

    ExpressionKernel kernel() {
        ExpressionKernel k = kernel;
        if (k == null) {
            synchronized (this) {
                k = kernel;
                if (k == null) {
                    k = interpretOnly ? new Interpreter(lowered) : DeepStack.call(source.length(),
                            () -> KernelCompiler.compileOrInterpret(lowered, parameterNames.size()));
                    kernel = k;
                }
            }
        }
        return k;
    }

    /**
     * The gradient and Hessian kernel, generated on first use like {@link #kernel()} (the dual-number
     * interpreter for an interpret-only program or if generation fails).
     */
    DerivativeKernel derivativeKernel() {
        DerivativeKernel k = derivativeKernel;
        if (k == null) {
            synchronized (this) {
                k = derivativeKernel;
                if (k == null) {
                    k = interpretOnly ? DualEvaluator.kernel(lowered) : DeepStack.call(source.length(),
                            () -> KernelCompiler.compileDerivativesOrInterpret(lowered, parameterNames.size()));
                    derivativeKernel = k;
                }
            }
        }
        return k;
    }
}
