package dev.superlevel.io.dataset;

/**
 * A data-set key has a bad value or is unknown. The message reads {@code key: problem} as before; the key
 * itself is carried so a caller (the function-file parser) can point at the key's line without parsing
 * the message.
 */
public final class DatasetKeyException extends IllegalArgumentException {

    private final String key;

    public DatasetKeyException(String key, String problem, Throwable cause) {
        super(key + ": " + problem, cause);
        this.key = key;
    }

    /** The data-set key the problem is about, e.g. {@code mlp-hidden}. */
    public String key() {
        return key;
    }
}
