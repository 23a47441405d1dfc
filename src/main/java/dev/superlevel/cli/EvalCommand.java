package dev.superlevel.cli;

import dev.superlevel.core.function.Derivatives;
import dev.superlevel.io.function.PlanePoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code eval}: the value, exact gradient and Hessian of a loss at one point (SPEC §3). */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Print L, its gradient and its Hessian at one point as one JSON line:%n"
                + "{\"value\":v,\"gradient\":[gx,gy],\"hessian\":[[hxx,hxy],[hxy,hyy]]}",
        footer = {"", "Examples:",
            "  superlevel eval --function \"x^2+y\" --at 1,2",
            "  superlevel eval --function rosenbrock --at -1.5,2",
            "  superlevel eval --function rosenbrock --param b=10 --at 1,1"})
public final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    FunctionOptions function;

    @Option(names = "--at", paramLabel = "X,Y", required = true, converter = Converters.Point.class,
            description = "The point (x, y).")
    PlanePoint at;

    @Override
    public Integer call() {
        Derivatives d = function.resolve().loss().derivatives(at.x(), at.y());
        String json = new Json().number("value", d.value())
                .numbers("gradient", d.gx(), d.gy())
                .raw("hessian", "[" + Json.array(d.hxx(), d.hxy()) + "," + Json.array(d.hxy(), d.hyy()) + "]")
                .close();
        spec.commandLine().getOut().println(json);
        return 0;
    }
}
