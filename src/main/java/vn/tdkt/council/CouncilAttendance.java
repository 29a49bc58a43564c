package vn.tdkt.council;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the secretary's attendance list against the session's roster. Tasklist submits the rows of the form
 * without the member's account (the form shows name, title and role only), so a row without {@code userId} is
 * the roster's member at the same position, checked by name; a client of the API may name the member instead.
 * Pure function with Vietnamese problems; the statuses come back in roster order.
 */
public final class CouncilAttendance {

    public static final String PRESENT = "PRESENT";
    public static final String ABSENT_WRITTEN = "ABSENT_WRITTEN";
    public static final String ABSENT = "ABSENT";
    public static final Set<String> STATUSES = Set.of(PRESENT, ABSENT_WRITTEN, ABSENT);

    /** Process variable holding the session's roster (account and name of each member, in order). */
    public static final String ROSTER_VARIABLE = CouncilVariables.COUNCIL_ROSTER;

    private CouncilAttendance() { }

    /** The roster as kept in {@link #ROSTER_VARIABLE}. */
    public static List<RosterMember> roster(List<Map<String, Object>> rows) {
        return rows.stream().map(r -> new RosterMember((String) r.get("userId"), (String) r.get("fullName"))).toList();
    }

    /** The roster as kept in {@link #ROSTER_VARIABLE}. */
    public static List<Map<String, Object>> rosterRows(List<CouncilRepository.Member> members) {
        return members.stream().map(m -> Map.<String, Object>of("userId", m.userId(), "fullName", m.fullName(),
                "positionTitle", m.positionTitle())).toList();
    }

    /** A member of the session's roster: account and name as the attendance list shows it. */
    public record RosterMember(String userId, String fullName) { }

    /** Member account → status, in roster order; {@code problems} empty when the list is complete and valid. */
    public record Resolved(Map<String, String> statuses, List<String> problems) {

        public List<String> with(String status) {
            return statuses.entrySet().stream().filter(e -> status.equals(e.getValue())).map(Map.Entry::getKey).toList();
        }
    }

    public static Resolved resolve(List<Map<String, Object>> rows, List<RosterMember> roster) {
        List<String> problems = new ArrayList<>();
        Map<String, RosterMember> byId = new LinkedHashMap<>();
        roster.forEach(m -> byId.put(m.userId(), m));
        Map<String, String> found = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        List<Map<String, Object>> given = rows == null ? List.of() : rows;
        if (given.size() != roster.size()) {
            problems.add("Danh sách điểm danh phải có đủ " + roster.size() + " thành viên Hội đồng, đúng thứ tự đã lập;"
                    + " tải lại công việc rồi điểm danh lại.");
            return new Resolved(Map.of(), problems);
        }
        for (int i = 0; i < given.size(); i++) {
            Map<String, Object> row = given.get(i) == null ? Map.of() : given.get(i);
            Object user = row.get("userId");
            RosterMember member;
            if (user == null) {
                member = roster.get(i);
                Object name = row.get("fullName");
                if (name != null && !member.fullName().equals(name)) {
                    problems.add("Dòng " + (i + 1) + " của danh sách điểm danh ghi '" + name + "', không phải thành viên '"
                            + member.fullName() + "' ở vị trí đó; tải lại công việc rồi điểm danh lại.");
                    continue;
                }
            } else {
                member = user instanceof String u ? byId.get(u) : null;
                if (member == null) {
                    problems.add("'" + user + "' không phải thành viên của phiên họp.");
                    continue;
                }
            }
            if (!seen.add(member.userId())) {
                problems.add(member.fullName() + " được điểm danh hai lần.");
                continue;
            }
            Object status = row.get("attendance");
            if (!(status instanceof String s) || !STATUSES.contains(s)) {
                problems.add("Chưa ghi tình hình dự họp của " + member.fullName() + ".");
                continue;
            }
            found.put(member.userId(), s);
        }
        if (!problems.isEmpty()) {
            return new Resolved(Map.of(), problems);
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        roster.forEach(m -> ordered.put(m.userId(), found.get(m.userId())));
        return new Resolved(ordered, List.of());
    }
}
