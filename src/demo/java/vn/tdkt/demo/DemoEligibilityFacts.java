package vn.tdkt.demo;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The facts the eligibility rules read besides awards, derived from the demo award history so that they agree
 * with it: task ratings (excellent with a CSTĐCS or TTLĐXS, good with an LĐTT or TTLĐTT, completed otherwise),
 * one recognised initiative per CSTĐCS year (of provincial scope for holders of CSTĐ cấp tỉnh), and the
 * provincial decision numbers already used in the history, so that the decision register continues after them.
 */
final class DemoEligibilityFacts {

    private DemoEligibilityFacts() { }

    static void seed(JdbcClient jdbc, int firstYear, int lastYear) {
        for (int year = firstYear; year <= lastYear; year++) {
            jdbc.sql("""
                    INSERT INTO annual_assessment (person_id, assessment_year, task_rating, months_worked)
                    SELECT p.id, ?, CASE
                        WHEN EXISTS (SELECT 1 FROM award_record r WHERE r.person_id = p.id AND r.award_year = ?
                                     AND r.award_type_code = 'CSTDCS') THEN 'XUAT_SAC'
                        WHEN EXISTS (SELECT 1 FROM award_record r WHERE r.person_id = p.id AND r.award_year = ?
                                     AND r.award_type_code = 'LDTT') THEN 'TOT'
                        ELSE 'HOAN_THANH' END, 12
                    FROM person p""").params(year, year, year).update();
            jdbc.sql("""
                    INSERT INTO annual_assessment (unit_id, assessment_year, task_rating)
                    SELECT u.id, ?, CASE
                        WHEN EXISTS (SELECT 1 FROM award_record r WHERE r.unit_id = u.id AND r.award_year = ?
                                     AND r.award_type_code IN ('TTLDXS', 'CO_TINH')) THEN 'XUAT_SAC'
                        ELSE 'TOT' END
                    FROM org_unit u WHERE u.valid_from <= ? AND (u.valid_to IS NULL OR u.valid_to >= ?)""")
                    .params(year, year, java.time.LocalDate.of(year, 12, 31), java.time.LocalDate.of(year, 1, 1))
                    .update();
            jdbc.sql("""
                    INSERT INTO initiative (person_id, title, recognised_year, scope, recognition_decision)
                    SELECT r.person_id, 'Sáng kiến cải tiến quy trình nghiệp vụ năm ' || CAST(? AS VARCHAR(4)), ?,
                        CASE WHEN EXISTS (SELECT 1 FROM award_record t WHERE t.person_id = r.person_id
                                          AND t.award_type_code = 'CSTD_TINH') THEN 'TINH' ELSE 'CO_SO' END,
                        'Quyết định công nhận sáng kiến của Hội đồng sáng kiến'
                    FROM award_record r WHERE r.award_type_code = 'CSTDCS' AND r.award_year = ?""")
                    .params(year, year, year).update();
        }
        jdbc.sql("""
                INSERT INTO decision_number_sequence (issuing_year, symbol, last_number)
                SELECT y, 'QĐ-UBND', n FROM (
                    SELECT EXTRACT(YEAR FROM decision_date) AS y,
                           MAX(CAST(SUBSTRING(decision_number, 1, POSITION('/' IN decision_number) - 1) AS INT)) AS n
                    FROM award_record WHERE decision_number LIKE '%/QĐ-UBND' GROUP BY EXTRACT(YEAR FROM decision_date)) h""")
                .update();
    }
}
