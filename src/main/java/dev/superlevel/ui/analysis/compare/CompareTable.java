package dev.superlevel.ui.analysis.compare;

import dev.superlevel.core.analysis.ComparisonRow;
import dev.superlevel.core.optim.RunStatus;
import dev.superlevel.render.Ticks;

import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/**
 * The comparison's rows as a table sortable by every column (numbers sort as numbers; a run that did not
 * complete sorts after every final loss). Each optimizer's best rate is marked ★ and bold. Final losses of
 * runs that did not complete read as their status ("diverged"), non-finite ones as such ("NaN"), never as a
 * number. FX-thread confined.
 */
final class CompareTable extends TableView<ComparisonRow> {

    CompareTable(ObservableList<ComparisonRow> rows) {
        super(rows);
        setId("compare-table");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new javafx.scene.control.Label("Tick optimizers, set the sweep and press Run."));
        getColumns().add(column("best", r -> r.best() ? 1 : 0, (r, v) -> r.best() ? "★" : "", 40));
        getColumns().add(column("optimizer", r -> r.optimizer().ordinal(), (r, v) -> r.optimizer().cliName(), 90));
        getColumns().add(column("lr", ComparisonRow::learningRate, (r, v) -> Ticks.format(v.doubleValue(), 4), 70));
        getColumns().add(column("final loss", CompareTable::finalLossKey, (r, v) -> CompareText.finalLoss(r), 110));
        getColumns().add(column("best loss", ComparisonRow::bestLoss, (r, v) -> CompareText.number(v.doubleValue()), 100));
        getColumns().add(column("steps to\ntarget", r -> r.stepsToTarget() < 0 ? Integer.MAX_VALUE
                : r.stepsToTarget(), (r, v) -> r.stepsToTarget() < 0 ? "—" : Integer.toString(r.stepsToTarget()), 70));
        getColumns().add(column("violations", ComparisonRow::violations, (r, v) -> v.toString(), 80));
        getColumns().add(column("basin\nswitches", ComparisonRow::basinSwitches, (r, v) -> v.toString(), 70));
        getColumns().add(column("status", r -> r.status().ordinal(),
                (r, v) -> r.status().name().toLowerCase(Locale.ROOT), 90));
        setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ComparisonRow row, boolean empty) {
                super.updateItem(row, empty);
                setStyle(!empty && row != null && row.best() ? "-fx-font-weight: bold;" : "");
            }
        });
    }

    /** Completed finite losses by value, then everything else after them. */
    private static double finalLossKey(ComparisonRow r) {
        return r.status() == RunStatus.COMPLETED && Double.isFinite(r.finalLoss()) ? r.finalLoss()
                : Double.POSITIVE_INFINITY;
    }

    private interface Text {
        String of(ComparisonRow row, Number value);
    }

    private static <N extends Number & Comparable<N>> TableColumn<ComparisonRow, Number> column(String title,
            Function<ComparisonRow, N> key, Text text, double width) {
        TableColumn<ComparisonRow, Number> c = new TableColumn<>(title);
        c.setId("compare-" + title.replace(' ', '-').replace('\n', '-'));
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(key.apply(f.getValue())));
        c.setComparator(Comparator.comparingDouble(Number::doubleValue));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Number value, boolean empty) {
                super.updateItem(value, empty);
                ComparisonRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(row == null || value == null ? null : text.of(row, value));
            }
        });
        return c;
    }
}
