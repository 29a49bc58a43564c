package vn.tdkt.eligibility;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tdkt.rules.LegalParameterSet;
import vn.tdkt.workflow.RecordRows;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads a nominee's history (awards, ratings, initiatives, discipline, suspensions, members) from the registry. */
@Repository
public class NomineeHistoryRepository {

    private final JdbcClient jdbc;

    public NomineeHistoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<NomineeRef> person(String code) {
        return jdbc.sql("""
                        SELECT p.id, p.code, p.full_name, p.job_title, u.id AS unit_id, u.code AS unit_code, u.name AS unit_name
                        FROM person p JOIN org_unit u ON u.id = p.unit_id WHERE UPPER(p.code) = UPPER(?) AND p.active""")
                .param(code)
                .query((rs, n) -> new NomineeRef(rs.getString("code"), rs.getString("full_name"), "CA_NHAN",
                        rs.getLong("id"), null, rs.getString("unit_code"), rs.getString("unit_name"),
                        (rs.getString("job_title") == null ? "" : rs.getString("job_title") + ", ")
                                + rs.getString("unit_name")))
                .optional();
    }

    public Optional<NomineeRef> unit(String code) {
        return jdbc.sql("SELECT id, code, name FROM org_unit WHERE LOWER(code) = LOWER(?)")
                .param(code)
                .query((rs, n) -> new NomineeRef(rs.getString("code"), rs.getString("name"), "TAP_THE", null,
                        rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("name")))
                .optional();
    }

    /**
     * The history relevant to the period year, as of the given day (for open suspensions), counted as the legal
     * parameters of the year say: which kinds of award build merit streaks, which ratings are "completed", from which
     * penalty a collective's member counts as disciplined.
     */
    public NomineeHistory history(NomineeRef nominee, int year, LocalDate asOf, Set<String> ledBlockUnits,
                                  LegalParameterSet law) {
        boolean person = nominee.isPerson();
        String subject = person ? "person_id" : "unit_id";
        long id = person ? nominee.personId() : nominee.unitId();

        boolean suspended = jdbc.sql("SELECT COUNT(*) FROM suspension_flag WHERE " + subject
                        + " = ? AND raised_on <= ? AND (lifted_on IS NULL OR lifted_on > ?)")
                .params(id, asOf, asOf).query(Long.class).single() > 0;

        Map<String, Set<Integer>> merit = new HashMap<>();
        List<String> countingKinds = law.meritCountingKinds();
        jdbc.sql("SELECT award_type_code, award_year FROM award_record WHERE " + subject
                        + " = :id AND commendation_kind IN (:kinds) AND award_year <= :year AND annulled_on IS NULL")
                .param("id", id).param("kinds", countingKinds.isEmpty() ? List.of("") : countingKinds)
                .param("year", year)
                .query((rs, n) -> merit.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getInt(2)))
                .list();

        Map<Integer, String> ratings = new HashMap<>();
        Integer[] months = {null, null};
        jdbc.sql("SELECT assessment_year, task_rating, months_worked, maternity_months FROM annual_assessment WHERE "
                        + subject
                        + " = ? AND assessment_year <= ?")
                .params(id, year)
                .query((rs, n) -> {
                    ratings.put(rs.getInt(1), rs.getString(2));
                    if (rs.getInt(1) == year) {
                        months[0] = (Integer) rs.getObject(3);
                        months[1] = (Integer) rs.getObject(4);
                    }
                    return null;
                }).list();

        List<NomineeHistory.Initiative> initiatives = person
                // YEAR is a keyword of H2: the alias is quoted
                ? jdbc.sql("SELECT recognised_year AS \"year\", scope FROM initiative WHERE person_id = ?"
                                + " AND recognised_year <= ?")
                        .params(id, year).query(RecordRows.of(NomineeHistory.Initiative.class)).list()
                : List.of();

        LocalDate yearStart = LocalDate.of(year, 1, 1);
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        List<String> disciplines = person
                ? jdbc.sql("SELECT penalty FROM discipline_record WHERE person_id = ? AND decided_on <= ? AND effective_until >= ?")
                        .params(id, yearEnd, yearStart).query(String.class).list()
                : List.of();

        NomineeHistory.MemberStatistics members = person ? NomineeHistory.MemberStatistics.NONE
                : members(id, year, law.completedTaskRatings(), law.collectiveDisciplinePenalties());
        long unitId = person ? unitOfPerson(id) : id;
        int ldttInUnit = countAwardInUnit(unitId, "LDTT", year);
        int cstdcsInUnit = countAwardInUnit(unitId, "CSTDCS", year);
        boolean led = !person && ledBlockUnits.stream().anyMatch(c -> c.equalsIgnoreCase(nominee.code()));
        LocalDate lastPenaltyEnd = person
                ? jdbc.sql("SELECT MAX(effective_until) FROM discipline_record WHERE person_id = ? AND decided_on <= ?")
                        .params(id, yearEnd).query(LocalDate.class).optional().orElse(null)
                : null;
        return new NomineeHistory(suspended, merit, ratings, months[0], initiatives, disciplines, members,
                ldttInUnit, cstdcsInUnit, led, lastPenaltyEnd, months[1]);
    }

    private long unitOfPerson(long personId) {
        return jdbc.sql("SELECT unit_id FROM person WHERE id = ?").param(personId).query(Long.class).single();
    }

    private int countAwardInUnit(long unitId, String awardType, int year) {
        return jdbc.sql("""
                        SELECT COUNT(DISTINCT r.person_id) FROM award_record r JOIN person p ON p.id = r.person_id
                        WHERE p.unit_id = ? AND r.award_type_code = ? AND r.award_year = ? AND r.annulled_on IS NULL""")
                .params(unitId, awardType, year).query(Integer.class).single();
    }

    private NomineeHistory.MemberStatistics members(long unitId, int year, List<String> completedRatings,
                                                    List<String> disciplinePenalties) {
        int total = jdbc.sql("SELECT COUNT(*) FROM person WHERE unit_id = ? AND active").param(unitId)
                .query(Integer.class).single();
        int ldtt = countAwardInUnit(unitId, "LDTT", year);
        int cstdcs = countAwardInUnit(unitId, "CSTDCS", year);
        int completed = completedRatings.isEmpty() ? 0 : jdbc.sql("""
                        SELECT COUNT(DISTINCT a.person_id) FROM annual_assessment a JOIN person p ON p.id = a.person_id
                        WHERE p.unit_id = :unit AND p.active AND a.assessment_year = :year AND a.task_rating IN (:ratings)""")
                .param("unit", unitId).param("year", year).param("ratings", completedRatings)
                .query(Integer.class).single();
        int disciplined = jdbc.sql("""
                        SELECT COUNT(DISTINCT d.person_id) FROM discipline_record d JOIN person p ON p.id = d.person_id
                        WHERE p.unit_id = :unit AND d.penalty IN (:penalties) AND d.decided_on <= :yearEnd
                        AND d.effective_until >= :yearStart""")
                .param("unit", unitId).param("penalties", disciplinePenalties)
                .param("yearEnd", LocalDate.of(year, 12, 31)).param("yearStart", LocalDate.of(year, 1, 1))
                .query(Integer.class).single();
        return new NomineeHistory.MemberStatistics(total, ldtt, completed, cstdcs, disciplined);
    }
}
