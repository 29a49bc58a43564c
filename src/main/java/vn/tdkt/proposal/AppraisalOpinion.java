package vn.tdkt.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the standing agency concluded on a proposal, as the chairman reads it before deciding: the proposal and the
 * unit's tờ trình, per nominee the automatic check against the criteria and the specialist's conclusion (with the
 * grounds of a conclusion that differs from the check), the concurring opinions, the specialist's opinion, the
 * agency head's approval, and the council's result when the proposal went through a session.
 *
 * @param concurrence the hiệp y answers, one line per agency ("• Công an tỉnh: đồng ý – …"); empty when none was asked
 */
public record AppraisalOpinion(String businessKey, String unitName, String awardTypeName, int periodYear,
                               String submission, Instant acceptedAt, List<NomineeLine> nominees,
                               List<String> concurrence, Step specialist, Step approval, String council,
                               LocalDate printedOn) {

    /**
     * One nominee: the automatic check ("Đủ điều kiện theo tiêu chuẩn" or its reasons), the specialist's conclusion,
     * the grounds he wrote, and the council's vote when there was one.
     */
    public record NomineeLine(int seq, String name, String position, String automatic, String conclusion,
                              String grounds, String council) { }

    /** A person's step: what they answered, what they wrote, who (full name) and when. */
    public record Step(String answer, String note, String by, Instant at) { }
}
