package dev.superlevel.cli;

import dev.superlevel.core.function.LossFunction;
import dev.superlevel.io.function.FunctionDefinition;
import java.util.Objects;

/**
 * A loss ready to evaluate together with what is known about it (its default domain, suggested level).
 *
 * @param loss the function to evaluate (immutable, thread-safe)
 * @param definition the definition it came from (for a typed expression a bare one)
 */
public record ResolvedLoss(LossFunction loss, FunctionDefinition definition) {

    public ResolvedLoss {
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(definition, "definition");
    }
}
