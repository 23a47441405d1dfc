package dev.superlevel.cli;

import dev.superlevel.core.function.LossFunction;
import dev.superlevel.io.function.FunctionDefinition;
import dev.superlevel.io.surface.SurfaceData;

import java.util.Objects;
import java.util.Optional;

/**
 * A loss ready to evaluate together with what is known about it (its default domain, suggested level).
 *
 * @param loss the function to evaluate (immutable, thread-safe)
 * @param definition the definition it came from (for a typed expression a bare one)
 * @param surface the surface file the loss interpolates (issue 10), empty for any other loss
 */
public record ResolvedLoss(LossFunction loss, FunctionDefinition definition, Optional<SurfaceData> surface) {

    public ResolvedLoss {
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(surface, "surface");
    }

    /** A loss that is not read from a surface file. */
    public ResolvedLoss(LossFunction loss, FunctionDefinition definition) {
        this(loss, definition, Optional.empty());
    }
}
