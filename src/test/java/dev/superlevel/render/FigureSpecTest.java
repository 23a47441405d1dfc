package dev.superlevel.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.grid.GridSpec;
import dev.superlevel.core.grid.SampledField;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.List;

class FigureSpecTest {

    private static CompositeScene scene() {
        GridSpec spec = new GridSpec(new Domain(0, 1, 0, 1), 16, 16);
        double[] v = new double[spec.size()];
        for (int k = 0; k < v.length; k++) {
            v[k] = k % 16;
        }
        return new CompositeScene(LandscapeScene.of(new SampledField(spec, v), 4), List.of(), 0);
    }

    @Test
    void landscapeSpecDrawsExactlyTheLandscapeFigure() {
        BufferedImage viaSpec = new FigureSpec(FigureKind.LANDSCAPE, 300, 200, 1.5).render(scene());
        BufferedImage direct = FigureRenderer.render(scene().landscape(), 300, 200, 1.5);
        assertArrayEquals(direct.getRGB(0, 0, 300, 200, null, 0, 300), viaSpec.getRGB(0, 0, 300, 200, null, 0, 300));
    }

    @Test
    void compositeSpecDrawsTheCompositeAtItsSize() {
        BufferedImage img = FigureSpec.defaults(FigureKind.COMPOSITE).withSize(640, 360).render(scene());
        BufferedImage direct = CompositeFigureRenderer.render(scene(), 640, 360, 1);
        assertEquals(640, img.getWidth());
        assertEquals(360, img.getHeight());
        assertArrayEquals(direct.getRGB(0, 0, 640, 360, null, 0, 640), img.getRGB(0, 0, 640, 360, null, 0, 640));
    }

    @Test
    void defaultsAreWideForTheComposite() {
        assertEquals(new FigureSpec(FigureKind.LANDSCAPE, 1200, 900, 1), FigureSpec.defaults(FigureKind.LANDSCAPE));
        assertEquals(new FigureSpec(FigureKind.COMPOSITE, 1600, 900, 1), FigureSpec.defaults(FigureKind.COMPOSITE));
    }

    @Test
    void rejectsAnOutOfRangeScale() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FigureSpec.defaults(FigureKind.LANDSCAPE).withScale(20));
        assertEquals("figure scale must be between 0.25 and 8, got 20.0", e.getMessage());
    }

    @Test
    void unknownKindNamesTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FigureKind.parse("pie"));
        assertEquals("unknown figure 'pie' (expected landscape, composite, profile, basins, surface or path-loss)", e.getMessage());
    }
}
