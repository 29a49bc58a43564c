package vn.tdkt.proposal;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.awarddecision.AwardDecisionService;
import vn.tdkt.awarddecision.DecisionAccess;
import vn.tdkt.awarddecision.DecisionView;
import vn.tdkt.awarddecision.DecisionWording;
import vn.tdkt.awarddecision.PdfFileNames;
import vn.tdkt.awarddecision.pdf.DecisionPdf;
import vn.tdkt.refusal.Refusal;
import vn.tdkt.workflow.JsonVars;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static vn.tdkt.proposal.ProposalVariables.ACHIEVEMENT_SUMMARY;
import static vn.tdkt.proposal.ProposalVariables.AWARD_TYPE;
import static vn.tdkt.proposal.ProposalVariables.COMMENDATION_KIND;
import static vn.tdkt.proposal.ProposalVariables.NOMINEE_CODES;
import static vn.tdkt.proposal.ProposalVariables.PERIOD_YEAR;

/**
 * Proposals through the API: start one as a unit's officer (the same checks as Tasklist's start form), list
 * and read them within one's remit, and send a comment during a consultation window (khen cao). What the chairman
 * reads before deciding — the appraisal and the draft decision, as PDF — and the decisions issued on a proposal
 * follow the same rule: the proposing unit's people and the provincial roles ({@link ProposalAccess}).
 */
@RestController
@RequestMapping("/api/proposals")
public class ProposalController {

    private final RuntimeService runtimeService;
    private final ProposalRepository proposals;
    private final ProposalDecisions proposalDecisions;
    private final DecisionPdf decisionPdf;
    private final AppraisalOpinions appraisals;
    private final AppraisalOpinionPdf appraisalPdf;
    private final AwardDecisionService decisions;
    private final DecisionAccess decisionAccess;
    private final ProposalDossierFacts dossierFacts;
    private final ConsultationComments comments;

    public ProposalController(RuntimeService runtimeService, ProposalRepository proposals,
                              ProposalDecisions proposalDecisions, DecisionPdf decisionPdf, AppraisalOpinions appraisals,
                              AppraisalOpinionPdf appraisalPdf, AwardDecisionService decisions,
                              DecisionAccess decisionAccess, ProposalDossierFacts dossierFacts,
                              ConsultationComments comments) {
        this.runtimeService = runtimeService;
        this.proposals = proposals;
        this.proposalDecisions = proposalDecisions;
        this.decisionPdf = decisionPdf;
        this.appraisals = appraisals;
        this.appraisalPdf = appraisalPdf;
        this.decisions = decisions;
        this.decisionAccess = decisionAccess;
        this.dossierFacts = dossierFacts;
        this.comments = comments;
    }

    /** The fields of the start form. */
    public record StartRequest(String commendationKind, String awardType, Integer periodYear, Object nomineeCodes,
                               String achievementSummary) { }

    public record Started(String businessKey, String processInstanceId) { }

    public record CommentRequest(String nomineeCode, String authorName, String authorContact, String content) { }

    /** @param requiredDocuments the document types the DMN {@code required-documents} asked of this proposal */
    public record ProposalView(ProposalRepository.Proposal proposal, String statusLabel,
                               List<ProposalRepository.Nominee> nominees, List<ProposalRepository.Event> events,
                               List<String> requiredDocuments) { }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public Started start(@RequestBody StartRequest request) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(COMMENDATION_KIND, request.commendationKind());
        vars.put(AWARD_TYPE, request.awardType());
        vars.put(PERIOD_YEAR, request.periodYear());
        // the start form's taglist sends the chosen codes as a JSON list; an API client may also send them as text
        vars.put(NOMINEE_CODES, JsonVars.json(ProposalStartRules.codesOf(request.nomineeCodes())));
        vars.put(ACHIEVEMENT_SUMMARY, request.achievementSummary());
        try {
            ProcessInstance pi = runtimeService.startProcessInstanceByKey(ProposalSteps.PROCESS, vars);
            return new Started(pi.getBusinessKey(), pi.getId());
        } catch (FormFieldValidationException refused) {
            throw Refusal.invalid("PROPOSAL_REFUSED", refused.getMessage());
        } catch (AuthorizationException refused) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "FORBIDDEN",
                    "Chỉ cán bộ làm công tác TĐKT của đơn vị được lập đề nghị khen thưởng.", List.of());
        }
    }

    @GetMapping
    public List<ProposalRepository.Proposal> list(@RequestParam(required = false) String unitCode,
                                                  @RequestParam(required = false) Integer year,
                                                  @RequestParam(required = false) String status,
                                                  Authentication authentication) {
        Set<String> groups = ProposalAccess.groups(authentication);
        if (ProposalAccess.provinceWide(groups)) {
            return proposals.list(unitCode, year, status);
        }
        Set<String> own = ProposalAccess.ownUnits(groups);
        if (unitCode != null && own.stream().noneMatch(unitCode::equalsIgnoreCase)) {
            throw forbidden();
        }
        return own.stream().filter(u -> unitCode == null || u.equalsIgnoreCase(unitCode))
                .flatMap(u -> proposals.list(u, year, status).stream()).toList();
    }

    @GetMapping("/{key}")
    public ProposalView get(@PathVariable String key, Authentication authentication) {
        ProposalRepository.Proposal p = readable(key, authentication);
        return new ProposalView(p, ProposalStatus.valueOf(p.status()).label(), proposals.nominees(key),
                proposals.events(key), requiredDocuments(p.processInstanceId()));
    }

    private List<String> requiredDocuments(String processInstanceId) {
        return dossierFacts.requiredDocuments(processInstanceId);
    }

    /**
     * The draft of the chairman's decision on the proposal as it stands ("DỰ THẢO", no number), while it waits for
     * him; 409 before or after that step.
     */
    @GetMapping("/{key}/draft-decision.pdf")
    public ResponseEntity<byte[]> draftDecision(@PathVariable String key, Authentication authentication) {
        ProposalRepository.Proposal p = readable(key, authentication);
        String signerTitle = DecisionWording.signerTitle(ProposalAccess.groups(authentication));
        return pdf(decisionPdf.render(proposalDecisions.draft(p, signerTitle)), "Dự thảo quyết định " + p.businessKey());
    }

    /** The standing agency's appraisal once its head has approved it; 409 before. */
    @GetMapping("/{key}/appraisal.pdf")
    public ResponseEntity<byte[]> appraisal(@PathVariable String key, Authentication authentication) {
        ProposalRepository.Proposal p = readable(key, authentication);
        return pdf(appraisalPdf.render(appraisals.of(p)), "Kết quả thẩm định " + p.businessKey());
    }

    /**
     * The decisions issued on the proposal, oldest first, with their awardees (for the certificates' links): those
     * the caller may read as decisions ({@link DecisionAccess}).
     */
    @GetMapping("/{key}/decisions")
    public List<DecisionView> decisions(@PathVariable String key, Authentication authentication) {
        ProposalRepository.Proposal p = readable(key, authentication);
        return decisions.byBusinessKey(p.businessKey()).stream()
                .filter(d -> decisionAccess.mayRead(authentication, d.ownerUnitCode())).toList();
    }

    /** No produces= on the mappings: refusals still go out as JSON through the exception handler. */
    private static ResponseEntity<byte[]> pdf(byte[] content, String title) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(PdfFileNames.pdf(title)).build().toString())
                .body(content);
    }

    @GetMapping("/{key}/comments")
    public List<ProposalRepository.Comment> comments(@PathVariable String key, Authentication authentication) {
        readable(key, authentication);
        return proposals.comments(key);
    }

    /** Anyone signed in may comment while the window is open (the province's portal relays the public's). */
    @PostMapping("/{key}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    public ProposalRepository.Comment comment(@PathVariable String key, @RequestBody CommentRequest request,
                                              Authentication authentication) {
        return comments.submit(key, new ConsultationComments.Submission(request.nomineeCode(), request.authorName(),
                request.authorContact(), request.content()), authentication.getName());
    }

    private ProposalRepository.Proposal readable(String key, Authentication authentication) {
        ProposalRepository.Proposal p = proposals.find(key).orElseThrow(() ->
                Refusal.notFound("PROPOSAL_NOT_FOUND", "Không tìm thấy hồ sơ đề nghị " + key + "."));
        if (!ProposalAccess.canRead(ProposalAccess.groups(authentication), p.unitCode())) {
            throw forbidden();
        }
        return p;
    }

    private static Refusal forbidden() {
        return new Refusal(Refusal.Kind.FORBIDDEN, "FORBIDDEN",
                "Bạn không có quyền xem hồ sơ đề nghị của đơn vị khác.", List.of());
    }
}
