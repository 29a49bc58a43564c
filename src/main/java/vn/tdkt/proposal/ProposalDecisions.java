package vn.tdkt.proposal;

import org.springframework.stereotype.Component;
import vn.tdkt.awarddecision.AwardDecisionService;
import vn.tdkt.awarddecision.DecisionRequest;
import vn.tdkt.awarddecision.DecisionView;
import vn.tdkt.awarddecision.VietnameseDates;
import vn.tdkt.refusal.Refusal;

import java.util.List;

/**
 * The chairman's decision on a proposal as the register words it: the award, the nominees, the unit's tờ trình
 * and the Sở Nội vụ's ("Xét đề nghị của … tại Tờ trình số … ngày … và của Giám đốc Sở Nội vụ tại Tờ trình số … ngày …")
 * and, when the proposal went through the provincial council, its
 * minutes ("Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng tỉnh số … ngày …"). The same request serves the
 * draft the chairman reads before deciding and the decision issued once he has decided; the internal dossier code
 * is never cited as a document.
 */
@Component
public class ProposalDecisions {

    private final ProposalRepository proposals;
    private final AwardDecisionService decisions;

    public ProposalDecisions(ProposalRepository proposals, AwardDecisionService decisions) {
        this.proposals = proposals;
        this.decisions = decisions;
    }

    /** The request for the given nominees of the proposal; the signer is added by the caller. */
    public DecisionRequest.Builder request(ProposalRepository.Proposal p, List<ProposalRepository.Nominee> nominees) {
        DecisionRequest.Builder request = DecisionRequest.builder()
                .awardTypeCode(p.awardTypeCode())
                .awardYear(p.periodYear())
                .commendationKind("KHEN_CAO".equals(p.commendationKind()) ? "CONG_TRANG" : p.commendationKind())
                .businessKey(p.businessKey())
                .ownerUnitCode(p.unitCode())
                .processInstanceId(p.processInstanceId());
        if (p.submissionNumber() != null && p.submissionDate() != null) {
            request.submission(new DecisionRequest.Submission(p.submissionProposer() != null ? p.submissionProposer()
                    : SubmissionLetter.headTitle(p.unitName()), p.submissionNumber(), p.submissionDate()));
        }
        if (p.agencySubmissionNumber() != null && p.agencySubmissionDate() != null) {
            request.proposalReference("Tờ trình số " + p.agencySubmissionNumber() + " "
                    + VietnameseDates.longForm(p.agencySubmissionDate()));
        }
        if (p.councilMinutesRef() != null) {
            request.councilMinutes(new DecisionRequest.CouncilMinutes(p.councilMinutesRef(), p.councilMinutesDate()));
        }
        for (ProposalRepository.Nominee n : nominees) {
            String ref = p.businessKey() + "/" + n.nomineeCode();
            request.awardee(n.personId() != null
                    ? DecisionRequest.Awardee.person(n.nomineeCode(), p.achievementSummary(), ref)
                    : DecisionRequest.Awardee.unit(n.nomineeCode(), p.achievementSummary(), ref));
        }
        return request;
    }

    /**
     * The draft of the decision for the nominees waiting for the chairman: no number, no date, nothing written.
     * 409 while the proposal is not at the chairman's step (not yet appraised, waiting for the council, decided
     * already, or proposed upward: khen cao is decided by the central level). {@code signerTitle} is the reader's when
     * he would sign it (a vice-chairman reads "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"), null for the chairman's.
     */
    public DecisionView draft(ProposalRepository.Proposal p, String signerTitle) {
        if ("KHEN_CAO".equals(p.commendationKind())) {
            throw conflict("Hồ sơ " + p.businessKey() + " đề nghị khen cao: Thủ tướng Chính phủ hoặc Chủ tịch nước"
                    + " quyết định, Chủ tịch UBND tỉnh không ban hành quyết định khen thưởng.");
        }
        if (p.decisionNumber() != null) {
            throw conflict("Hồ sơ " + p.businessKey() + " đã có Quyết định số " + p.decisionNumber()
                    + ": xem quyết định đã ban hành trên trang hồ sơ.");
        }
        if (!ProposalStatus.WAITING_DECISION.name().equals(p.status())) {
            throw conflict("Hồ sơ " + p.businessKey() + " chưa đến bước Chủ tịch UBND tỉnh quyết định (trạng thái: "
                    + ProposalStatus.valueOf(p.status()).label() + "): chưa có dự thảo quyết định.");
        }
        List<ProposalRepository.Nominee> waiting = proposals.nominees(p.businessKey()).stream()
                .filter(ProposalRepository.Nominee::active).toList();
        if (waiting.isEmpty()) {
            throw conflict("Hồ sơ " + p.businessKey() + " không còn cá nhân, tập thể nào chờ Chủ tịch quyết định.");
        }
        try {
            return decisions.draft(request(p, waiting).signer(null, null, signerTitle).build());
        } catch (Refusal refused) {
            throw conflict("Chưa lập được dự thảo quyết định cho hồ sơ " + p.businessKey() + ": " + refused.getMessage());
        }
    }

    private static Refusal conflict(String message) {
        return new Refusal(Refusal.Kind.CONFLICT, "DRAFT_NOT_AVAILABLE", message, List.of());
    }
}
