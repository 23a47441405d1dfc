package dev.superlevel.ui.charts;

import dev.superlevel.core.optim.Trajectory;
import dev.superlevel.core.topology.PersistenceDiagram;
import dev.superlevel.ui.landscape.LandscapeData;
import dev.superlevel.ui.playback.PlaybackViewModel;
import dev.superlevel.ui.runs.RunViewModel;
import dev.superlevel.ui.runs.RunsViewModel;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The JFreeChart side of the live charts: one dataset per {@link ChartKind}, one series per run in the
 * run's colour, showing steps 0..current step, and a vertical marker at the current step. Only the FX
 * thread touches it. In the dV/dt chart each run has dV/dt (solid), the realised ΔL (dashed) and its
 * Lyapunov violations (ΔL &gt; 0, red dots).
 */
public final class LiveCharts {


    private final Map<ChartKind, JFreeChart> charts = new EnumMap<>(ChartKind.class);
    private final Map<ChartKind, XYSeriesCollection> datasets = new EnumMap<>(ChartKind.class);
    private final Map<ChartKind, ValueMarker> markers = new EnumMap<>(ChartKind.class);
    private final Map<RunViewModel, LiveRunSeries> series = new LinkedHashMap<>();
    private final RunsViewModel runs;
    private final PlaybackViewModel playback;
    private final ObservableValue<LandscapeData> landscape;
    private boolean dark;

    public LiveCharts(RunsViewModel runs, PlaybackViewModel playback, ObservableValue<LandscapeData> landscape) {
        this.runs = runs;
        this.playback = playback;
        this.landscape = landscape;
        for (ChartKind kind : ChartKind.values()) {
            createChart(kind);
        }
        runs.runs().addListener((ListChangeListener<RunViewModel>) c -> syncRuns());
        runs.focusProperty().addListener(o -> applyStyles());
        runs.selectedProperty().addListener(o -> applyStyles());
        playback.currentStepProperty().addListener(o -> showCurrentStep());
        landscape.addListener(o -> rebuildAll());
        syncRuns();
        setDark(false);
    }

    private void createChart(ChartKind kind) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        NumberAxis x = new NumberAxis("step");
        x.setAutoRangeIncludesZero(true);
        x.setAutoRangeMinimumSize(10);
        // steps are never negative: at step 0 the axis shows 0..10, not -5..5
        x.setRangeType(org.jfree.data.RangeType.POSITIVE);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis y = kind == ChartKind.COMPONENTS ? new NumberAxis(kind.axisLabel())
                : new ReadableNumberAxis(kind.axisLabel());
        y.setAutoRangeIncludesZero(kind == ChartKind.COMPONENTS);
        y.setAutoRangeMinimumSize(kind == ChartKind.COMPONENTS ? 2 : 1e-6);
        if (kind == ChartKind.COMPONENTS) {
            y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDefaultToolTipGenerator(new StandardXYToolTipGenerator("{0}: step {1}, {2}",
                NumberFormat.getIntegerInstance(), new DecimalFormat("0.########E0")));
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        ValueMarker marker = new ValueMarker(0, new Color(120, 120, 120), new BasicStroke(1.2f));
        plot.addDomainMarker(marker);
        JFreeChart chart = new JFreeChart(kind.title(), JFreeChart.DEFAULT_TITLE_FONT.deriveFont(12f), plot,
                false);
        charts.put(kind, chart);
        datasets.put(kind, dataset);
        markers.put(kind, marker);
    }

    /** Adds series for new runs and drops those of removed runs. */
    private void syncRuns() {
        series.keySet().removeIf(run -> !runs.runs().contains(run));
        for (RunViewModel run : runs.runs()) {
            if (!series.containsKey(run)) {
                series.put(run, new LiveRunSeries(run.name()));
                run.trajectoryProperty().addListener((obs, old, t) -> rebuild(run));
                run.visibleProperty().addListener(o -> applyStyles());
            }
        }
        datasets.values().forEach(XYSeriesCollection::removeAllSeries);
        series.values().forEach(s -> {
            datasets.get(ChartKind.LOSS).addSeries(s.loss);
            datasets.get(ChartKind.LEARNING_RATE).addSeries(s.learningRate);
            datasets.get(ChartKind.LYAPUNOV).addSeries(s.dVdt);
            datasets.get(ChartKind.LYAPUNOV).addSeries(s.deltaL);
            datasets.get(ChartKind.LYAPUNOV).addSeries(s.violations);
            datasets.get(ChartKind.COMPONENTS).addSeries(s.components);
        });
        applyStyles();
        rebuildAll();
    }

    private void applyStyles() {
        int k = 0;
        for (RunViewModel run : series.keySet()) {
            // hidden runs leave the charts; with focus on, the other runs are drawn faint
            Color colour = awtColour(runs.isDimmed(run) ? run.argb() & 0x00FFFFFF | 0x40000000 : run.argb());
            boolean shown = run.visibleProperty().get();
            for (ChartKind kind : ChartKind.values()) {
                int per = kind == ChartKind.LYAPUNOV ? 3 : 1;
                for (int j = 0; j < per; j++) {
                    renderer(kind).setSeriesVisible(per * k + j, shown);
                }
            }
            renderer(ChartKind.LOSS).setSeriesPaint(k, colour);
            renderer(ChartKind.LEARNING_RATE).setSeriesPaint(k, colour);
            renderer(ChartKind.COMPONENTS).setSeriesPaint(k, colour);
            XYLineAndShapeRenderer lyapunov = renderer(ChartKind.LYAPUNOV);
            lyapunov.setSeriesPaint(3 * k, colour);
            lyapunov.setSeriesPaint(3 * k + 1, colour);
            lyapunov.setSeriesStroke(3 * k + 1, new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f));
            lyapunov.setSeriesPaint(3 * k + 2, dev.superlevel.render.RunPalette.VIOLATION);
            lyapunov.setSeriesLinesVisible(3 * k + 2, false);
            lyapunov.setSeriesShapesVisible(3 * k + 2, true);
            lyapunov.setSeriesShape(3 * k + 2, new Ellipse2D.Double(-3, -3, 6, 6));
            k++;
        }
    }

    private XYLineAndShapeRenderer renderer(ChartKind kind) {
        return (XYLineAndShapeRenderer) charts.get(kind).getXYPlot().getRenderer();
    }

    static Color awtColour(int argb) {
        return new Color(argb, true);
    }

    private void rebuildAll() {
        series.keySet().forEach(this::rebuild);
    }

    private void rebuild(RunViewModel run) {
        LiveRunSeries s = series.get(run);
        if (s != null) {
            s.clear();
            show(run, s);
        }
    }

    private void showCurrentStep() {
        series.forEach(this::show);
        markers.values().forEach(m -> m.setValue(playback.currentStepProperty().get()));
    }

    private void show(RunViewModel run, LiveRunSeries s) {
        Trajectory t = run.trajectoryProperty().get();
        if (t == null || t.steps().isEmpty()) {
            s.clear();
            return;
        }
        LandscapeData data = landscape.getValue();
        PersistenceDiagram diagram = data == null ? null : data.diagram();
        s.showUpTo(t.steps(), diagram, playback.currentStepProperty().get());
    }

    /** Switches the L(t) chart between a linear and a logarithmic axis (log shows only L &gt; 0). */
    public void setLogLoss(boolean log) {
        XYPlot plot = charts.get(ChartKind.LOSS).getXYPlot();
        if (log) {
            LogAxis axis = new LogAxis("loss (log)");
            axis.setSmallestValue(1e-300);
            plot.setRangeAxis(axis);
        } else {
            NumberAxis axis = new ReadableNumberAxis("loss");
            axis.setAutoRangeIncludesZero(false);
            axis.setAutoRangeMinimumSize(1e-6);
            plot.setRangeAxis(axis);
        }
        setDark(dark);
    }

    /** Dark or light chart colours, to match the window's theme. */
    public void setDark(boolean dark) {
        Color background = dark ? new Color(0x1E1F22) : Color.WHITE;
        Color plotBackground = dark ? new Color(0x26282C) : Color.WHITE;
        Color ink = dark ? new Color(0xE6E6E6) : new Color(0x222222);
        Color grid = dark ? new Color(0x4A4D52) : new Color(0xD0D0D0);
        for (JFreeChart chart : charts.values()) {
            chart.setBackgroundPaint(background);
            chart.getTitle().setPaint(ink);
            XYPlot plot = chart.getXYPlot();
            plot.setBackgroundPaint(plotBackground);
            plot.setDomainGridlinePaint(grid);
            plot.setRangeGridlinePaint(grid);
            for (var axis : new org.jfree.chart.axis.ValueAxis[] {plot.getDomainAxis(), plot.getRangeAxis()}) {
                axis.setLabelPaint(ink);
                axis.setTickLabelPaint(ink);
                axis.setAxisLinePaint(ink);
                axis.setTickMarkPaint(ink);
            }
        }
        this.dark = dark;
    }

    public JFreeChart chart(ChartKind kind) {
        return charts.get(kind);
    }

    /** Number of points the chart currently shows for {@code run} (its main series). */
    public int pointCount(ChartKind kind, RunViewModel run) {
        LiveRunSeries s = series.get(run);
        if (s == null) {
            return 0;
        }
        XYSeries main = switch (kind) {
            case LOSS -> s.loss;
            case LEARNING_RATE -> s.learningRate;
            case LYAPUNOV -> s.dVdt;
            case COMPONENTS -> s.components;
        };
        return main.getItemCount();
    }
}
