package dev.superlevel.ui.landscape;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** The laid-out width of a string in a font (a Canvas cannot measure text itself). FX thread. */
final class TextWidth {

    private TextWidth() {
    }

    static double of(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }
}
