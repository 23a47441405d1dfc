package dev.superlevel.core.expr;

import org.codehaus.janino.SimpleCompiler;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Compiles generated kernel source with Janino into JIT-friendly bytecode, each class in its own
 * class loader (collectable with its expressions). Recently compiled kernels are cached by source,
 * so re-typing an expression or re-loading a function does not recompile. If compilation fails for
 * any reason (e.g. a method over the JVM's 64 KB limit) the interpreter is used instead: slower,
 * same values.
 */
final class KernelCompiler {

    private static final int CACHE_SIZE = 128;

    private static final Map<String, Object> CACHE = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    private KernelCompiler() {
    }

    /** A generated kernel for {@code root}, or the interpreter if code generation fails. */
    static ExpressionKernel compileOrInterpret(Node root, int parameterCount) {
        return compileOrInterpret(CodeGenerator.generate(root, parameterCount), root);
    }

    /** The kernel compiled from {@code javaSource}, or the interpreter of {@code root} if that fails. */
    static ExpressionKernel compileOrInterpret(String javaSource, Node root) {
        try {
            return compile(javaSource);
        } catch (Exception | LinkageError e) {
            return new Interpreter(root);
        }
    }

    static ExpressionKernel compile(String source) throws Exception {
        return compile(source, CodeGenerator.CLASS_NAME, ExpressionKernel.class);
    }

    /**
     * A derivative kernel generated for {@code root} ({@link DerivativeCodeGenerator}), or the dual-number
     * interpreter if code generation fails (same values, slower).
     */
    static DerivativeKernel compileDerivativesOrInterpret(Node root, int parameterCount) {
        try {
            return compile(DerivativeCodeGenerator.generate(root, parameterCount), DerivativeCodeGenerator.CLASS_NAME,
                    DerivativeKernel.class);
        } catch (Exception | LinkageError e) {
            return DualEvaluator.kernel(root);
        }
    }

    /** Compiles {@code source} (cached) and instantiates its class {@code className}, a {@code type}. */
    static <T> T compile(String source, String className, Class<T> type) throws Exception {
        synchronized (CACHE) {
            Object cached = CACHE.get(source);
            if (cached != null) {
                return type.cast(cached);
            }
        }
        SimpleCompiler compiler = new SimpleCompiler();
        compiler.setParentClassLoader(type.getClassLoader());
        compiler.cook(source);
        Class<?> generated = compiler.getClassLoader().loadClass(className);
        T kernel = type.cast(generated.getDeclaredConstructor().newInstance());
        synchronized (CACHE) {
            CACHE.put(source, kernel);
        }
        return kernel;
    }
}
