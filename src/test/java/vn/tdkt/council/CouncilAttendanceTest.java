package vn.tdkt.council;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The secretary's attendance list read against the roster, as Tasklist submits it (no account) and as API clients do. */
class CouncilAttendanceTest {

    static final List<CouncilAttendance.RosterMember> ROSTER = List.of(
            new CouncilAttendance.RosterMember("chutich", "Nguyễn Văn An"),
            new CouncilAttendance.RosterMember("lanhdao.snv", "Trần Thị Bình"),
            new CouncilAttendance.RosterMember("thutruong.stc", "Lê Văn Cường"));

    /** A row as Tasklist sends it: the form's read-only name, title and role, and the chosen status; no account. */
    private static Map<String, Object> tasklistRow(String name, String status) {
        Map<String, Object> row = new HashMap<>();
        row.put("fullName", name);
        row.put("positionTitle", "Chức vụ");
        row.put("roleLabel", "Ủy viên");
        row.put("attendance", status);
        return row;
    }

    @Test
    void rowsWithoutAccountsAreTheRostersMembersInOrder() {
        CouncilAttendance.Resolved r = CouncilAttendance.resolve(List.of(tasklistRow("Nguyễn Văn An", "PRESENT"),
                tasklistRow("Trần Thị Bình", "ABSENT_WRITTEN"), tasklistRow("Lê Văn Cường", "ABSENT")), ROSTER);
        assertThat(r.problems()).isEmpty();
        assertThat(r.statuses()).containsExactly(Map.entry("chutich", "PRESENT"), Map.entry("lanhdao.snv", "ABSENT_WRITTEN"),
                Map.entry("thutruong.stc", "ABSENT"));
        assertThat(r.with("PRESENT")).containsExactly("chutich");
        assertThat(r.with("ABSENT_WRITTEN")).containsExactly("lanhdao.snv");
    }

    @Test
    void anApiClientMayNameTheMembersInAnyOrder() {
        CouncilAttendance.Resolved r = CouncilAttendance.resolve(List.of(
                Map.of("userId", "thutruong.stc", "attendance", "PRESENT"),
                Map.of("userId", "chutich", "attendance", "PRESENT"),
                Map.of("userId", "lanhdao.snv", "attendance", "ABSENT")), ROSTER);
        assertThat(r.problems()).isEmpty();
        assertThat(r.statuses().keySet()).containsExactly("chutich", "lanhdao.snv", "thutruong.stc");
    }

    @Test
    void incompleteReorderedUnknownDoubledOrUnansweredListsAreRefused() {
        assertThat(CouncilAttendance.resolve(List.of(tasklistRow("Nguyễn Văn An", "PRESENT")), ROSTER).problems())
                .singleElement().asString().contains("đủ 3 thành viên");
        assertThat(CouncilAttendance.resolve(null, ROSTER).problems()).singleElement().asString().contains("đủ 3");
        assertThat(CouncilAttendance.resolve(List.of(tasklistRow("Trần Thị Bình", "PRESENT"),
                tasklistRow("Nguyễn Văn An", "PRESENT"), tasklistRow("Lê Văn Cường", "PRESENT")), ROSTER).problems())
                .hasSize(2).allSatisfy(p -> assertThat(p).contains("không phải thành viên"));
        assertThat(CouncilAttendance.resolve(List.of(Map.of("userId", "canbo.stp", "attendance", "PRESENT"),
                tasklistRow("Trần Thị Bình", "PRESENT"), tasklistRow("Lê Văn Cường", "PRESENT")), ROSTER).problems())
                .singleElement().asString().contains("'canbo.stp' không phải thành viên");
        assertThat(CouncilAttendance.resolve(List.of(Map.of("userId", "chutich", "attendance", "PRESENT"),
                Map.of("userId", "chutich", "attendance", "ABSENT"), tasklistRow("Lê Văn Cường", "PRESENT")), ROSTER)
                .problems()).singleElement().asString().contains("hai lần");
        assertThat(CouncilAttendance.resolve(List.of(tasklistRow("Nguyễn Văn An", null),
                tasklistRow("Trần Thị Bình", "CO_LE"), tasklistRow("Lê Văn Cường", "PRESENT")), ROSTER).problems())
                .containsExactly("Chưa ghi tình hình dự họp của Nguyễn Văn An.", "Chưa ghi tình hình dự họp của Trần Thị Bình.");
    }
}
