package dev.superlevel.io.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.function.LossFunction;
import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.topology.SetMode;
import dev.superlevel.io.dataset.DatasetFormatException;
import dev.superlevel.io.dataset.DatasetLossSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;

/** Function files that define a loss on a data set instead of an expression (issue 7). */
class FunctionFileDatasetTest {

    /** Row 1 (x = (1, 0), class 1) and row 2 (x = (0, 1), class 0). */
    private static final String TWO_ROWS = "x1,x2,label\n1,0,1\n0,1,0\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private String errorOf(String fnText) throws IOException {
        write("two.csv", TWO_ROWS);
        Path fn = write("f.fn", fnText);
        return assertThrows(FunctionFileException.class, () -> FunctionFile.read(fn)).getMessage();
    }

    @Test
    void datasetPathIsTakenFromTheFunctionFilesFolderAndTheLossMatchesAHandComputation() throws IOException {
        write("data/two.csv", TWO_ROWS);
        Path fn = write("data/f.fn", "title = Two rows\ndataset = two.csv\nclass-weights = 2,1\n"
                + "domain = -3, 3, -3, 3\nlambda = 0.5\nmode = sublevel\nstart = 1, 1\n");
        FunctionDefinition d = FunctionFile.read(fn);
        LossFunction loss = d.loss();
        for (double[] w : new double[][] {{0, 0}, {1.5, -0.5}, {-2, 3}}) {
            // f1 = w·x, f0 = 0: class 1 row costs log(1 + e^{−w1}), class 0 row (weight 2) log(1 + e^{w2})
            double expected = (Math.log1p(Math.exp(-w[0])) + 2 * Math.log1p(Math.exp(w[1]))) / 2;
            assertEquals(expected, loss.value(w[0], w[1]), 1e-15 * (1 + expected));
        }
        assertFalse(d.isExpression());
        assertEquals("", d.expression());
        assertTrue(d.parameters().isEmpty());
        assertEquals(SetMode.SUBLEVEL, d.mode());
        assertEquals("logistic cross-entropy on two.csv (weights 2.0,1.0)", d.formula());
    }

    @Test
    void titleAndDomainDefaultToTheFormulaAndTheModelsView() throws IOException {
        write("two.csv", TWO_ROWS);
        FunctionDefinition d = FunctionFile.read(write("f.fn", "dataset = two.csv\nclass-weights = balanced\n"));
        assertEquals("logistic cross-entropy on two.csv (balanced weights)", d.title());
        assertEquals(DatasetLossSpec.LOGISTIC_DOMAIN, d.domain());
        FunctionDefinition mlp = FunctionFile.read(write("g.fn", "dataset = two.csv\nmodel = mlp\nmlp-steps = 0\n"));
        assertEquals(DatasetLossSpec.MLP_DOMAIN, mlp.domain());
        assertEquals("MLP 16-16 tanh cross-entropy slice on two.csv", mlp.formula());
    }

    @Test
    void formulaNamesRegularisationAndBias() throws IOException {
        write("two.csv", TWO_ROWS);
        FunctionDefinition d = FunctionFile.read(write("f.fn", "dataset = two.csv\nreg = l2\nreg-lambda = 0.5\n"
                + "bias = 1.5\n"));
        assertEquals("logistic cross-entropy on two.csv (L2 λ=0.5, bias 1.5)", d.formula());
        assertEquals(0.5 * 0.5 * (1 + 4), d.loss().value(1, 2) - unregularised(1, 2, 1.5), 1e-14);
    }

    /** The mean cross-entropy of {@link #TWO_ROWS} with bias b: f1 = w·x + b. */
    private static double unregularised(double w1, double w2, double b) {
        return (Math.log1p(Math.exp(-(w1 + b))) + Math.log1p(Math.exp(w2 + b))) / 2;
    }

    @Test
    void missingDatasetFileNamesTheFunctionFileAndLine() throws IOException {
        Path fn = write("f.fn", "title = T\ndataset = nowhere.csv\n");
        String message = assertThrows(FunctionFileException.class, () -> FunctionFile.read(fn)).getMessage();
        assertEquals("f.fn:2: dataset: no such file '" + dir.toAbsolutePath().resolve("nowhere.csv")
                + "' (a relative path is taken from the function file's folder)", message);
    }

    @Test
    void expressionAndDatasetTogetherAreAnErrorOnTheLaterLine() throws IOException {
        assertEquals("f.fn:3: give either 'expression' or 'dataset', not both (expression on line 3, "
                + "dataset on line 2)", errorOf("title = T\ndataset = two.csv\nexpression = x\n"));
    }

    @Test
    void neitherExpressionNorDatasetIsAnError() throws IOException {
        assertEquals("f.fn: missing required key 'expression' (or 'dataset' for a loss on a data set)",
                errorOf("title = T\ndomain = 0, 1, 0, 1\n"));
    }

    @Test
    void modelKeysWithAnExpressionAreAnErrorOnTheirLine() throws IOException {
        assertEquals("f.fn:3: 'class-weights' belongs to a data-set function, but this one has an 'expression'",
                errorOf("title = T\nexpression = x\nclass-weights = balanced\ndomain = 0, 1, 0, 1\n"));
    }

    @Test
    void parametersWithADatasetAreAnErrorOnTheirLine() throws IOException {
        assertEquals("f.fn:2: a data-set function has no parameters (param is for expressions)",
                errorOf("dataset = two.csv\nparam a = 1 in [0, 2]\n"));
    }

    @Test
    void badModelValueIsReportedOnItsLine() throws IOException {
        String message = errorOf("dataset = two.csv\n\nmodel = svm\n");
        assertTrue(message.startsWith("f.fn:3: model: unknown model 'svm'"), message);
        String weights = errorOf("dataset = two.csv\nclass-weights = 1,-1\n");
        assertTrue(weights.startsWith("f.fn:2: class-weights: "), weights);
    }

    @Test
    void modelKeyTyposAreCaughtLikeAnyOtherKey() throws IOException {
        String message = errorOf("dataset = two.csv\nclass-weight = balanced\n");
        assertTrue(message.startsWith("f.fn:2: unknown key 'class-weight' (did you mean 'class-weights'?)"),
                message);
    }

    @Test
    void malformedCsvIsReportedWhenTheLossIsBuiltNamingTheCsvLineAndColumn() throws IOException {
        write("bad.csv", "x1,x2,label\n1,oops,0\n");
        FunctionDefinition d = FunctionFile.read(write("f.fn", "dataset = bad.csv\n"));
        String message = assertThrows(DatasetFormatException.class, d::loss).getMessage();
        assertTrue(message.startsWith("bad.csv: line 2, column 2 (x2): "), message);
    }

    @Test
    void compileRefusesADatasetFunctionAndLossServesBothKinds() throws IOException {
        write("two.csv", TWO_ROWS);
        FunctionDefinition d = FunctionFile.read(write("f.fn", "dataset = two.csv\n"));
        assertThrows(IllegalStateException.class, d::compile);
        FunctionDefinition e = FunctionFile.parse("title = T\nexpression = x*y\ndomain = 0, 1, 0, 1\n", "e", "e.fn");
        assertEquals(6.0, e.loss().value(2, 3));
        assertEquals("x*y", e.formula());
        assertEquals(Optional.empty(), e.dataset());
    }

    @Test
    void withDomainKeepsTheDataset() throws IOException {
        write("two.csv", TWO_ROWS);
        FunctionDefinition d = FunctionFile.read(write("f.fn", "dataset = two.csv\n"));
        FunctionDefinition moved = d.withDomain(new Domain(0, 1, 0, 1));
        assertEquals(d.dataset(), moved.dataset());
        assertEquals(d.loss().value(0.3, 0.4), moved.loss().value(0.3, 0.4));
    }

    @Test
    void fileFormatKnowsExactlyTheDatasetSpecsKeys() {
        assertEquals(DatasetLossSpec.KEYS, new HashSet<>(FunctionFileParser.DATASET_KEYS));
    }
}
