package dev.superlevel.io.session;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Locale;
import java.util.Map;

/** Session → JSON tree. The reverse, with validation, is {@link SessionReader}. */
final class SessionJson {

    private SessionJson() {
    }

    static ObjectNode toTree(Session s) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("format", SessionFile.FORMAT);
        root.put("version", s.version());
        root.put("appVersion", s.appVersion());
        ObjectNode function = root.putObject("function");
        function.put("name", s.function().name());
        function.put("source", s.function().source());
        ObjectNode parameters = function.putObject("parameters");
        s.function().parameters().forEach(parameters::put);
        ObjectNode domain = root.putObject("domain");
        domain.put("xmin", s.domain().xmin());
        domain.put("xmax", s.domain().xmax());
        domain.put("ymin", s.domain().ymin());
        domain.put("ymax", s.domain().ymax());
        ObjectNode grid = root.putObject("grid");
        grid.put("nx", s.nx());
        grid.put("ny", s.ny());
        root.put("lambda", s.lambda());
        root.put("mode", s.mode().name().toLowerCase(Locale.ROOT));
        root.put("connectivity", s.connectivity().label());
        root.put("colorScale", s.colorScale().label());
        root.put("colormap", s.colormap().label());
        root.put("style", s.style().label());
        ArrayNode runs = root.putArray("runs");
        for (SessionRun run : s.runs()) {
            ObjectNode r = runs.addObject();
            r.put("label", run.label());
            r.put("color", String.format(Locale.ROOT, "#%06X", run.argb() & 0xFFFFFF));
            if (!run.visible()) {  // written only when hidden, so sessions of shown runs stay byte-identical
                r.put("visible", false);
            }
            ObjectNode config = r.putObject("config");
            for (Map.Entry<String, String> e : run.config().entrySet()) {
                config.put(e.getKey(), e.getValue());
            }
        }
        root.put("currentStep", s.currentStep());
        if (!s.paths().isEmpty()) {  // written only when present, so sessions without paths stay byte-identical
            ArrayNode paths = root.putArray("paths");
            s.paths().forEach(paths::add);
        }
        return root;
    }

}
