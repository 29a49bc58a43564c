package vn.tdkt.proposal;

import org.springframework.stereotype.Service;
import vn.tdkt.audit.AuditKind;
import vn.tdkt.audit.AuditRecord;
import vn.tdkt.audit.AuditTrail;
import vn.tdkt.eligibility.EligibilityAssessor;
import vn.tdkt.eligibility.NomineeAssessment;
import vn.tdkt.eligibility.NomineeHistoryRepository;
import vn.tdkt.eligibility.NomineeRef;
import vn.tdkt.rules.RuleDates;
import vn.tdkt.workflow.InputRejectedException;
import vn.tdkt.workflow.JsonVars;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The per-nominee bookkeeping of the provincial stage: automatic eligibility, the specialist's conclusions,
 * the council's votes, the consultation and the chairman's decision. Each stage narrows the nominees still in
 * the running ({@link ProposalRepository.Nominee#active()}) and prepares the list the next task shows.
 */
@Service
public class ProposalStages {

    private final Clock clock;

    private final ProposalRepository proposals;
    private final NomineeHistoryRepository registry;
    private final EligibilityAssessor assessor;
    private final AuditTrail audit;

    public ProposalStages(ProposalRepository proposals, NomineeHistoryRepository registry, EligibilityAssessor assessor,
                          AuditTrail audit, Clock clock) {

        this.clock = clock;
        this.audit = audit;
        this.proposals = proposals;
        this.registry = registry;
        this.assessor = assessor;
    }

    /** Evaluates the eligibility table for every nominee and keeps facts and reasons; returns the appraisal list. */
    public List<Map<String, Object>> assess(String key, Set<String> ledBlockUnits) {
        ProposalRepository.Proposal p = proposals.find(key).orElseThrow();
        List<ProposalRepository.Nominee> rows = proposals.nominees(key);
        List<NomineeRef> refs = rows.stream().map(r -> (r.personId() != null ? registry.person(r.nomineeCode())
                : registry.unit(r.nomineeCode())).orElseThrow()).toList();
        List<NomineeAssessment> results = assessor.assess(p.awardTypeCode(), p.commendationKind(), p.periodYear(),
                refs, ledBlockUnits);
        List<Map<String, Object>> items = new ArrayList<>();
        List<Map<String, Object>> audited = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            NomineeAssessment a = results.get(i);
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("nominee", rows.get(i).displayName());
            line.put("eligible", a.eligible());
            line.put("blocking", a.blocking().stream().map(NomineeAssessment.Reason::code).toList());
            line.put("warnings", a.warnings().stream().map(w -> Map.of("code", w.code(), "legalBasis",
                    w.legalBasis() == null ? "" : w.legalBasis())).toList());
            line.put("result", a.resultText());
            audited.add(line);
            String reasons = a.eligible() ? null : String.join("; ", a.blocking().stream()
                    .map(r -> r.text() + " [" + r.code() + "]").toList());
            proposals.eligibility(rows.get(i).id(), a.eligible(), reasons, JsonVars.toJson(a.facts().asVariables()));
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("nomineeCode", rows.get(i).nomineeCode());
            item.put("nomineeName", rows.get(i).displayName());
            item.put("autoResult", a.resultText());
            item.put("conclusion", a.eligible() ? "DAT" : "KHONG_DAT");
            item.put("justification", "");
            items.add(item);
        }
        // what the rules said, with the unconfirmed ones that only warned, in the audit chain
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("judgedOn", RuleDates.judgedOn(RuleDates.achievementYear(p.periodYear())));
        details.put("nominees", audited);
        audit.record(AuditRecord.domain(AuditKind.ELIGIBILITY_ASSESSED, clock.instant(), key,
                null, null, "Xét tiêu chuẩn khen thưởng thành tích năm " + p.periodYear(), details));
        return items;
    }

    /** Applies the specialist's conclusions (already validated); returns how many nominees are eligible. */
    public int recordAppraisal(String key, List<Map<String, Object>> items) {
        Map<String, ProposalRepository.Nominee> byCode = byCode(key);
        int eligible = 0;
        for (Map<String, Object> item : items) {
            ProposalRepository.Nominee n = byCode.get((String) item.get("nomineeCode"));
            boolean ok = "DAT".equals(item.get("conclusion"));
            boolean overridden = ok != Boolean.TRUE.equals(n.eligible());
            proposals.appraisal(n.id(), ok, overridden ? ProposalAnswerRules.text(item.get("justification")) : null);
            if (ok) {
                eligible++;
            } else {
                proposals.finalResult(n.id(), "NOT_ELIGIBLE");
            }
        }
        return eligible;
    }

    /** Applies the council's result per nominee sent by the council session, and keeps it as the proposal's event. */
    public int applyCouncil(String key, List<Map<String, Object>> items, String minutesRef, int round) {
        List<String> problems = ProposalAnswerRules.councilResults(items, activeCodes(key));
        if (!problems.isEmpty()) {
            throw new InputRejectedException(String.join(" ", problems));
        }
        Map<String, ProposalRepository.Nominee> byCode = byCode(key);
        int passed = 0;
        for (Map<String, Object> item : items) {
            ProposalRepository.Nominee n = byCode.get((String) item.get("nomineeCode"));
            boolean ok = ProposalAnswerRules.passed(item.get("passed"));
            proposals.councilResult(n.id(), ok);
            if (ok) {
                passed++;
            } else {
                proposals.finalResult(n.id(), "COUNCIL_REJECTED");
            }
        }
        recordCouncilTotals(key, items, byCode, minutesRef);
        proposals.event(new ProposalRepository.Event(key, round, "COUNCIL", passed + "/" + items.size() + " THONG_QUA",
                minutesRef, null, clock.instant()));
        return passed;
    }

    /** The council's totals per nominee into the audit chain: never a ballot, the system has none. */
    private void recordCouncilTotals(String key, List<Map<String, Object>> items,
                                     Map<String, ProposalRepository.Nominee> byCode, String minutesRef) {
        List<Map<String, Object>> totals = new ArrayList<>();
        for (Map<String, Object> item : items) {
            Map<String, Object> t = new LinkedHashMap<>();
            String code = (String) item.get("nomineeCode");
            t.put("nomineeCode", code);
            t.put("nominee", byCode.get(code).displayName());
            t.put("yesVotes", item.get("yesVotes"));
            t.put("totalMembers", item.get("totalMembers"));
            t.put("passed", ProposalAnswerRules.passed(item.get("passed")));
            totals.add(t);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("minutesRef", minutesRef);
        details.put("totals", totals);
        audit.record(AuditRecord.domain(AuditKind.COUNCIL_RESULT, clock.instant(), key, null,
                null, "Biên bản " + minutesRef, details));
    }

    public int applyConsultation(String key, List<Map<String, Object>> items) {
        Map<String, ProposalRepository.Nominee> byCode = byCode(key);
        int remaining = 0;
        for (Map<String, Object> item : items) {
            ProposalRepository.Nominee n = byCode.get((String) item.get("nomineeCode"));
            if ("DUNG".equals(item.get("action"))) {
                proposals.consultationStop(n.id(), ProposalAnswerRules.text(item.get("reason")));
                proposals.finalResult(n.id(), "STOPPED");
            } else {
                remaining++;
            }
        }
        return remaining;
    }

    /** The chairman's answer per nominee; returns how many are approved. */
    public int applyChairman(String key, List<Map<String, Object>> items) {
        Map<String, ProposalRepository.Nominee> byCode = byCode(key);
        int approved = 0;
        for (Map<String, Object> item : items) {
            ProposalRepository.Nominee n = byCode.get((String) item.get("nomineeCode"));
            boolean ok = "DONG_Y".equals(item.get("approve"));
            proposals.finalResult(n.id(), ok ? "APPROVED" : "REJECTED");
            approved += ok ? 1 : 0;
        }
        return approved;
    }

    /** The list a next-stage task shows: the nominees still in the running, with the appraisal result. */
    public List<Map<String, Object>> activeItems(String key, Map<String, Object> defaults) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (ProposalRepository.Nominee n : proposals.nominees(key)) {
            if (!n.active()) {
                continue;
            }
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("nomineeCode", n.nomineeCode());
            item.put("nomineeName", n.displayName());
            item.put("appraisal", Boolean.TRUE.equals(n.appraisalEligible()) ? "Đủ điều kiện"
                    + (n.overrideJustification() != null ? " (kết luận của chuyên viên: " + n.overrideJustification() + ")" : "")
                    : "Chưa thẩm định");
            item.putAll(defaults);
            items.add(item);
        }
        return items;
    }

    public String summary(String key) {
        return ProposalTexts.appraisalSummary(proposals.nominees(key));
    }

    public Set<String> activeCodes(String key) {
        Set<String> codes = new java.util.HashSet<>();
        proposals.nominees(key).stream().filter(ProposalRepository.Nominee::active)
                .forEach(n -> codes.add(n.nomineeCode()));
        return codes;
    }

    private Map<String, ProposalRepository.Nominee> byCode(String key) {
        Map<String, ProposalRepository.Nominee> map = new LinkedHashMap<>();
        proposals.nominees(key).forEach(n -> map.put(n.nomineeCode(), n));
        return map;
    }
}
