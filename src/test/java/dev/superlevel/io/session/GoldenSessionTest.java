package dev.superlevel.io.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.superlevel.core.grid.Domain;
import dev.superlevel.core.optim.OptimizerKind;
import dev.superlevel.core.optim.RunConfig;
import dev.superlevel.core.topology.Connectivity;
import dev.superlevel.core.topology.SetMode;
import dev.superlevel.io.image.PngWriter;
import dev.superlevel.render.ColorScale;
import dev.superlevel.render.Colormap;
import dev.superlevel.render.FigureKind;
import dev.superlevel.render.FigureSpec;
import dev.superlevel.render.FigureStyle;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Version-1 files as users have them (src/test/resources/sessions, see its README): every field is read
 * back to the value written, so a renamed or re-typed key in the session format fails here rather than in
 * a user's saved session or exported PNG. The expected values are the ones in the files and the command
 * that wrote the PNG, not values computed by this code.
 */
class GoldenSessionTest {

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(GoldenSessionTest.class.getResource("/sessions/" + name).toURI());
    }

    @Test
    void theHandWrittenJsonSessionReadsEveryField() throws Exception {
        Session s = SessionFile.load(resource("golden-v1.json"));
        assertEquals(1, s.version());
        assertEquals("0.1.0", s.appVersion());
        assertEquals(new SessionFunction("", "x^2 + a*y^2", Map.of("a", 3.0)), s.function());
        assertEquals(new Domain(-3, 3, -2, 2), s.domain());
        assertEquals(64, s.nx());
        assertEquals(32, s.ny());
        assertEquals(0.75, s.lambda());
        assertEquals(SetMode.SUPERLEVEL, s.mode());
        assertEquals(Connectivity.FOUR, s.connectivity());
        assertEquals(ColorScale.LINEAR, s.colorScale());
        assertEquals(Colormap.VIRIDIS, s.colormap());
        assertEquals(FigureStyle.LIGHT, s.style());
        assertEquals(12, s.currentStep());
        assertEquals(1, s.runs().size());
        SessionRun run = s.runs().get(0);
        assertEquals("gd from the corner", run.label());
        assertEquals(0xFF7CFC00, run.argb());
        assertEquals(Map.of("optimizer", "gd", "lr", "0.1", "start", "2.5,1.5", "steps", "40"), run.config());
        RunConfig cfg = run.toRunConfig();
        assertEquals(RunConfig.defaults(OptimizerKind.GD).withLearningRate(0.1).withStart(2.5, 1.5).withSteps(40),
                cfg, "keys left out take their defaults");
    }

    @Test
    void theExportedPngCarriesItsWholeSession() throws Exception {
        Session s = SessionFile.fromPng(resource("golden-v1.png"));
        assertEquals(1, s.version());
        assertEquals("dev", s.appVersion());
        assertEquals(new SessionFunction("rosenbrock", "(a - x)^2 + b*(y - x^2)^2", Map.of("a", 1.0, "b", 50.0)),
                s.function());
        assertEquals(new Domain(-2, 2, -1, 3), s.domain());
        assertEquals(48, s.nx());
        assertEquals(48, s.ny());
        assertEquals(12.5, s.lambda());
        assertEquals(SetMode.SUBLEVEL, s.mode());
        assertEquals(Connectivity.EIGHT, s.connectivity());
        assertEquals(ColorScale.LOG, s.colorScale());
        assertEquals(Colormap.MAGMA, s.colormap());
        assertEquals(FigureStyle.DARK, s.style());
        assertEquals(30, s.currentStep(), "the CLI shows the longest run's last step");
        assertEquals(List.of("adam lr=0.02", "momentum lr=5.0E-4"), s.runs().stream().map(SessionRun::label).toList());
        assertEquals(List.of(0xFFFF2D95, 0xFF00B4FF), s.runs().stream().map(SessionRun::argb).toList());
        RunConfig adam = s.runs().get(0).toRunConfig();
        assertEquals(RunConfig.defaults(OptimizerKind.ADAM).withLearningRate(0.02).withStart(-1, 1.5).withSteps(30),
                adam);
        RunConfig momentum = s.runs().get(1).toRunConfig();
        assertEquals(RunConfig.defaults(OptimizerKind.MOMENTUM).withLearningRate(0.0005).withStart(1.5, -0.5)
                .withSteps(20), momentum);
        assertEquals(0.9, momentum.momentum());
        assertEquals(29, s.runs().get(0).config().size(), "every run key is written out");
    }

    @Test
    void theExportedPngRecordsHowItWasDrawn() throws Exception {
        Path png = resource("golden-v1.png");
        assertEquals(new FigureSpec(FigureKind.COMPOSITE, 480, 270, 1.0), SessionFile.figureFromPng(png).orElseThrow());
        assertEquals("Superlevel dev", PngWriter.readText(png).get("Software"));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(480, image.getWidth());
        assertEquals(270, image.getHeight());
        assertEquals(0xFF1E1F22, image.getRGB(0, 0), "the dark style's background");
    }

    @Test
    void bothLoadThroughTheOneLoaderByTheirExtension() throws Exception {
        assertEquals(SessionFile.load(resource("golden-v1.json")), SessionFile.loadAny(resource("golden-v1.json")));
        assertEquals(SessionFile.fromPng(resource("golden-v1.png")), SessionFile.loadAny(resource("golden-v1.png")));
    }
}
