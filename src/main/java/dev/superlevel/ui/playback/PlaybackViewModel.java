package dev.superlevel.ui.playback;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The playback cursor shared by every view: the current step in [0, lastStep], play/pause and the
 * speed in steps per second. Steps are precomputed elsewhere; playback only moves this cursor. The
 * view's AnimationTimer calls {@link #advance(double)} with the elapsed seconds of each frame.
 * FX-thread confined.
 */
public final class PlaybackViewModel {

    public static final double MIN_SPEED = 1;
    public static final double MAX_SPEED = 500;

    private final ReadOnlyIntegerWrapper currentStep = new ReadOnlyIntegerWrapper(this, "currentStep", 0);
    private final IntegerProperty lastStep = new SimpleIntegerProperty(this, "lastStep", 0);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing", false);
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 30);
    private double pendingSteps;

    public PlaybackViewModel() {
        lastStep.addListener((obs, old, last) -> {
            if (currentStep.get() > last.intValue()) {
                currentStep.set(Math.max(0, last.intValue()));
            }
        });
        speed.addListener((obs, old, s) -> {
            double clamped = Math.max(MIN_SPEED, Math.min(MAX_SPEED, s.doubleValue()));
            if (clamped != s.doubleValue()) {
                speed.set(clamped);
            }
        });
    }

    /** Starts playing; from the end it starts over. */
    public void play() {
        if (currentStep.get() >= lastStep.get()) {
            currentStep.set(0);
        }
        pendingSteps = 0;
        playing.set(lastStep.get() > 0);
    }

    public void pause() {
        playing.set(false);
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** One step forward (pauses playback). */
    public void step() {
        pause();
        seek(currentStep.get() + 1);
    }

    /** One step back (pauses playback). */
    public void stepBack() {
        pause();
        seek(currentStep.get() - 1);
    }

    /** Back to step 0, paused. */
    public void reset() {
        pause();
        seek(0);
    }

    /** Moves the cursor to {@code step}, clamped to [0, lastStep]. */
    public void seek(int step) {
        currentStep.set(Math.max(0, Math.min(lastStep.get(), step)));
    }

    /**
     * Advances by {@code seconds × speed} steps, carrying the fraction to the next frame; stops at the
     * last step.
     */
    public void advance(double seconds) {
        if (!playing.get()) {
            return;
        }
        pendingSteps += Math.max(0, seconds) * speed.get();
        int whole = (int) Math.floor(pendingSteps);
        if (whole > 0) {
            pendingSteps -= whole;
            seek(currentStep.get() + whole);
        }
        if (currentStep.get() >= lastStep.get()) {
            pause();
        }
    }

    public ReadOnlyIntegerProperty currentStepProperty() {
        return currentStep.getReadOnlyProperty();
    }

    public IntegerProperty lastStepProperty() {
        return lastStep;
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public DoubleProperty speedProperty() {
        return speed;
    }
}
