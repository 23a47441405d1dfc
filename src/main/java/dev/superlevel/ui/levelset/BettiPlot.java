package dev.superlevel.ui.levelset;

import dev.superlevel.core.topology.BettiCurve;
import dev.superlevel.core.topology.PersistenceDiagram;
import dev.superlevel.ui.landscape.LandscapeData;

import javafx.beans.value.ObservableValue;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * A small step plot of the number of components of S_λ against λ (the Betti-0 curve), with the
 * current λ marked; clicking sets λ.
 */
public final class BettiPlot extends Canvas {

    private static final double PAD = 6;
    private final LevelSetViewModel levelSet;
    private final ObservableValue<LandscapeData> landscape;

    public BettiPlot(LevelSetViewModel levelSet, ObservableValue<LandscapeData> landscape) {
        super(260, 90);
        this.levelSet = levelSet;
        this.landscape = landscape;
        setId("betti-plot");
        Tooltip.install(this, new Tooltip("Components of S_λ against λ; click to set λ"));
        landscape.addListener(o -> draw());
        levelSet.lambdaProperty().addListener(o -> draw());
        // the λ axis: a new landscape reaches this plot before the level range follows it (invalidation
        // listeners run first), so a landscape that keeps λ left the curve drawn over the old range
        levelSet.minLevelProperty().addListener(o -> draw());
        levelSet.maxLevelProperty().addListener(o -> draw());
        setOnMouseClicked(e -> levelSet.lambdaProperty().set(levelAt(e.getX())));
        draw();
    }

    private double levelAt(double sx) {
        double lo = levelSet.minLevelProperty().get();
        double hi = levelSet.maxLevelProperty().get();
        double t = Math.max(0, Math.min(1, (sx - PAD) / (getWidth() - 2 * PAD)));
        return lo + t * (hi - lo);
    }

    private double screenX(double level) {
        double lo = levelSet.minLevelProperty().get();
        double hi = levelSet.maxLevelProperty().get();
        return PAD + (level - lo) / (hi - lo) * (getWidth() - 2 * PAD);
    }

    void draw() {
        GraphicsContext g = getGraphicsContext2D();
        double w = getWidth();
        double h = getHeight();
        g.clearRect(0, 0, w, h);
        g.setFill(Color.gray(0.5, 0.12));
        g.fillRect(0, 0, w, h);
        LandscapeData data = landscape.getValue();
        if (data == null) {
            return;
        }
        PersistenceDiagram diagram = data.diagram();
        BettiCurve curve = diagram.bettiCurve();
        int max = 1;
        for (int c : curve.counts()) {
            max = Math.max(max, c);
        }
        double lo = levelSet.minLevelProperty().get();
        double hi = levelSet.maxLevelProperty().get();
        int samples = (int) Math.max(2, w - 2 * PAD);
        g.setStroke(Color.rgb(0, 114, 178));
        g.setLineWidth(1.5);
        g.beginPath();
        for (int k = 0; k < samples; k++) {
            double level = lo + (hi - lo) * k / (samples - 1);
            // counts are lookups in the precomputed diagram, no relabelling
            double y = h - PAD - diagram.componentCount(level) / (double) max * (h - 2 * PAD - 12);
            if (k == 0) {
                g.moveTo(PAD + k, y);
            } else {
                g.lineTo(PAD + k, y);
            }
        }
        g.stroke();
        double lx = screenX(levelSet.lambdaProperty().get());
        g.setStroke(Color.RED);
        g.strokeLine(lx, 0, lx, h);
        g.setFill(Color.gray(0.45));
        g.setFont(Font.font(10));
        g.fillText("max " + max + " components", PAD, 11);
    }
}
