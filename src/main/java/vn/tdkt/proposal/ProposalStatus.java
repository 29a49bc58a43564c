package vn.tdkt.proposal;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a proposal stands, as shown to units and auditors (after the states of production TĐKT systems). The
 * constant's name is the value stored in {@code commendation_proposal.status}; the label is what people read.
 * <p>
 * The allowed moves follow processes/commendation-proposal.bpmn: DRAFT (started) and RETURNED (sent back) go to
 * SUBMITTED (Task_SubmitDossier); the head signs (WAITING_INTAKE, Task_HeadSign) or returns; the Sở Nội vụ accepts
 * (ACCEPTED, Task_AcceptDossier) or returns; the appraisal is recorded (APPRAISED when no one is eligible, else
 * WAITING_DECISION, Task_RecordAppraisal) or returns the dossier (Task_ReturnByAppraisal); the council is awaited
 * (COUNCIL, Task_AwaitCouncil) and passes someone (WAITING_DECISION, Task_ApplyCouncilResult); a central award opens
 * the public consultation (CONSULTATION, Task_OpenConsultation) and goes up (FORWARDED, Task_ForwardUpward); the
 * chairman's decision is issued (AWARDED, Task_IssueDecision), the central result recorded (AWARDED or NOT_AWARDED,
 * Task_RecordCentralAwards), and any stage where no one is left ends NOT_AWARDED (Task_NotifyNotAwarded).
 * {@link #checkMove} refuses anything else: a refused move is a programming error, not a user's.
 */
public enum ProposalStatus {
    DRAFT("Đang lập hồ sơ"),
    SUBMITTED("Chờ thủ trưởng ký"),
    RETURNED("Bị trả lại để hoàn thiện"),
    WAITING_INTAKE("Chờ Sở Nội vụ tiếp nhận"),
    ACCEPTED("Đã tiếp nhận, đang thẩm định"),
    APPRAISED("Đã thẩm định"),
    COUNCIL("Chờ Hội đồng TĐKT xét"),
    CONSULTATION("Đang công khai lấy ý kiến"),
    WAITING_DECISION("Chờ Chủ tịch UBND tỉnh quyết định"),
    FORWARDED("Đã trình Trung ương"),
    AWARDED("Đã khen thưởng"),
    NOT_AWARDED("Không được khen thưởng");

    private final String label;

    ProposalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The statuses a proposal may move to from this one (empty for the final ones). */
    public Set<ProposalStatus> next() {
        return switch (this) {
            case DRAFT, RETURNED -> EnumSet.of(SUBMITTED);
            case SUBMITTED -> EnumSet.of(WAITING_INTAKE, RETURNED);
            case WAITING_INTAKE -> EnumSet.of(ACCEPTED, RETURNED);
            case ACCEPTED -> EnumSet.of(APPRAISED, WAITING_DECISION, RETURNED);
            case APPRAISED -> EnumSet.of(NOT_AWARDED);
            case WAITING_DECISION -> EnumSet.of(COUNCIL, CONSULTATION, AWARDED, NOT_AWARDED);
            case COUNCIL -> EnumSet.of(WAITING_DECISION, NOT_AWARDED);
            case CONSULTATION -> EnumSet.of(FORWARDED, NOT_AWARDED);
            case FORWARDED -> EnumSet.of(AWARDED, NOT_AWARDED);
            case AWARDED, NOT_AWARDED -> EnumSet.noneOf(ProposalStatus.class);
        };
    }

    /** Final: the proposal is closed and its status no longer moves. */
    public boolean isFinal() {
        return next().isEmpty();
    }

    public boolean canMoveTo(ProposalStatus to) {
        return next().contains(to);
    }

    /** Refuses a move the process does not make, naming the proposal, both statuses and the allowed ones. */
    public static void checkMove(String businessKey, ProposalStatus from, ProposalStatus to) {
        if (!from.canMoveTo(to)) {
            throw new IllegalStateException("Proposal " + businessKey + " cannot move from status " + from + " to "
                    + to + "; allowed from " + from + ": " + (from.isFinal() ? "none (final)" : from.next()));
        }
    }

    /** The status stored in the database, refusing an unknown value. */
    public static ProposalStatus of(String stored) {
        if (stored == null) {
            throw new IllegalStateException("No proposal status in the database");
        }
        try {
            return valueOf(stored);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Unknown proposal status in the database: " + stored, e);
        }
    }
}
