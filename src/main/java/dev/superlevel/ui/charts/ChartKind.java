package dev.superlevel.ui.charts;

/** The live charts under the landscape, in display order; titles in plain Unicode. */
public enum ChartKind {
    LOSS("loss L(θₜ)", "loss"),
    LEARNING_RATE("learning rate α(t)", "learning rate"),
    LYAPUNOV("dV/dt and realised ΔL per step", "value"),
    COMPONENTS("components of {L ≥ L(θₜ)}", "components");

    private final String title;
    private final String axisLabel;

    ChartKind(String title, String axisLabel) {
        this.title = title;
        this.axisLabel = axisLabel;
    }

    public String title() {
        return title;
    }

    public String axisLabel() {
        return axisLabel;
    }
}
