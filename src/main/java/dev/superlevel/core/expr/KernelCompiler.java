package dev.superlevel.core.expr;

import java.util.LinkedHashMap;
import java.util.Map;
import org.codehaus.janino.SimpleCompiler;

/**
 * Compiles generated kernel source with Janino into JIT-friendly bytecode, each class in its own
 * class loader (collectable with its expressions). Recently compiled kernels are cached by source,
 * so re-typing an expression or re-loading a function does not recompile. If compilation fails for
 * any reason (e.g. a method over the JVM's 64 KB limit) the interpreter is used instead: slower,
 * same values.
 */
final class KernelCompiler {

    private static final int CACHE_SIZE = 128;

    private static final Map<String, ExpressionKernel> CACHE = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ExpressionKernel> eldest) {
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
        synchronized (CACHE) {
            ExpressionKernel cached = CACHE.get(source);
            if (cached != null) {
                return cached;
            }
        }
        SimpleCompiler compiler = new SimpleCompiler();
        compiler.setParentClassLoader(ExpressionKernel.class.getClassLoader());
        compiler.cook(source);
        Class<?> type = compiler.getClassLoader().loadClass(CodeGenerator.CLASS_NAME);
        ExpressionKernel kernel = (ExpressionKernel) type.getDeclaredConstructor().newInstance();
        synchronized (CACHE) {
            CACHE.put(source, kernel);
        }
        return kernel;
    }
}
