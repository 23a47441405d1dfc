package dev.superlevel.ui.function;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Human labels for choice boxes of enum values (display only: the boxes never parse text). */
public final class Labels {

    private Labels() {
    }

    public static <T> StringConverter<T> of(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("a choice box does not parse " + text);
            }
        };
    }
}
