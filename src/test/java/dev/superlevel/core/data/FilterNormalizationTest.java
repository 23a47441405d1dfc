package dev.superlevel.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FilterNormalizationTest {

    private static final MlpArchitecture ARCH = new MlpArchitecture(2, 16, 16, 2, Activation.TANH);

    @Test
    void everyNeuronsIncomingDirectionHasTheNormOfItsTrainedWeights() {
        double[] theta = MlpRiskTest.randomTheta(ARCH, 1);
        for (double[] d : FilterNormalization.directions(ARCH, theta, 42)) {
            for (int l = 0; l < 3; l++) {
                int fanIn = ARCH.fanIn(l);
                for (int k = 0; k < ARCH.fanOut(l); k++) {
                    int from = ARCH.weightOffset(l) + k * fanIn;
                    double expected = FilterNormalization.norm(theta, from, fanIn);
                    assertEquals(expected, FilterNormalization.norm(d, from, fanIn), 1e-14 * expected,
                            "layer " + l + " neuron " + k);
                }
            }
        }
    }

    @Test
    void biasEntriesOfTheDirectionsAreZero() {
        double[] theta = MlpRiskTest.randomTheta(ARCH, 2);
        double[] d = FilterNormalization.directions(ARCH, theta, 3)[1];
        for (int l = 0; l < 3; l++) {
            for (int k = 0; k < ARCH.fanOut(l); k++) {
                assertEquals(0.0, d[ARCH.biasOffset(l) + k], 0.0);
            }
        }
    }

    @Test
    void sameSeedGivesSameDirections() {
        double[] theta = MlpRiskTest.randomTheta(ARCH, 4);
        double[][] a = FilterNormalization.directions(ARCH, theta, 5);
        double[][] b = FilterNormalization.directions(ARCH, theta, 5);
        assertArrayEquals(a[0], b[0], 0.0);
        assertArrayEquals(a[1], b[1], 0.0);
    }

    @Test
    void neuronWithZeroWeightsGetsZeroDirection() {
        double[] theta = MlpRiskTest.randomTheta(ARCH, 6);
        for (int j = 0; j < 2; j++) {
            theta[ARCH.weightOffset(0) + 3 * 2 + j] = 0;
        }
        double[] d = FilterNormalization.directions(ARCH, theta, 7)[0];
        assertEquals(0.0, FilterNormalization.norm(d, ARCH.weightOffset(0) + 6, 2), 0.0);
    }
}
