package dev.superlevel.io.dataset;

/**
 * A data-set CSV that cannot be read. The message always names the file and, where one applies, the
 * 1-based line and column, e.g. {@code "blobs.csv: line 7, column 2 (x2): 'abc' is not a number"}.
 */
public final class DatasetFormatException extends IllegalArgumentException {

    private final String file;
    private final int line;
    private final int column;

    public DatasetFormatException(String file, int line, int column, String problem) {
        this(file, line, column, null, problem);
    }

    /** @param columnName the header name of the column, shown after its number; may be null */
    public DatasetFormatException(String file, int line, int column, String columnName, String problem) {
        super(format(file, line, column, columnName, problem));
        this.file = file;
        this.line = line;
        this.column = column;
    }

    private static String format(String file, int line, int column, String columnName, String problem) {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(": line ").append(line);
            if (column > 0) {
                sb.append(", column ").append(column);
                if (columnName != null) {
                    sb.append(" (").append(columnName).append(')');
                }
            }
        }
        return sb.append(": ").append(problem).toString();
    }

    /** The file name as given in the message. */
    public String file() {
        return file;
    }

    /** 1-based line, or 0 when the problem concerns the whole file. */
    public int line() {
        return line;
    }

    /** 1-based column, or 0 when the problem concerns a whole line or file. */
    public int column() {
        return column;
    }
}
