package dev.superlevel.io.function;

/**
 * A named parameter of a function file ({@code param a = 1 in [-2, 3]}): its default value and the
 * range a slider offers.
 *
 * @param name an identifier other than {@code x}, {@code y}, {@code pi}, {@code e}
 * @param defaultValue the value used unless the user moves it; min ≤ default ≤ max
 * @param min lower end of the range (finite)
 * @param max upper end of the range (finite, &gt; min)
 */
public record ParameterSpec(String name, double defaultValue, double min, double max) {

    public ParameterSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("parameter name is missing");
        }
        if (!Double.isFinite(defaultValue) || !Double.isFinite(min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException("parameter '" + name + "': values must be finite");
        }
        if (!(min < max)) {
            throw new IllegalArgumentException("parameter '" + name + "': range [" + min + ", " + max
                    + "] is empty (min must be less than max)");
        }
        if (defaultValue < min || defaultValue > max) {
            throw new IllegalArgumentException("parameter '" + name + "': default " + defaultValue
                    + " lies outside its range [" + min + ", " + max + "]");
        }
    }
}
