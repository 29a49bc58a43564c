package vn.tdkt.proposal;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.tdkt.engine.SystemCalls;
import vn.tdkt.proposal.ProposalVariables.AppraisalAction;
import vn.tdkt.proposal.ProposalVariables.AppraisalApproval;
import vn.tdkt.refusal.Refusal;
import vn.tdkt.registry.award.AwardTypeService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static vn.tdkt.proposal.ProposalVariables.CONCURRENCE_SUMMARY;

/**
 * Puts together the {@link AppraisalOpinion} of a proposal from the project's own records (nominees and the events
 * of each step) and, for the concurring opinions, the process's summary. Read on the application's behalf: the
 * caller's right to the proposal is checked by the controller.
 */
@Component
public class AppraisalOpinions {

    private final ProposalRepository proposals;
    private final AwardTypeService awardTypes;
    private final IdentityService identity;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final Clock clock;

    public AppraisalOpinions(ProposalRepository proposals, AwardTypeService awardTypes, IdentityService identity,
                             RuntimeService runtime, HistoryService history, Clock clock) {
        this.proposals = proposals;
        this.awardTypes = awardTypes;
        this.identity = identity;
        this.runtime = runtime;
        this.history = history;
        this.clock = clock;
    }

    /** 409 in Vietnamese while the agency head has not approved an appraisal of the proposal. */
    public AppraisalOpinion of(ProposalRepository.Proposal p) {
        List<ProposalRepository.Nominee> nominees = proposals.nominees(p.businessKey());
        List<ProposalRepository.Event> events = proposals.events(p.businessKey());
        ProposalRepository.Event approval = last(events, ProposalSteps.APPROVE_APPRAISAL,
                AppraisalApproval.APPROVE.name());
        if (approval == null || nominees.stream().allMatch(n -> n.appraisalEligible() == null)) {
            throw new Refusal(Refusal.Kind.CONFLICT, "APPRAISAL_NOT_READY", "Hồ sơ " + p.businessKey()
                    + " chưa có kết quả thẩm định được lãnh đạo Sở Nội vụ duyệt.", List.of());
        }
        ProposalRepository.Event specialist = lastBefore(events, ProposalSteps.APPRAISE,
                AppraisalAction.CONCLUDE.name(), approval);
        List<AppraisalOpinion.NomineeLine> lines = new ArrayList<>();
        for (ProposalRepository.Nominee n : nominees) {
            String automatic = Boolean.TRUE.equals(n.eligible()) ? "Đủ điều kiện theo tiêu chuẩn"
                    : n.eligible() == null ? "Chưa xét" : "Chưa đủ điều kiện: " + readable(n.eligibilityReasons());
            String conclusion = n.appraisalEligible() == null ? "Chưa kết luận"
                    : n.appraisalEligible() ? "Đủ điều kiện" : "Không đủ điều kiện";
            String council = n.councilPassed() == null ? null
                    : n.councilPassed() ? "Hội đồng thông qua" : "Hội đồng không thông qua";
            lines.add(new AppraisalOpinion.NomineeLine(n.seq(), n.displayName(), n.positionAndUnit(), automatic,
                    conclusion, n.overrideJustification(), council));
        }
        String submission = p.submissionNumber() == null ? null : new SubmissionLetter(p.submissionNumber(),
                p.submissionDate(), p.submissionProposer() == null ? SubmissionLetter.headTitle(p.unitName())
                : p.submissionProposer()).text();
        String council = p.councilMinutesRef() == null ? null : "Biên bản họp Hội đồng Thi đua - Khen thưởng tỉnh số "
                + p.councilMinutesRef() + (p.councilMinutesDate() == null ? ""
                : " ngày " + ProposalTexts.VN_DATE.format(p.councilMinutesDate()));
        return new AppraisalOpinion(p.businessKey(), p.unitName(), awardTypes.referenced(p.awardTypeCode()).name(),
                p.periodYear(), submission, p.acceptedAt(), lines, concurrence(p.processInstanceId()),
                step(specialist, "Kết luận"), step(approval, "Duyệt kết quả thẩm định"), council, LocalDate.now(clock));
    }

    private AppraisalOpinion.Step step(ProposalRepository.Event e, String answer) {
        return e == null ? null : new AppraisalOpinion.Step(answer, e.note(), fullName(e.actor()), e.occurredAt());
    }

    private static ProposalRepository.Event last(List<ProposalRepository.Event> events, String stage, String outcome) {
        ProposalRepository.Event found = null;
        for (ProposalRepository.Event e : events) {
            if (stage.equals(e.stage()) && outcome.equals(e.outcome())) {
                found = e;
            }
        }
        return found;
    }

    /** The last such event up to {@code limit} (the specialist's conclusion that the head approved). */
    private static ProposalRepository.Event lastBefore(List<ProposalRepository.Event> events, String stage,
                                                       String outcome, ProposalRepository.Event limit) {
        ProposalRepository.Event found = null;
        for (ProposalRepository.Event e : events) {
            if (e == limit) {
                break;
            }
            if (stage.equals(e.stage()) && outcome.equals(e.outcome())) {
                found = e;
            }
        }
        return found;
    }

    /** "text [CODE]; text [CODE]" as the eligibility check stores it, without the codes. */
    private static String readable(String reasons) {
        return reasons == null ? "" : reasons.replaceAll("\\s*\\[[A-Z0-9_]+]", "");
    }

    private List<String> concurrence(String processInstanceId) {
        Object summary = SystemCalls.asSystem(() -> {
            if (runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0) {
                return runtime.getVariable(processInstanceId, CONCURRENCE_SUMMARY);
            }
            return history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                    .variableName(CONCURRENCE_SUMMARY).list().stream().findFirst().map(v -> v.getValue())
                    .orElse(null);
        });
        if (!(summary instanceof String s)) {
            return List.of();
        }
        return Arrays.stream(s.split("\\R")).map(String::strip).filter(l -> l.startsWith("•")).toList();
    }

    private String fullName(String userId) {
        if (userId == null) {
            return null;
        }
        User u = SystemCalls.asSystem(() -> identity.createUserQuery().userId(userId).singleResult());
        String name = u == null ? "" : ((u.getFirstName() == null ? "" : u.getFirstName()) + " "
                + (u.getLastName() == null ? "" : u.getLastName())).strip();
        return name.isEmpty() ? userId : name;
    }
}
