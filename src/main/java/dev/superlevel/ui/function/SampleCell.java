package dev.superlevel.ui.function;

import dev.superlevel.ui.landscape.RasterPixels;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** A sample in the picker: a small heat-map thumbnail (computed in the background), title and formula. */
final class SampleCell extends ListCell<SampleFunction> {

    private final ThumbnailCache thumbnails;

    SampleCell(ThumbnailCache thumbnails) {
        this.thumbnails = thumbnails;
    }

    @Override
    protected void updateItem(SampleFunction item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setText(null);
            setTooltip(null);
            return;
        }
        ImageView view = new ImageView();
        view.setFitWidth(ThumbnailCache.SIZE);
        view.setFitHeight(ThumbnailCache.SIZE);
        thumbnails.request(item, px -> {
            if (getItem() == item) {
                view.setImage(toImage(px));
            }
        });
        Label title = new Label(item.toString());
        title.getStyleClass().add("sample-title");
        Label formula = new Label(item.formula());
        formula.getStyleClass().add("sample-formula");
        formula.setMaxWidth(170);
        setGraphic(new HBox(6, view, new VBox(1, title, formula)));
        setText(null);
        setTooltip(new Tooltip(item.formula() + (item.description().isBlank() ? "" : "\n" + item.description())));
    }

    private static WritableImage toImage(RasterPixels px) {
        WritableImage image = new WritableImage(px.width(), px.height());
        image.getPixelWriter().setPixels(0, 0, px.width(), px.height(), PixelFormat.getIntArgbInstance(),
                px.argb(), 0, px.width());
        return image;
    }
}
