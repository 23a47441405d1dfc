package dev.superlevel.ui.function;

import dev.superlevel.core.data.Dataset;
import dev.superlevel.render.ComponentPalette;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * A small scatter plot of a data-set function's data (issue 7): features x1, x2 coloured by label, rows
 * with ρ &lt; 1 (down-weighted, e.g. noisy labels) faded, and for the logistic model the decision boundary
 * w1·x1 + w2·x2 + b = 0 at θ = (w1, w2), the selected run's current point. For an MLP slice θ is not a
 * weight vector of the inputs, so only the scatter is drawn. FX-thread confined.
 */
public final class DatasetScatter extends Canvas {

    private static final double PAD = 6;
    private Dataset data;
    private boolean logistic;
    private double bias;
    private double w1 = Double.NaN;
    private double w2 = Double.NaN;
    private double xmin;
    private double xmax;
    private double ymin;
    private double ymax;

    public DatasetScatter(double width, double height) {
        super(width, height);
        setId("dataset-scatter");
    }

    /** Shows {@code dataset} (null: nothing); {@code logistic} enables the boundary with bias {@code b}. */
    public void setData(Dataset dataset, boolean logistic, double b) {
        this.data = dataset;
        this.logistic = logistic;
        this.bias = b;
        if (dataset != null) {
            bounds(dataset);
        }
        redraw();
    }

    /** The logistic weights θ = (w1, w2) of the boundary; NaN hides it. */
    public void setTheta(double w1, double w2) {
        this.w1 = w1;
        this.w2 = w2;
        redraw();
    }

    private void bounds(Dataset d) {
        xmin = ymin = Double.POSITIVE_INFINITY;
        xmax = ymax = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < d.size(); r++) {
            xmin = Math.min(xmin, d.feature(r, 0));
            xmax = Math.max(xmax, d.feature(r, 0));
            ymin = Math.min(ymin, d.feature(r, 1));
            ymax = Math.max(ymax, d.feature(r, 1));
        }
        // a little margin, and never a zero-width range
        double mx = Math.max(1e-9, 0.05 * (xmax - xmin));
        double my = Math.max(1e-9, 0.05 * (ymax - ymin));
        xmin -= mx;
        xmax += mx;
        ymin -= my;
        ymax += my;
    }

    private double sx(double x) {
        return PAD + (x - xmin) / (xmax - xmin) * (getWidth() - 2 * PAD);
    }

    private double sy(double y) {
        return getHeight() - PAD - (y - ymin) / (ymax - ymin) * (getHeight() - 2 * PAD);
    }

    private void redraw() {
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        if (data == null || data.featureCount() < 2) {
            return;
        }
        g.setStroke(Color.gray(0.5));
        g.strokeRect(0.5, 0.5, getWidth() - 1, getHeight() - 1);
        for (int r = 0; r < data.size(); r++) {
            int argb = ComponentPalette.argb(data.label(r));
            double alpha = data.rho(r) < 1 ? 0.25 : 0.9;
            g.setFill(Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff, alpha));
            g.fillOval(sx(data.feature(r, 0)) - 2, sy(data.feature(r, 1)) - 2, 4, 4);
        }
        if (logistic) {
            drawBoundary(g);
        }
    }

    /** w1·x1 + w2·x2 + b = 0, clipped to the plot: solved for x2 (or x1 when w2 is 0). */
    private void drawBoundary(GraphicsContext g) {
        if (!Double.isFinite(w1) || !Double.isFinite(w2) || (w1 == 0 && w2 == 0)) {
            return;
        }
        g.save();
        g.beginPath();
        g.rect(0, 0, getWidth(), getHeight());
        g.clip();
        g.setStroke(Color.WHITE);
        g.setLineWidth(3);
        strokeBoundary(g);
        g.setStroke(Color.BLACK);
        g.setLineWidth(1.5);
        strokeBoundary(g);
        g.restore();
    }

    private void strokeBoundary(GraphicsContext g) {
        if (Math.abs(w2) >= Math.abs(w1)) {
            g.strokeLine(sx(xmin), sy(-(w1 * xmin + bias) / w2), sx(xmax), sy(-(w1 * xmax + bias) / w2));
        } else {
            g.strokeLine(sx(-(w2 * ymin + bias) / w1), sy(ymin), sx(-(w2 * ymax + bias) / w1), sy(ymax));
        }
    }

    /** Whether a data set is on show (for tests). */
    public boolean hasData() {
        return data != null;
    }
}
