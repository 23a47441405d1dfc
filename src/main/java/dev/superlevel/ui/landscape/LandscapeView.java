package dev.superlevel.ui.landscape;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;

/**
 * The centre of the window: the heat map on a base canvas (one {@code setPixels} per update into a
 * {@link WritableImage}) and an overlay canvas for contours and trajectories. Resizable.
 */
public final class LandscapeView extends Pane {

    private final LandscapeViewModel viewModel;
    private final Canvas base = new Canvas();
    private final Canvas overlay = new Canvas();
    private WritableImage image;

    public LandscapeView(LandscapeViewModel viewModel) {
        this.viewModel = viewModel;
        base.setId("landscape-canvas");
        overlay.setId("landscape-overlay");
        overlay.setMouseTransparent(true);
        getChildren().addAll(base, overlay);
        setMinSize(200, 200);
        setPrefSize(700, 600);
        widthProperty().addListener((obs, o, n) -> redraw());
        heightProperty().addListener((obs, o, n) -> redraw());
        viewModel.pixelsProperty().addListener((obs, o, n) -> updateImage());
    }

    @Override
    protected void layoutChildren() {
        base.setWidth(getWidth());
        base.setHeight(getHeight());
        overlay.setWidth(getWidth());
        overlay.setHeight(getHeight());
    }

    private void updateImage() {
        RasterPixels px = viewModel.pixelsProperty().get();
        if (px == null) {
            return;
        }
        if (image == null || (int) image.getWidth() != px.width() || (int) image.getHeight() != px.height()) {
            image = new WritableImage(px.width(), px.height());
        }
        image.getPixelWriter().setPixels(0, 0, px.width(), px.height(), PixelFormat.getIntArgbInstance(),
                px.argb(), 0, px.width());
        redraw();
    }

    private void redraw() {
        GraphicsContext g = base.getGraphicsContext2D();
        g.setFill(Color.gray(0.15));
        g.fillRect(0, 0, base.getWidth(), base.getHeight());
        if (image != null) {
            g.setImageSmoothing(false);
            g.drawImage(image, 0, 0, base.getWidth(), base.getHeight());
        }
    }
}
