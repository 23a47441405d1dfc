package dev.superlevel.io.dataset;

/**
 * Reads the cells of one data line of a data-set CSV against its header, reporting the file, the
 * 1-based line and the 1-based column (with its name) of any bad cell.
 */
final class DatasetRowReader {

    private final String file;
    private final int line;
    private final String[] cells;
    private final DatasetCsv.Header header;

    DatasetRowReader(String file, int line, String text, DatasetCsv.Header header) {
        this.file = file;
        this.line = line;
        this.header = header;
        this.cells = text.split(",", -1);
        if (cells.length != header.names().length) {
            throw new DatasetFormatException(file, line, 0, cells.length + " cells, but the header has "
                    + header.names().length + " columns");
        }
    }

    double[] features() {
        int[] columns = header.featureColumns();
        double[] out = new double[columns.length];
        for (int k = 0; k < columns.length; k++) {
            out[k] = number(columns[k]);
        }
        return out;
    }

    /**
     * @param limit labels must be below this
     * @param isModelLimit whether the limit comes from the model (else it is the inference cap)
     */
    int label(int limit, boolean isModelLimit) {
        int col = header.labelColumn();
        String cell = DatasetCsv.unquote(cells[col]);
        int label;
        try {
            label = Integer.parseInt(cell);
        } catch (NumberFormatException e) {
            throw error(col, "'" + cell + "' is not an integer class label");
        }
        if (label < 0 || label >= limit) {
            String why = isModelLimit ? "the model has " + limit + " classes" : "at most " + limit + " classes";
            throw error(col, "label " + label + " is out of range 0.." + (limit - 1) + " (" + why + ")");
        }
        return label;
    }

    /** ρ of this row, 1 when the file has no rho column. */
    double rho() {
        int col = header.rhoColumn();
        if (col < 0) {
            return 1.0;
        }
        double rho = number(col);
        if (rho < 0 || rho > 1) {
            throw error(col, "rho " + rho + " is outside [0, 1]");
        }
        return rho;
    }

    private double number(int col) {
        String cell = DatasetCsv.unquote(cells[col]);
        double v;
        try {
            v = Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw error(col, "'" + cell + "' is not a number");
        }
        if (!Double.isFinite(v)) {
            throw error(col, "'" + cell + "' is not a finite number");
        }
        return v;
    }

    private DatasetFormatException error(int col, String problem) {
        return new DatasetFormatException(file, line, col + 1, header.names()[col], problem);
    }
}
