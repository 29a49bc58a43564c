package vn.tdkt.council;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The council process's rules for what a secretary or chair may answer in a task; pure functions, Vietnamese messages. */
public final class CouncilAnswerRules {

    private CouncilAnswerRules() { }

    public static List<String> session(Object title, Object meetingDate, LocalDate today) {
        List<String> problems = new ArrayList<>();
        if (!(title instanceof String t) || t.isBlank() || t.length() > 500) {
            problems.add("Phải ghi tên phiên họp (tối đa 500 ký tự).");
        }
        LocalDate date = date(meetingDate);
        if (date == null) {
            problems.add("Ngày họp không hợp lệ: ghi theo dạng năm-tháng-ngày, ví dụ 2026-12-15.");
        } else if (date.isBefore(today.minusDays(30)) || date.isAfter(today.plusYears(1))) {
            problems.add("Ngày họp phải trong khoảng từ 30 ngày trước đến một năm sau hôm nay.");
        }
        return problems;
    }

    /** The secretary's choice among the waiting proposals: each row as listed, at least one included. */
    public static List<String> selection(List<Map<String, Object>> rows, Set<String> waitingKeys) {
        List<String> problems = new ArrayList<>();
        if (rows == null || rows.isEmpty()) {
            return List.of("Không có hồ sơ nào đang chờ Hội đồng xét.");
        }
        Set<String> seen = new HashSet<>();
        int included = 0;
        for (Map<String, Object> row : rows) {
            Object key = row.get("proposalKey");
            if (!(key instanceof String k) || !waitingKeys.contains(k) || !seen.add(k)) {
                problems.add("Hồ sơ '" + key + "' không còn chờ Hội đồng xét hoặc bị ghi hai lần; tải lại danh sách.");
                continue;
            }
            if (Boolean.TRUE.equals(row.get("include"))) {
                included++;
            }
        }
        if (problems.isEmpty() && included == 0) {
            problems.add("Chọn ít nhất một hồ sơ đưa ra phiên họp.");
        }
        return problems;
    }

    public static List<String> postponement(Object newDate, Object reason, LocalDate today) {
        List<String> problems = new ArrayList<>();
        LocalDate date = date(newDate);
        if (date == null || date.isBefore(today) || date.isAfter(today.plusYears(1))) {
            problems.add("Ngày họp lại phải từ hôm nay trở đi, trong vòng một năm (dạng năm-tháng-ngày).");
        }
        if (!(reason instanceof String r) || r.isBlank() || r.length() > 2000) {
            problems.add("Phải ghi lý do hoãn phiên họp (tối đa 2000 ký tự).");
        }
        return problems;
    }

    public static List<String> closeVoting(Object confirmed) {
        return Boolean.TRUE.equals(confirmed) ? List.of()
                : List.of("Đánh dấu xác nhận kết thúc bỏ phiếu để chuyển sang kiểm phiếu.");
    }

    public static List<String> secretaryMinutes(Object minutesRef) {
        return minutesRef instanceof String s && !s.isBlank() && s.length() <= 200 ? List.of()
                : List.of("Phải ghi số biên bản họp Hội đồng (tối đa 200 ký tự).");
    }

    public static List<String> chairMinutes(Object decision, Object note) {
        if (CouncilVariables.ChairMinutesDecision.XAC_NHAN.is(decision)) {
            return List.of();
        }
        if (CouncilVariables.ChairMinutesDecision.SUA_LAI.is(decision)) {
            return note instanceof String s && !s.isBlank() && s.length() <= 2000 ? List.of()
                    : List.of("Phải ghi nội dung biên bản cần sửa (tối đa 2000 ký tự).");
        }
        return List.of("Chọn xác nhận biên bản hoặc yêu cầu sửa lại.");
    }

    static LocalDate date(Object value) {
        if (!(value instanceof String s) || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
