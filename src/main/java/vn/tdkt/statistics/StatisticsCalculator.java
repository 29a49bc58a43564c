package vn.tdkt.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Counts the registry's awards of a year into a form's cells: plain code, no storage. */
final class StatisticsCalculator {

    private StatisticsCalculator() { }

    static StatisticsTable compute(StatisticsForm form, int year, LocalDate from, LocalDate to, String reportingUnit,
                                   String receivingUnit, List<AwardFact> facts) {
        List<StatisticsTable.CountedAward> counted = new ArrayList<>();
        for (AwardFact fact : facts) {
            int column = columnOf(form, fact);
            if (column == 0) {
                continue; // an award the form has no column for is not counted
            }
            List<String> rowCodes = form.rows().stream()
                    .filter(r -> !r.heading() && r.code() != null && StatisticsCriteria.matches(r.criterion(), fact))
                    .map(StatisticsForm.Row::code).toList();
            counted.add(new StatisticsTable.CountedAward(fact, rowCodes, column));
        }
        List<StatisticsTable.RowFigures> rows = new ArrayList<>();
        for (StatisticsForm.Row row : form.rows()) {
            if (row.heading()) {
                rows.add(new StatisticsTable.RowFigures(null, row.label(), row.unitLabel(), true, null));
                continue;
            }
            List<Integer> values = new ArrayList<>();
            values.add((int) counted.stream().filter(c -> c.rowCodes().contains(row.code())).count());
            for (StatisticsForm.Column col : form.columns()) {
                values.add((int) counted.stream()
                        .filter(c -> c.rowCodes().contains(row.code()) && c.column() == col.position()).count());
            }
            rows.add(new StatisticsTable.RowFigures(row.code(), row.label(), row.unitLabel(), false, values));
        }
        return new StatisticsTable(form.code(), form.formNumber(), form.title(), form.legalBasis(), form.dueMonthDay(),
                form.awardLevel(), year, from, to, reportingUnit, receivingUnit, form.columns(), rows, counted);
    }

    /** The position of the column an award counts in, 0 when none. */
    static int columnOf(StatisticsForm form, AwardFact fact) {
        for (StatisticsForm.Column col : form.columns()) {
            if (col.awardTypeCode() != null && Objects.equals(col.awardTypeCode(), fact.awardTypeCode())
                    && (col.recipient() == null || col.recipient().equals(fact.recipientKind()))) {
                return col.position();
            }
        }
        return 0;
    }
}
