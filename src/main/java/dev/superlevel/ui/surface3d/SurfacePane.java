package dev.superlevel.ui.surface3d;

import dev.superlevel.render.surface3d.SurfaceView;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;

/**
 * The 3-D view: the software-rendered frame of {@link SurfaceViewModel} in an image, orbit by dragging,
 * zoom with the wheel, and a strip with reset, vertical exaggeration, log height and height clipping.
 * Why not JavaFX 3-D (SubScene, MeshView): it is unavailable in the software pipeline of the headless
 * tests and under plain Xvfb, and it could not give the CLI's and the export's pixels; see
 * {@link dev.superlevel.render.surface3d.SurfaceRenderer}. Only forwards events and shows frames.
 */
public final class SurfacePane extends BorderPane {

    private final SurfaceViewModel vm;
    private final Pane canvas = new Pane();
    private final ImageView image = new ImageView();
    private WritableImage buffer;
    private double dragX;
    private double dragY;

    public SurfacePane(SurfaceViewModel vm) {
        this.vm = vm;
        setId("surface-3d");
        canvas.setId("surface-canvas");
        canvas.getChildren().add(image);
        image.setManaged(false);  // the frame follows the pane's size, never the other way round
        canvas.setMinSize(0, 0);
        setCenter(canvas);
        setTop(controls());
        canvas.widthProperty().addListener(o -> resize());
        canvas.heightProperty().addListener(o -> resize());
        canvas.setOnMousePressed(e -> {
            dragX = e.getX();
            dragY = e.getY();
        });
        canvas.setOnMouseDragged(e -> {
            vm.orbit(e.getX() - dragX, e.getY() - dragY);
            dragX = e.getX();
            dragY = e.getY();
        });
        canvas.setOnScroll(e -> vm.zoom(Math.pow(1.0015, e.getDeltaY())));
        vm.frameProperty().addListener((obs, o, frame) -> show(frame));
    }

    private ToolBar controls() {
        Button reset = new Button("Reset camera");
        reset.setId("surface-reset");
        reset.setTooltip(new Tooltip("Back to azimuth -60°, elevation 30°, zoom 1 (drag to orbit, wheel to zoom)"));
        reset.setOnAction(e -> vm.resetCamera());
        Slider exaggeration = new Slider(0.2, 4, vm.viewProperty().get().exaggeration());
        exaggeration.setId("surface-exaggeration");
        exaggeration.setTooltip(new Tooltip("Vertical exaggeration"));
        exaggeration.valueProperty().addListener((obs, o, v) -> vm.setExaggeration(v.doubleValue()));
        CheckBox log = new CheckBox("Log height");
        log.setId("surface-log-height");
        log.setTooltip(new Tooltip("Height on the log scale of the colour bar, for losses spanning decades"));
        log.selectedProperty().addListener((obs, o, on) -> vm.setLogHeight(on));
        Slider clip = new Slider(0.02, 1, 1);
        clip.setId("surface-clip");
        clip.setTooltip(new Tooltip("Show only the lower part of the height range, so one spike does not flatten "
                + "the rest (values above are cut flat)"));
        clip.valueProperty().addListener((obs, o, v) -> vm.setClipTop(v.doubleValue()));
        vm.viewProperty().addListener((obs, o, v) -> sync(v, exaggeration, log, clip));
        ToolBar bar = new ToolBar(reset, new Label("Exaggeration"), exaggeration, log, new Label("Clip top"), clip);
        bar.setPadding(new Insets(2, 6, 2, 6));
        return bar;
    }

    private static void sync(SurfaceView v, Slider exaggeration, CheckBox log, Slider clip) {
        if (Math.abs(exaggeration.getValue() - v.exaggeration()) > 1e-9) {
            exaggeration.setValue(v.exaggeration());
        }
        log.setSelected(v.logHeight());
        if (Math.abs(clip.getValue() - v.clipHigh()) > 1e-9) {
            clip.setValue(v.clipHigh());
        }
    }

    private void resize() {
        vm.resize((int) Math.floor(canvas.getWidth()), (int) Math.floor(canvas.getHeight()));
    }

    /** Copies the frame's pixels into the displayed image (one {@code setPixels}). */
    private void show(BufferedImage frame) {
        if (frame == null) {
            return;
        }
        int w = frame.getWidth();
        int h = frame.getHeight();
        if (buffer == null || (int) buffer.getWidth() != w || (int) buffer.getHeight() != h) {
            buffer = new WritableImage(w, h);
            image.setImage(buffer);
        }
        int[] argb = ((DataBufferInt) frame.getRaster().getDataBuffer()).getData();
        buffer.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
    }

    /** The view-model behind this pane. */
    public SurfaceViewModel viewModel() {
        return vm;
    }

    /** The image node showing the frame (for tests and screenshots). */
    public ImageView imageView() {
        return image;
    }
}
