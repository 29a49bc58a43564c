package vn.tdkt.statistics;

import java.time.LocalDate;
import java.util.List;

/**
 * A form's tables computed from the registry for one year: the figure of each cell and the awards behind it.
 * Column 0 is "Tổng số"; column n is the form's column at position n. A heading row has no figures.
 *
 * @param records every award counted, with the rows it counts in and its column
 */
public record StatisticsTable(String formCode, String formNumber, String title, String legalBasis, String dueMonthDay,
                              String awardLevel, int year, LocalDate periodFrom, LocalDate periodTo,
                              String reportingUnit, String receivingUnit, List<StatisticsForm.Column> columns,
                              List<RowFigures> rows, List<CountedAward> records) {

    /** A row with its figures: values.get(0) is Tổng số, values.get(n) the form's column n; null for a heading. */
    public record RowFigures(String code, String label, String unitLabel, boolean heading, List<Integer> values) { }

    /** An award counted: the codes of the rows it counts in and its column. */
    public record CountedAward(AwardFact award, List<String> rowCodes, int column) { }

    /** The awards counted in a cell (column 0: every column). */
    public List<AwardFact> cell(String rowCode, int column) {
        return records.stream()
                .filter(r -> r.rowCodes().contains(rowCode) && (column == 0 || r.column() == column))
                .map(CountedAward::award).toList();
    }

    /** The figures of the row of a code, or null when the form has no such row. */
    public RowFigures row(String rowCode) {
        return rows.stream().filter(r -> rowCode.equals(r.code())).findFirst().orElse(null);
    }
}
