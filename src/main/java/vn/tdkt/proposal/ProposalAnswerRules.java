package vn.tdkt.proposal;

import vn.tdkt.proposal.ProposalVariables.AppraisalAction;
import vn.tdkt.proposal.ProposalVariables.AppraisalApproval;
import vn.tdkt.proposal.ProposalVariables.ConcurrenceOpinion;
import vn.tdkt.proposal.ProposalVariables.HeadDecision;
import vn.tdkt.proposal.ProposalVariables.IntakeDecision;
import vn.tdkt.proposal.ProposalVariables.UpwardDecision;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each task of the proposal process accepts as an answer, checked on the server: the REST API takes any
 * variables, so the form's own checks prove nothing. Pure functions returning the problems in Vietnamese;
 * an empty list means the answer is accepted.
 */
public final class ProposalAnswerRules {

    static final int MIN_JUSTIFICATION = 20;

    private ProposalAnswerRules() { }

    public static List<String> headSign(Object decision, Object comment) {
        return choiceWithReason(decision, HeadDecision.names(), HeadDecision.RETURN.name(), comment,
                "Ý kiến của thủ trưởng phải là 'Ký tờ trình' hoặc 'Trả lại'.",
                "Khi trả lại hồ sơ, thủ trưởng phải ghi rõ lý do.");
    }

    public static List<String> intake(Object decision, Object comment) {
        return choiceWithReason(decision, IntakeDecision.names(), IntakeDecision.RETURN.name(), comment,
                "Kết quả kiểm tra phải là 'Tiếp nhận' hoặc 'Trả lại bổ sung'.",
                "Khi trả lại hồ sơ, phải ghi rõ nội dung đơn vị cần bổ sung, hoàn chỉnh.");
    }

    public static List<String> appraisalApproval(Object decision, Object comment) {
        return choiceWithReason(decision, AppraisalApproval.names(), AppraisalApproval.REVISE.name(), comment,
                "Ý kiến của lãnh đạo Sở phải là 'Duyệt' hoặc 'Thẩm định lại'.",
                "Khi yêu cầu thẩm định lại, phải ghi ý kiến chỉ đạo.");
    }

    public static List<String> concurrence(Object opinion, Object note) {
        return choiceWithReason(opinion, ConcurrenceOpinion.names(), ConcurrenceOpinion.KHONG_DONG_Y.name(), note,
                "Ý kiến hiệp y phải là 'Đồng ý' hoặc 'Không đồng ý'.",
                "Khi cơ quan không đồng ý, phải ghi nội dung văn bản trả lời.");
    }

    public static List<String> signUpward(Object decision, Object comment) {
        return choiceWithReason(decision, UpwardDecision.names(), UpwardDecision.DECLINE.name(), comment,
                "Ý kiến của Chủ tịch phải là 'Ký tờ trình' hoặc 'Không đề nghị'.",
                "Khi không đề nghị lên Trung ương, phải ghi ý kiến.");
    }

    public static List<String> escalation(Object instruction) {
        String s = text(instruction);
        return s == null || s.length() < 5 ? List.of("Phải ghi ý kiến chỉ đạo xử lý hồ sơ quá hạn.") : List.of();
    }

    /**
     * The specialist's conclusions: exactly the nominees of the proposal, each concluded; a conclusion that differs
     * from the automatic result needs a written justification; asking for hiệp y needs the agencies.
     */
    public static List<String> appraisal(List<Map<String, Object>> items, Map<String, Boolean> autoEligible,
                                         Object action, Object agencies, Object note) {
        List<String> problems = new ArrayList<>(sameNominees(items, autoEligible.keySet()));
        if (problems.isEmpty()) {
            for (Map<String, Object> item : items) {
                String code = text(item.get("nomineeCode"));
                Object conclusion = item.get("conclusion");
                if (!"DAT".equals(conclusion) && !"KHONG_DAT".equals(conclusion)) {
                    problems.add("Chưa kết luận đủ / không đủ điều kiện cho '" + code + "'.");
                    continue;
                }
                boolean concludedEligible = "DAT".equals(conclusion);
                String why = text(item.get("justification"));
                if (concludedEligible != autoEligible.get(code)
                        && (why == null || why.length() < MIN_JUSTIFICATION)) {
                    problems.add("Kết luận cho '" + code + "' khác kết quả xét tự động: phải ghi căn cứ (ít nhất "
                            + MIN_JUSTIFICATION + " ký tự).");
                }
            }
        }
        if (!AppraisalAction.names().contains(action)) {
            problems.add("Bước tiếp theo phải là 'Kết luận', 'Hỏi ý kiến hiệp y' hoặc 'Trả lại đơn vị'.");
        } else if (AppraisalAction.RETURN.is(action) && (text(note) == null || text(note).length() < 10)) {
            problems.add("Khi trả lại đơn vị sau thẩm định, phải ghi rõ nội dung cần bổ sung trong ý kiến thẩm định.");
        } else if (AppraisalAction.CONCURRENCE.is(action)) {
            List<String> list = agencyList(agencies);
            if (list.isEmpty()) {
                problems.add("Khi hỏi ý kiến hiệp y, phải ghi ít nhất một cơ quan được hỏi.");
            } else if (list.size() > 20 || list.stream().anyMatch(a -> a.length() > 200)) {
                problems.add("Tối đa 20 cơ quan hiệp y, mỗi tên không quá 200 ký tự.");
            }
        }
        return problems;
    }

    public static List<String> councilResults(List<Map<String, Object>> items, Set<String> expected) {
        List<String> problems = new ArrayList<>(sameNominees(items, expected));
        if (!problems.isEmpty()) {
            return problems;
        }
        for (Map<String, Object> item : items) {
            String code = text(item.get("nomineeCode"));
            Integer yes = whole(item.get("yesVotes"));
            Integer total = whole(item.get("totalMembers"));
            if (passed(item.get("passed")) == null) {
                problems.add("Chưa ghi kết quả thông qua / không thông qua cho '" + code + "'.");
            }
            if (yes == null || total == null || yes < 0 || total < 1 || yes > total) {
                problems.add("Số phiếu của '" + code + "' không hợp lệ: số phiếu đồng ý phải từ 0 đến tổng số thành viên.");
            }
        }
        return problems;
    }

    /** The council process's boolean result; null when missing or not a boolean. */
    public static Boolean passed(Object value) {
        return value instanceof Boolean b ? b : null;
    }

    public static List<String> consultationReview(List<Map<String, Object>> items, Set<String> expected) {
        List<String> problems = new ArrayList<>(sameNominees(items, expected));
        if (!problems.isEmpty()) {
            return problems;
        }
        for (Map<String, Object> item : items) {
            String code = text(item.get("nomineeCode"));
            Object action = item.get("action");
            if (!"TIEP_TUC".equals(action) && !"DUNG".equals(action)) {
                problems.add("Chưa chọn tiếp tục hay dừng đề nghị cho '" + code + "'.");
            } else if ("DUNG".equals(action)) {
                String why = text(item.get("reason"));
                if (why == null || why.length() < MIN_JUSTIFICATION) {
                    problems.add("Dừng đề nghị '" + code + "' phải ghi lý do (ý kiến có căn cứ, ít nhất "
                            + MIN_JUSTIFICATION + " ký tự).");
                }
            }
        }
        return problems;
    }

    public static List<String> chairmanDecision(List<Map<String, Object>> items, Set<String> expected) {
        List<String> problems = new ArrayList<>(sameNominees(items, expected));
        if (!problems.isEmpty()) {
            return problems;
        }
        for (Map<String, Object> item : items) {
            String code = text(item.get("nomineeCode"));
            Object approve = item.get("approve");
            if (!"DONG_Y".equals(approve) && !"KHONG_DONG_Y".equals(approve)) {
                problems.add("Chưa có ý kiến đồng ý / không đồng ý khen thưởng '" + code + "'.");
            } else if ("KHONG_DONG_Y".equals(approve) && text(item.get("note")) == null) {
                problems.add("Không khen thưởng '" + code + "' phải ghi ý kiến.");
            }
        }
        return problems;
    }

    public static List<String> centralDecision(Object number, Object date, Object authority,
                                               List<Map<String, Object>> items, Set<String> expected) {
        List<String> problems = new ArrayList<>();
        String n = text(number);
        if (n == null || n.length() > 60) {
            problems.add("Phải ghi số quyết định của Trung ương (tối đa 60 ký tự), ví dụ 231/QĐ-TTg.");
        }
        if (parseDate(date) == null) {
            problems.add("Ngày quyết định phải là một ngày hợp lệ (năm-tháng-ngày).");
        }
        if (text(authority) == null) {
            problems.add("Phải ghi cấp quyết định, ví dụ Thủ tướng Chính phủ.");
        }
        List<String> listProblems = sameNominees(items, expected);
        problems.addAll(listProblems);
        if (listProblems.isEmpty()) {
            for (Map<String, Object> item : items) {
                Object awarded = item.get("awarded");
                if (!"CO".equals(awarded) && !"KHONG".equals(awarded)) {
                    problems.add("Chưa ghi kết quả cho '" + text(item.get("nomineeCode")) + "'.");
                }
            }
        }
        return problems;
    }

    public static LocalDate parseDate(Object value) {
        if (value instanceof java.util.Date d) {
            return d.toInstant().atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate();
        }
        String s = text(value);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static List<String> agencyList(Object raw) {
        return ProposalStartRules.codes(raw instanceof String s ? s.replace(",", "\n").replace(";", "\n") : raw);
    }

    /** The list must name exactly the expected nominees, each once: a client cannot add or drop one. */
    static List<String> sameNominees(List<Map<String, Object>> items, Set<String> expected) {
        if (items == null) {
            return List.of("Thiếu danh sách kết luận theo từng đối tượng.");
        }
        Set<String> seen = new HashSet<>();
        for (Map<String, Object> item : items) {
            String code = text(item.get("nomineeCode"));
            if (code == null || !expected.contains(code) || !seen.add(code)) {
                return List.of("Danh sách gửi lên không khớp danh sách đối tượng của hồ sơ ('" + code + "').");
            }
        }
        if (!seen.equals(expected)) {
            Set<String> missing = new HashSet<>(expected);
            missing.removeAll(seen);
            return List.of("Còn thiếu kết luận cho: " + String.join(", ", missing.stream().sorted().toList()) + ".");
        }
        return List.of();
    }

    private static List<String> choiceWithReason(Object value, Set<String> allowed, String needsReason, Object reason,
                                                 String badChoice, String missingReason) {
        if (!(value instanceof String s) || !allowed.contains(s)) {
            return List.of(badChoice);
        }
        if (needsReason.equals(s) && text(reason) == null) {
            return List.of(missingReason);
        }
        if (reason instanceof String r && r.length() > 4000) {
            return List.of("Nội dung ghi quá dài (tối đa 4000 ký tự).");
        }
        return List.of();
    }

    static String text(Object o) {
        return ProposalStartRules.text(o);
    }

    static Integer whole(Object o) {
        if (o instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return n.intValue();
        }
        return null;
    }
}
