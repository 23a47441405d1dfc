package dev.superlevel.ui.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

class RunSettingsTest {

    @Test
    void gdWithTheExponentialScheduleShowsOnlyItsOwnKeys() {
        assertEquals(List.of("optimizer", "schedule", "start", "steps", "lr", "decay", "cost-reg", "cost-kappa"),
                RunSettings.applicable(Map.of("optimizer", "gd", "schedule", "exponential")));
    }

    @Test
    void adamWithTheStepScheduleShowsItsMomentsAndTheStepKeys() {
        assertEquals(List.of("optimizer", "schedule", "start", "steps", "lr", "step-gamma", "step-every", "beta1",
                "beta2", "eps", "cost-reg", "cost-kappa"),
                RunSettings.applicable(Map.of("optimizer", "adam", "schedule", "step")));
    }

    @Test
    void mechanicShowsTheTunerAndItsBasesKeys() {
        assertEquals(List.of("optimizer", "base", "variant", "mech-lambda", "mech-s-init", "mech-eps", "schedule",
                "start", "steps", "lr", "beta1", "beta2", "eps", "cost-reg", "cost-kappa"),
                RunSettings.applicable(Map.of("optimizer", "mechanic", "base", "adam", "schedule", "constant")));
    }

    @Test
    void costDeltaNeedsKappaAndTheRegularisersWeightNeedsARegulariser() {
        List<String> keys = RunSettings.applicable(Map.of("cost-kappa", "2", "cost-reg", "l2"));
        assertEquals(List.of("cost-reg", "cost-kappa", "cost-delta", "cost-reg-lambda"),
                keys.subList(keys.indexOf("cost-reg"), keys.size()));
    }

    @Test
    void blankKeysTakeTheParsersDefaultsForTheChosenOptimizer() {
        Map<String, String> adam = RunSettings.effective(Map.of("optimizer", "adam"));
        assertEquals("0.9", adam.get("beta1"));
        assertEquals("0.999", adam.get("beta2"));
        assertEquals("adam", adam.get("optimizer"));
        assertEquals("0.05", RunSettings.effective(Map.of("lr", "0.05")).get("lr"));
    }
}
