package dev.superlevel.ui.analysis;

import dev.superlevel.core.topology.MergeTree;
import dev.superlevel.render.LandscapeScene;
import dev.superlevel.render.ProfileAxis;
import dev.superlevel.render.ProfileFigureRenderer;
import dev.superlevel.ui.concurrent.BackgroundExecutor;
import dev.superlevel.ui.landscape.LandscapeData;
import dev.superlevel.ui.landscape.LandscapeView;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import javafx.beans.property.DoubleProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The topology read-out and the landscape profile (issue 10): the summary line, the profile drawn by the
 * figure's own renderer, the hovered basin's numbers; hovering a valley highlights it here and its basin on
 * the map ({@link #linkedTo}), clicking sets λ to its birth; "loss axis" picks the profile's y axis.
 * A thin view over {@link TopologyViewModel}.
 */
public final class TopologyPanel extends VBox {

    private static final int WIDTH = 260;
    private static final int HEIGHT = 150;

    private final TopologyViewModel vm;
    private final ImageView image = new ImageView();
    private final Label hovered = new Label();
    private final Rectangle2D plot = new Rectangle2D.Double(1, 1, WIDTH - 2, HEIGHT - 2);

    public TopologyPanel(TopologyViewModel vm) {
        super(4);
        this.vm = vm;
        Label title = new Label("Topology (sub-level merge tree)");
        title.setStyle("-fx-font-weight: bold;");
        Label summary = new Label();
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryTextProperty());
        hovered.setWrapText(true);
        image.setId("topology-profile");
        ChoiceBox<ProfileAxis> axis = new ChoiceBox<>(FXCollections.observableArrayList(ProfileAxis.values()));
        axis.setId("profile-axis");
        axis.setConverter(new StringConverter<>() {
            @Override
            public String toString(ProfileAxis a) {
                return a == null ? "" : a.label();
            }

            @Override
            public ProfileAxis fromString(String s) {
                return ProfileAxis.valueOf(s.toUpperCase(java.util.Locale.ROOT));
            }
        });
        axis.setTooltip(new Tooltip("The profile's loss axis. linear: depths to scale; log: room just above the "
                + "global minimum; rank: the tree's levels equally spaced, so no shallow basin is a sliver beside a "
                + "deep one (chosen when one would be)."));
        axis.valueProperty().bindBidirectional(vm.axisProperty());
        Label axisLabel = new Label("loss axis");
        getChildren().addAll(title, summary, image, new HBox(6, axisLabel, axis), hovered);
        vm.axisProperty().addListener(o -> redraw());
        vm.resultProperty().addListener(o -> redraw());
        vm.hoveredBasinProperty().addListener(o -> redraw());
        vm.lambdaValue().addListener(o -> redraw());
        image.setOnMouseMoved(e -> vm.hoveredBasinProperty().set(basinAt(e.getX())));
        image.setOnMouseExited(e -> vm.hoveredBasinProperty().set(-1));
        image.setOnMouseClicked(e -> vm.selectBasin(basinAt(e.getX())));
    }

    private int basinAt(double x) {
        TopologyViewModel.Result r = vm.resultProperty().get();
        return r == null ? -1 : ProfileFigureRenderer.branchAt(scene(r), r.profile(), plot, x);
    }

    private LandscapeScene scene(TopologyViewModel.Result r) {
        return LandscapeScene.of(r.field(), vm.lambda());
    }

    /**
     * The panel for the app's left column with its basin highlight added to {@code map}: hovering a valley
     * outlines that basin's cells on the map and names it in the map's legend.
     */
    public static TopologyPanel linkedTo(LandscapeView map, ObservableValue<LandscapeData> data, DoubleProperty lambda,
            BackgroundExecutor executor) {
        TopologyViewModel vm = new TopologyViewModel(data, lambda, executor);
        map.addLayer(new BasinHighlightLayer(vm));
        return new TopologyPanel(vm);
    }

    /** The panel's view-model. */
    public TopologyViewModel viewModel() {
        return vm;
    }

    private void redraw() {
        TopologyViewModel.Result r = vm.resultProperty().get();
        if (r == null) {
            image.setImage(null);
            hovered.setText("");
            return;
        }
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            ProfileFigureRenderer.drawPlot(g, scene(r), r.profile(), vm.hoveredBasinProperty().get(), plot,
                    vm.axisProperty().get());
        } finally {
            g.dispose();
        }
        image.setImage(SwingFXUtils.toFXImage(img, null));
        MergeTree.Branch b = vm.hoveredBranch();
        hovered.setText(b == null ? "Hover a valley; click it to set \u03bb to its minimum."
                : "basin " + b.id() + ": min " + b.birth() + " at (" + b.x() + ", " + b.y() + "), persistence "
                        + b.persistence() + ", " + b.size() + " samples");
    }
}
