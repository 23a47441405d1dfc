package dev.superlevel.ui.playback;

import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * Step back, step, play/pause, reset, speed and the timeline scrubber. An AnimationTimer only moves
 * the cursor of the view-model; all steps are precomputed.
 */
public final class PlaybackBar extends HBox {

    private final PlaybackViewModel vm;
    private long lastFrame = -1;

    public PlaybackBar(PlaybackViewModel vm) {
        super(6);
        this.vm = vm;
        setPadding(new Insets(4, 8, 4, 8));
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("playback");
        Button back = button("◀|", "playback-back", "Step back (←)", vm::stepBack);
        Button play = button("Play", "playback-play", "Play / pause (Space)", vm::togglePlay);
        vm.playingProperty().addListener((obs, o, playing) -> play.setText(playing ? "Pause" : "Play"));
        Button step = button("|▶", "playback-step", "Step forward (→)", vm::step);
        Button reset = button("Reset", "playback-reset", "Back to step 0", vm::reset);
        Slider timeline = new Slider(0, 1, 0);
        timeline.setId("timeline");
        timeline.setTooltip(new Tooltip("Timeline: drag to scrub through the steps"));
        timeline.maxProperty().bind(vm.lastStepProperty());
        vm.currentStepProperty().addListener((obs, o, s) -> timeline.setValue(s.doubleValue()));
        timeline.valueProperty().addListener((obs, o, v) -> {
            if (timeline.isValueChanging() || timeline.isPressed() || Math.round(v.doubleValue())
                    != vm.currentStepProperty().get()) {
                vm.seek((int) Math.round(v.doubleValue()));
            }
        });
        HBox.setHgrow(timeline, Priority.ALWAYS);
        Label stepLabel = new Label();
        stepLabel.setId("step-label");
        stepLabel.setMinWidth(110);
        stepLabel.textProperty().bind(vm.currentStepProperty().asString("step %d / ")
                .concat(vm.lastStepProperty().asString()));
        Slider speed = new Slider(PlaybackViewModel.MIN_SPEED, PlaybackViewModel.MAX_SPEED, vm.speedProperty().get());
        speed.setId("speed");
        speed.setPrefWidth(110);
        speed.valueProperty().bindBidirectional(vm.speedProperty());
        speed.setTooltip(new Tooltip("Playback speed, 1–500 steps per second"));
        Label speedLabel = new Label();
        speedLabel.setMinWidth(70);
        speedLabel.textProperty().bind(vm.speedProperty().asString("%.0f steps/s"));
        getChildren().addAll(back, play, step, reset, stepLabel, timeline, speed, speedLabel);
        // the timer runs only while playing: a running AnimationTimer asks for a pulse every frame, from the
        // window's start on (issue 11 item 19) and while the app sits idle
        AnimationTimer timer = timer();
        vm.playingProperty().addListener((obs, o, playing) -> {
            if (playing) {
                lastFrame = -1;
                timer.start();
            } else {
                timer.stop();
            }
        });
        if (vm.playingProperty().get()) {
            timer.start();
        }
    }

    private AnimationTimer timer() {
        return new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (lastFrame >= 0) {
                    vm.advance((now - lastFrame) / 1e9);
                }
                lastFrame = now;
            }
        };
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }
}
