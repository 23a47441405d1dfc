package dev.superlevel.ui.function;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;

/** A named parameter of the current function: its slider range and live value. */
public final class ParameterState {

    private final String name;
    private final double min;
    private final double max;
    private final DoubleProperty value;

    public ParameterState(String name, double value, double min, double max) {
        this.name = name;
        this.min = Math.min(min, value);
        this.max = Math.max(max, value);
        this.value = new SimpleDoubleProperty(this, name, value);
    }

    public String name() {
        return name;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public DoubleProperty valueProperty() {
        return value;
    }
}
