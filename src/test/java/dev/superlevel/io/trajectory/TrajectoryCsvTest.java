package dev.superlevel.io.trajectory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.superlevel.core.Cancellation;
import dev.superlevel.core.function.Derivatives;
import dev.superlevel.core.function.LossFunction;
import dev.superlevel.core.optim.RunConfigParser;
import dev.superlevel.core.optim.Trajectory;
import dev.superlevel.core.optim.TrajectoryRunner;
import org.junit.jupiter.api.Test;

class TrajectoryCsvTest {

    private static final LossFunction BOWL = new LossFunction() {
        @Override
        public double value(double x, double y) {
            return x * x + y * y;
        }

        @Override
        public Derivatives derivatives(double x, double y) {
            return new Derivatives(value(x, y), 2 * x, 2 * y, 2, 0, 2);
        }
    };

    @Test
    void csvStartsWithTheSpecColumnsAndWritesNumbersInJavaForm() {
        Trajectory t = TrajectoryRunner.run(BOWL, RunConfigParser.parseSpec("optimizer=gd,lr=0.25,start=1,0.5,steps=2"),
                Cancellation.NONE);
        StringBuilder out = new StringBuilder();
        TrajectoryCsv.write(t, out);
        String[] lines = out.toString().split("\n");
        assertEquals(4, lines.length);
        assertTrue(lines[0].startsWith("step,x,y,loss,lr,gx,gy,"));
        assertEquals("step,x,y,loss,lr,gx,gy,objective,grad_norm,dv_dt,delta_loss,taylor1,taylor2,violation,tuner_s",
                lines[0]);
        // one step of lr 0.25 on x² + y² halves the point: (1, 0.5) → (0.5, 0.25)
        assertEquals("0,1.0,0.5,1.25,0.25,2.0,1.0,1.25," + Math.sqrt(5.0) + ",-1.25,-0.9375,-1.25,-0.9375,false,NaN",
                lines[1]);
        assertTrue(lines[3].startsWith("2,0.25,0.125,0.078125,0.25,0.5,0.25,0.078125,"));
        assertTrue(lines[3].endsWith(",NaN,NaN,NaN,NaN,false,NaN"));
    }
}
