package vn.tdkt.council;

import java.time.LocalDate;
import java.util.List;

/**
 * What the minutes of a session of the provincial emulation and commendation council (biên bản họp Hội đồng Thi đua
 * - Khen thưởng tỉnh) print: the session, its members and their attendance, and for each candidate the totals of
 * the secret ballot only (never a member's ballot).
 *
 * @param minutesRef     the minutes' number, e.g. "12/BB-HĐTĐKT"; null before the secretary numbers them
 * @param writtenMembers members absent who sent their ballot in writing
 * @param quorumText     the sentence stating whether the session had its quorum, printed as given
 */
public record CouncilMinutesData(String sessionKey, String title, LocalDate meetingDate, String termCode,
        int totalMembers, int presentMembers, int writtenMembers, String quorumText,
        List<MemberLine> members, List<CandidateLine> candidates, String minutesRef,
        String secretaryName, String chairName) {

    public CouncilMinutesData {
        members = members == null ? List.of() : List.copyOf(members);
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    /**
     * A member of the council for the term.
     *
     * @param roleLabel       e.g. "Chủ tịch Hội đồng", "Phó Chủ tịch", "Ủy viên"
     * @param attendanceLabel e.g. "Có mặt", "Vắng, gửi phiếu bằng văn bản", "Vắng"
     */
    public record MemberLine(String fullName, String positionTitle, String roleLabel, String attendanceLabel) { }

    /**
     * A candidate put to the secret ballot, with the totals of its last round.
     *
     * @param rounds       how many times the ballot was taken again; 0 if none
     * @param outcomeLabel "Thông qua" or "Không thông qua" (any other label is listed apart in the conclusion)
     * @param reason       why, shown in the conclusion for the candidates not passed; may be null
     */
    public record CandidateLine(int seq, String nomineeName, String unitName, String awardName, int yes, int no,
            int blank, int votesCast, int rounds, String thresholdText, String outcomeLabel, String reason) { }
}
