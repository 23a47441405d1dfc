package dev.superlevel.ui.charts;

/** The live charts under the landscape, in display order. */
public enum ChartKind {
    LOSS("L(t)", "loss"),
    LEARNING_RATE("α(t)", "learning rate"),
    LYAPUNOV("dV/dt and realised ΔL", "value"),
    COMPONENTS("components of S_{L(θ_t)}", "components");

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
