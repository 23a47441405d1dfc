package dev.superlevel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.superlevel.io.dataset.DatasetLossSpec;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.nio.file.Path;

class DatasetOptionsTest {

    @Command(name = "probe")
    static final class Probe {
        @Mixin
        DatasetOptions data = new DatasetOptions();
    }

    @Command(name = "withFunction")
    static final class FunctionProbe {
        @Mixin
        FunctionOptions function = new FunctionOptions();
    }

    private static FunctionOptions parseFunction(String... args) {
        FunctionProbe probe = new FunctionProbe();
        new CommandLine(probe).parseArgs(args);
        return probe.function;
    }

    @Test
    void functionOptionsRejectBothFunctionAndDataset() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> parseFunction("--function", "x", "--dataset", "d.csv").resolve());
        assertEquals("give either --function or --dataset, not both", e.getMessage());
    }

    @Test
    void functionOptionsResolveABundledDataSetWithTheModelsDomain() {
        ResolvedLoss resolved = parseFunction("--dataset", "sample-functions/blobs.csv", "--reg", "l2").resolve();
        assertEquals("blobs", resolved.definition().name());
        assertEquals(DatasetLossSpec.LOGISTIC_DOMAIN, resolved.definition().domain());
        assertEquals(true, Double.isFinite(resolved.loss().value(1, 1)));
    }

    private static DatasetOptions parse(String... args) {
        Probe probe = new Probe();
        new CommandLine(probe).parseArgs(args);
        return probe.data;
    }

    @Test
    void flagsMapToTheSpec() {
        DatasetLossSpec spec = parse("--dataset", "d.csv", "--model", "logistic", "--bias", "0.25",
                "--class-weights", "1,3", "--reg", "l1", "--reg-lambda", "0.01").spec();
        assertEquals(Path.of("d.csv"), spec.dataset());
        assertEquals(0.25, spec.bias(), 0.0);
        assertEquals("1.0,3.0", spec.risk().classWeights().toString());
        assertEquals(0.01, spec.risk().regLambda(), 0.0);
    }

    @Test
    void badFlagValueNamesTheFlag() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> parse("--dataset", "d.csv", "--reg", "l3").spec());
        assertEquals("--reg: unknown regularizer 'l3', expected none, l1 or l2", e.getMessage());
    }

    @Test
    void modelFlagWithoutDatasetIsReported() {
        DatasetOptions options = parse("--model", "mlp");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, options::spec);
        assertEquals("--model needs --dataset FILE.csv", e.getMessage());
        assertFalse(options.isSet());
    }
}
