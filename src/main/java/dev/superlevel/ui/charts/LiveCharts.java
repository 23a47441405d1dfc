package dev.superlevel.ui.charts;

import dev.superlevel.core.topology.PersistenceDiagram;
import dev.superlevel.core.topology.SetMode;
import dev.superlevel.render.ReadableNumberFormat;
import dev.superlevel.ui.landscape.LandscapeData;
import dev.superlevel.ui.playback.PlaybackViewModel;
import dev.superlevel.ui.runs.RunViewModel;
import dev.superlevel.ui.runs.RunsViewModel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;

/**
 * The JFreeChart side of the live charts: per {@link ChartKind} one plot with three layers, each run in
 * its colour: the played part (steps 0..current, solid, a dot at the current step), the whole computed
 * run drawn faintly ahead of it, and markers. In the dV/dt chart each run has dV/dt (solid) and the
 * realised ΔL (dashed); Lyapunov violations (ΔL &gt; 0) are crosses in the ink colour, which no run
 * uses. In the components chart, counts that differ on the grid at 2N are ringed. Every chart has a
 * legend, drawn only where it leaves the plot room ({@link FittingLegend}). Only the FX thread touches it.
 */
public final class LiveCharts {

    /** Layers (dataset indices) of every plot; index 0 is drawn on top. */
    private static final int PLAYED = 0;
    private static final int AHEAD = 1;
    private static final int MARKS = 2;
    /** Opacity of the whole-run curves drawn ahead of the current step. */
    private static final int AHEAD_ALPHA = 70;
    private static final BasicStroke SOLID = new BasicStroke(1.6f);
    private static final BasicStroke DASHED = new BasicStroke(1.4f, BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f);

    private final Map<ChartKind, JFreeChart> charts = new EnumMap<>(ChartKind.class);
    private final Map<ChartKind, ValueMarker> markers = new EnumMap<>(ChartKind.class);
    private final Map<RunViewModel, LiveRunSeries> series = new LinkedHashMap<>();
    private final RunsViewModel runs;
    private final PlaybackViewModel playback;
    private final ObservableValue<LandscapeData> landscape;
    private final ObservableValue<PersistenceDiagram> fineDiagram;
    private int nextId;
    private boolean dark;
    /** Nesting depth of {@link #batched}: the charts redraw when the outermost batch ends. */
    private int batchDepth;

    public LiveCharts(RunsViewModel runs, PlaybackViewModel playback, ObservableValue<LandscapeData> landscape) {
        this(runs, playback, landscape, new javafx.beans.property.SimpleObjectProperty<>());
    }

    /**
     * @param fineDiagram the landscape's diagram on the grid at 2N (null while unknown): counts that
     *     differ from those at N are marked
     */
    public LiveCharts(RunsViewModel runs, PlaybackViewModel playback, ObservableValue<LandscapeData> landscape,
            ObservableValue<PersistenceDiagram> fineDiagram) {
        this.runs = runs;
        this.playback = playback;
        this.landscape = landscape;
        this.fineDiagram = fineDiagram;
        for (ChartKind kind : ChartKind.values()) {
            createChart(kind);
        }
        runs.runs().addListener((ListChangeListener<RunViewModel>) c -> syncRuns());
        playback.currentStepProperty().addListener(o -> showCurrentStep());
        landscape.addListener(o -> reloadAll());
        fineDiagram.addListener(o -> reloadAll());
        runs.focusProperty().addListener(o -> applyStyles());
        runs.selectedProperty().addListener(o -> applyStyles());
        syncRuns();
        setDark(false);
    }

    private void createChart(ChartKind kind) {
        NumberAxis x = new ReadableNumberAxis("step");
        x.setAutoRangeIncludesZero(true);
        x.setAutoRangeMinimumSize(10);
        // steps are never negative: at step 0 the axis shows 0..10, not -5..5
        x.setRangeType(org.jfree.data.RangeType.POSITIVE);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis y = new ReadableNumberAxis(kind.axisLabel());
        y.setAutoRangeIncludesZero(kind == ChartKind.COMPONENTS);
        y.setAutoRangeMinimumSize(kind == ChartKind.COMPONENTS ? 2 : 1e-6);
        if (kind == ChartKind.COMPONENTS) {
            y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        XYPlot plot = new XYPlot(new XYSeriesCollection(), x, y, new CurrentStepRenderer());
        plot.setDataset(AHEAD, new XYSeriesCollection());
        plot.setRenderer(AHEAD, renderer(true, false));
        plot.setDataset(MARKS, new XYSeriesCollection());
        plot.setRenderer(MARKS, renderer(false, true));
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
        plot.setOrientation(PlotOrientation.VERTICAL);
        ValueMarker marker = new ValueMarker(0, new Color(120, 120, 120), new BasicStroke(1.2f));
        plot.addDomainMarker(marker);
        JFreeChart chart = new JFreeChart(kind.title(), JFreeChart.DEFAULT_TITLE_FONT.deriveFont(12f), plot,
                false);
        LegendTitle legend = new FittingLegend(plot);
        legend.setBackgroundPaint(Color.WHITE);  // as the legend JFreeChart makes itself (no frame)
        chart.addLegend(legend);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setItemFont(legend.getItemFont().deriveFont(10f));
        charts.put(kind, chart);
        markers.put(kind, marker);
    }

    private static XYLineAndShapeRenderer renderer(boolean lines, boolean shapes) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(lines, shapes);
        r.setDefaultToolTipGenerator(tooltips());
        return r;
    }

    /** "name: step 12, 4.6291": the series' text (the run's name), the step and the value as written. */
    static StandardXYToolTipGenerator tooltips() {
        return new StandardXYToolTipGenerator("{0}: step {1}, {2}", NumberFormat.getIntegerInstance(),
                new ReadableNumberFormat());
    }

    /** Adds series for new runs and drops those of removed runs; names follow the runs' display names. */
    private void syncRuns() {
        series.keySet().removeIf(run -> !runs.runs().contains(run));
        for (RunViewModel run : runs.runs()) {
            if (!series.containsKey(run)) {
                series.put(run, new LiveRunSeries(nextId++, run.displayName()));
                run.trajectoryProperty().addListener((obs, old, t) -> reload(run));
                run.displayNameProperty().addListener((obs, old, name) -> renameRun(run));
                run.visibleProperty().addListener(o -> applyStyles());
            }
        }
        for (JFreeChart chart : charts.values()) {
            for (int layer = 0; layer < 3; layer++) {
                ((XYSeriesCollection) chart.getXYPlot().getDataset(layer)).removeAllSeries();
            }
        }
        series.values().forEach(this::addSeries);
        applyStyles();
        reloadAll();
    }

    private void renameRun(RunViewModel run) {
        if (series.containsKey(run)) {
            series.put(run, new LiveRunSeries(nextId++, run.displayName()));
            syncRuns();
        }
    }

    private void addSeries(LiveRunSeries s) {
        add(ChartKind.LOSS, PLAYED, s.loss);
        add(ChartKind.LOSS, AHEAD, s.lossAhead);
        add(ChartKind.LEARNING_RATE, PLAYED, s.learningRate);
        add(ChartKind.LEARNING_RATE, AHEAD, s.learningRateAhead);
        add(ChartKind.LYAPUNOV, PLAYED, s.dVdt);
        add(ChartKind.LYAPUNOV, PLAYED, s.deltaL);
        add(ChartKind.LYAPUNOV, AHEAD, s.dVdtAhead);
        add(ChartKind.LYAPUNOV, AHEAD, s.deltaLAhead);
        add(ChartKind.LYAPUNOV, MARKS, s.violations);
        add(ChartKind.COMPONENTS, PLAYED, s.components);
        add(ChartKind.COMPONENTS, AHEAD, s.componentsAhead);
        add(ChartKind.COMPONENTS, MARKS, s.changedAt2N);
    }

    private void add(ChartKind kind, int layer, XYSeries s) {
        ((XYSeriesCollection) charts.get(kind).getXYPlot().getDataset(layer)).addSeries(s);
    }

    private void applyStyles() {
        Color ink = ink();
        int k = 0;
        for (RunViewModel run : series.keySet()) {
            // hidden runs leave the charts; with focus on, every run but the selected one is drawn faint
            Color colour = awtColour(runs.isDimmed(run) ? run.argb() & 0x00FFFFFF | 0x40000000 : run.argb());
            Color faint = new Color(colour.getRed(), colour.getGreen(), colour.getBlue(),
                    Math.min(AHEAD_ALPHA, colour.getAlpha()));
            boolean shown = run.visibleProperty().get();
            for (ChartKind kind : ChartKind.values()) {
                int per = kind == ChartKind.LYAPUNOV ? 2 : 1;
                for (int j = 0; j < per; j++) {
                    BasicStroke stroke = j == 1 ? DASHED : SOLID;
                    style(kind, PLAYED, per * k + j, colour, stroke);
                    style(kind, AHEAD, per * k + j, faint, stroke);
                    renderer(kind, PLAYED).setSeriesVisible(per * k + j, shown);
                    renderer(kind, AHEAD).setSeriesVisible(per * k + j, shown);
                }
                if (kind == ChartKind.LYAPUNOV || kind == ChartKind.COMPONENTS) {
                    renderer(kind, MARKS).setSeriesVisible(k, shown);
                }
            }
            XYLineAndShapeRenderer violations = renderer(ChartKind.LYAPUNOV, MARKS);
            violations.setSeriesPaint(k, ink);
            violations.setSeriesShape(k, ChartShapes.cross(4));
            XYLineAndShapeRenderer rings = renderer(ChartKind.COMPONENTS, MARKS);
            rings.setSeriesPaint(k, colour);
            rings.setSeriesShape(k, ChartShapes.ring(3.5));
            rings.setSeriesShapesFilled(k, false);
            k++;
        }
        charts.forEach((kind, chart) -> chart.getXYPlot().setFixedLegendItems(legend(kind, ink)));
    }

    private void style(ChartKind kind, int layer, int index, Color colour, BasicStroke stroke) {
        XYLineAndShapeRenderer r = renderer(kind, layer);
        r.setSeriesPaint(index, colour);
        r.setSeriesStroke(index, stroke);
        r.setSeriesShape(index, new java.awt.geom.Ellipse2D.Double(-3, -3, 6, 6));
    }

    /** One entry per shown run (its name, in its colour); the dV/dt and components charts explain their marks. */
    private LegendItemCollection legend(ChartKind kind, Color ink) {
        LegendItemCollection items = new LegendItemCollection();
        for (RunViewModel run : series.keySet()) {
            if (run.visibleProperty().get()) {  // a hidden run leaves the legend with its lines
                items.add(ChartShapes.lineItem(run.displayName(), awtColour(run.argb()), SOLID));
            }
        }
        if (kind == ChartKind.LYAPUNOV) {
            items.add(ChartShapes.lineItem("dV/dt", ink, SOLID));
            items.add(ChartShapes.lineItem("ΔL", ink, DASHED));
            items.add(ChartShapes.shapeItem("ΔL > 0 (violation)", ink, ChartShapes.cross(4), true));
        } else if (kind == ChartKind.COMPONENTS) {
            items.add(ChartShapes.shapeItem("count differs at 2N", ink, ChartShapes.ring(3.5), false));
        }
        if (kind == ChartKind.LOSS) {
            // said once, in the first chart: the other charts draw the whole run the same way
            items.add(ChartShapes.lineItem("faint: the whole run", new Color(ink.getRed(), ink.getGreen(),
                    ink.getBlue(), AHEAD_ALPHA), SOLID));
        }
        return items;
    }

    private XYLineAndShapeRenderer renderer(ChartKind kind, int layer) {
        return (XYLineAndShapeRenderer) charts.get(kind).getXYPlot().getRenderer(layer);
    }

    static Color awtColour(int argb) {
        return new Color(argb, true);
    }

    private void reloadAll() {
        batched(this::reloadAllNow);
    }

    private void reloadAllNow() {
        LandscapeData data = landscape.getValue();
        if (data != null) {
            boolean sub = data.diagram().mode() == SetMode.SUBLEVEL;
            charts.get(ChartKind.COMPONENTS).setTitle(sub ? "components of {L ≤ L(θₜ)}"
                    : ChartKind.COMPONENTS.title());
            charts.get(ChartKind.COMPONENTS).getTitle().setFont(
                    JFreeChart.DEFAULT_TITLE_FONT.deriveFont(12f));
            charts.get(ChartKind.COMPONENTS).getTitle().setPaint(ink());
        }
        series.keySet().forEach(this::reload);
    }

    private void reload(RunViewModel run) {
        batched(() -> reloadNow(run));
    }

    private void reloadNow(RunViewModel run) {
        LiveRunSeries s = series.get(run);
        if (s == null) {
            return;
        }
        LandscapeData data = landscape.getValue();
        PersistenceDiagram diagram = data == null ? null : data.diagram();
        PersistenceDiagram fine = fineDiagram.getValue();
        if (fine != null && diagram != null && (fine.mode() != diagram.mode()
                || !fine.field().spec().domain().equals(diagram.field().spec().domain()))) {
            fine = null; // a 2N grid of an older view
        }
        s.load(run.trajectoryProperty().get(), diagram, fine);
        s.showUpTo(playback.currentStepProperty().get());
    }

    private void showCurrentStep() {
        int step = playback.currentStepProperty().get();
        batched(() -> {
            series.values().forEach(s -> s.showUpTo(step));
            markers.values().forEach(m -> m.setValue(step));
        });
    }

    /**
     * Runs {@code change} with the charts' change events held, then lets each chart redraw once: a series
     * change event redraws its whole chart (every point, with its tooltip), and a reload fires a dozen
     * (issue 11 item 19: a run's arrival blocked the FX thread for up to 1.5 s under load).
     */
    private void batched(Runnable change) {
        if (batchDepth++ == 0) {
            charts.values().forEach(c -> c.setNotify(false));
        }
        try {
            change.run();
        } finally {
            if (--batchDepth == 0) {
                charts.values().forEach(c -> c.setNotify(true));
            }
        }
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

    private Color ink() {
        return dark ? new Color(0xE6E6E6) : new Color(0x222222);
    }

    /** Dark or light chart colours, to match the window's theme. */
    public void setDark(boolean dark) {
        this.dark = dark;
        Color background = dark ? new Color(0x1E1F22) : Color.WHITE;
        Color plotBackground = dark ? new Color(0x26282C) : Color.WHITE;
        Color ink = ink();
        Color grid = dark ? new Color(0x4A4D52) : new Color(0xD0D0D0);
        for (JFreeChart chart : charts.values()) {
            chart.setBackgroundPaint(background);
            chart.getTitle().setPaint(ink);
            chart.getLegend().setBackgroundPaint(background);
            chart.getLegend().setItemPaint(ink);
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
        applyStyles();
    }

    public JFreeChart chart(ChartKind kind) {
        return charts.get(kind);
    }

    /** Number of points the chart's played part currently shows for {@code run} (its main series). */
    public int pointCount(ChartKind kind, RunViewModel run) {
        LiveRunSeries s = series.get(run);
        return s == null ? 0 : main(kind, s, false).getItemCount();
    }

    /** Number of points of the faint whole-run curve of {@code run} (its main series). */
    public int aheadPointCount(ChartKind kind, RunViewModel run) {
        LiveRunSeries s = series.get(run);
        return s == null ? 0 : main(kind, s, true).getItemCount();
    }

    /** The value the chart shows for {@code run} at {@code step} on its played part, NaN if not shown. */
    public double playedValue(ChartKind kind, RunViewModel run, int step) {
        LiveRunSeries s = series.get(run);
        XYSeries main = s == null ? null : main(kind, s, false);
        return main == null || step >= main.getItemCount() ? Double.NaN : main.getY(step).doubleValue();
    }

    /** The steps of {@code run} whose component count differs between the grid at N and at 2N. */
    public List<Integer> stepsDifferingAt2N(RunViewModel run) {
        LiveRunSeries s = series.get(run);
        List<Integer> steps = new ArrayList<>();
        if (s != null) {
            for (int k = 0; k < s.changedAt2N.getItemCount(); k++) {
                steps.add(s.changedAt2N.getX(k).intValue());
            }
        }
        return steps;
    }

    /** The legend entries of a chart, as drawn. */
    public List<String> legendLabels(ChartKind kind) {
        List<String> labels = new ArrayList<>();
        LegendItemCollection items = charts.get(kind).getXYPlot().getLegendItems();
        for (int k = 0; k < items.getItemCount(); k++) {
            labels.add(items.get(k).getLabel());
        }
        return labels;
    }

    private static XYSeries main(ChartKind kind, LiveRunSeries s, boolean ahead) {
        return switch (kind) {
            case LOSS -> ahead ? s.lossAhead : s.loss;
            case LEARNING_RATE -> ahead ? s.learningRateAhead : s.learningRate;
            case LYAPUNOV -> ahead ? s.dVdtAhead : s.dVdt;
            case COMPONENTS -> ahead ? s.componentsAhead : s.components;
        };
    }
}
