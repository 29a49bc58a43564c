package vn.tdkt.registry.person;

/** A person's stored annual assessment. */
public record AnnualAssessmentView(String personCode, int year, String taskRating, Integer monthsWorked,
                                   Integer maternityMonths) {
}
