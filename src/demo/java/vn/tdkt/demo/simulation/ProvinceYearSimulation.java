package vn.tdkt.demo.simulation;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.tdkt.audit.AuditLedger;
import vn.tdkt.audit.ChainVerification;
import vn.tdkt.awarddecision.AwardDecisionService;
import vn.tdkt.awarddecision.DecisionView;
import vn.tdkt.awarddecision.pdf.CertificatePdf;
import vn.tdkt.awarddecision.pdf.DecisionPdf;
import vn.tdkt.block.cycle.BlockMinutes;
import vn.tdkt.block.cycle.BlockScores;
import vn.tdkt.council.CouncilMinutesPdf;
import vn.tdkt.council.CouncilSessions;
import vn.tdkt.council.CouncilSteps;
import vn.tdkt.council.CouncilVariables;
import vn.tdkt.demo.DemoActions;
import vn.tdkt.demo.DemoProvinceSeeder;
import vn.tdkt.documents.DossierService;
import vn.tdkt.proposal.AgencySubmission;
import vn.tdkt.proposal.ProposalSteps;
import vn.tdkt.proposal.ProposalVariables;
import vn.tdkt.proposal.SubmissionLetter;
import vn.tdkt.workflow.JsonVars;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A province's year run through the engine as its people would: a synthetic province is built, every unit
 * registers, every block runs its cycle (pact, mid-year, scores, cross-check, the suy tôn vote, minutes), the
 * proposals go through the unit, intake (some returned), appraisal (some with hiệp y), the Sở's approval, council
 * sessions with secret ballots and the chairman's decision; the decisions, certificates and minutes are printed.
 * Human steps are task completions with the role's identity and the form's variables, checked by the application
 * as Tasklist's would be. The engine's clock (SimulationClock, which the application's clock reads) moves a day between
 * stages and due timers are executed at once, so what each proposal goes through is fixed by the seed. In the
 * per-proposal stages the steps of different proposals run side by side on {@code --workers} threads, so the order
 * in which numbers are handed out varies from run to run unless {@code --workers=1}.
 */
@Component
public class ProvinceYearSimulation {

    static final String PROPOSAL = ProposalSteps.PROCESS;
    static final String COUNCIL = CouncilSteps.PROCESS;
    static final String BLOCK_CYCLE = "block-emulation-cycle";
    static final String REGISTRATION = "emulation-registration";
    static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String AGENCY_HEAD = "lanhdao.snv";
    private static final String RECEIVER = "tiepnhan";
    private static final String SPECIALIST = "thamdinh";
    private static final String SECRETARY = "thuky.hd";
    private static final String CHAIRMAN = "chutich";
    /** Nominees written per transaction while the province is built. */
    private static final int NOMINEES_PER_TRANSACTION = 250;

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final HistoryService history;
    private final IdentityService identity;
    private final FormService forms;
    private final RepositoryService repository;
    private final JdbcClient jdbc;
    private final SyntheticProvince province;
    private final DossierService dossiers;
    private final DemoActions actions;
    private final AuditLedger audit;
    private final AwardDecisionService decisions;
    private final DecisionPdf decisionPdf;
    private final CertificatePdf certificatePdf;
    private final BlockMinutes blockMinutes;
    private final CouncilSessions councilSessions;
    private final CouncilMinutesPdf councilMinutesPdf;
    private final javax.sql.DataSource dataSource;

    public ProvinceYearSimulation(RuntimeService runtime, TaskService tasks, ManagementService management,
                                  HistoryService history, IdentityService identity, FormService forms,
                                  RepositoryService repository, JdbcClient jdbc, SyntheticProvince province,
                                  DossierService dossiers, DemoActions actions, AuditLedger audit,
                                  AwardDecisionService decisions, DecisionPdf decisionPdf, CertificatePdf certificatePdf,
                                  BlockMinutes blockMinutes, CouncilSessions councilSessions,
                                  CouncilMinutesPdf councilMinutesPdf, javax.sql.DataSource dataSource) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.history = history;
        this.identity = identity;
        this.forms = forms;
        this.repository = repository;
        this.jdbc = jdbc;
        this.province = province;
        this.dossiers = dossiers;
        this.actions = actions;
        this.audit = audit;
        this.decisions = decisions;
        this.decisionPdf = decisionPdf;
        this.certificatePdf = certificatePdf;
        this.blockMinutes = blockMinutes;
        this.councilSessions = councilSessions;
        this.councilMinutesPdf = councilMinutesPdf;
        this.dataSource = dataSource;
    }

    /** One simulated proposal: its plan, unit, nominee, and once started its instance and business key. */
    static final class SimProposal {
        final int index;
        final ProposalPlan plan;
        final SyntheticProvince.Unit unit;
        final String nominee;
        String pi;
        String key;

        SimProposal(int index, ProposalPlan plan, SyntheticProvince.Unit unit, String nominee) {
            this.index = index;
            this.plan = plan;
            this.unit = unit;
            this.nominee = nominee;
        }
    }

    /** The state of one run. */
    private static final class Run {
        final SimulationOptions options;
        final Progress progress;
        final String tag;
        final Random random;
        final int year;
        final int periodYear;
        final Set<String> instances = ConcurrentHashMap.newKeySet();
        final Map<String, List<String>> groups = new ConcurrentHashMap<>();
        final List<SimulationReport.Stage> stages = new ArrayList<>();
        final List<String> councilSessionIds = new ArrayList<>();
        final List<String> blockCycleIds = new ArrayList<>();
        List<SyntheticProvince.Block> blocks = List.of();
        final List<SimProposal> proposals = new ArrayList<>();
        final AtomicLong tasksCompleted = new AtomicLong();
        final AtomicLong instancesStarted = new AtomicLong();
        final AtomicLong pdfs = new AtomicLong();
        final AtomicLong pdfBytes = new AtomicLong();
        final AtomicLong documents = new AtomicLong();
        /** The workers that run the proposals' steps side by side, as a province's officers work at once. */
        final ExecutorService workers;

        Run(SimulationOptions options, Progress progress) {
            this.options = options;
            this.progress = progress;
            this.tag = "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 4);
            this.random = new Random(options.seed());
            this.year = today().getYear();
            this.periodYear = year - 1;
            AtomicInteger worker = new AtomicInteger();
            this.workers = Executors.newFixedThreadPool(options.workers(), r -> {
                Thread t = new Thread(r, "simulation-" + worker.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
    }

    /** Runs a whole year; the engine's clock is given back (SimulationClock.reset) at the end, whatever happens. */
    public SimulationReport run(SimulationOptions options, Progress progress) {
        String database = database();
        SimulationClock.freezeAt(Instant.now());
        Instant started = Instant.now();
        long notificationsBefore = count("SELECT COUNT(*) FROM notification_outbox");
        Run run = new Run(options, progress);
        try {
            stage(run, "province", "Dựng tỉnh mô phỏng (khối, đơn vị, người dùng, cá nhân)",
                    options.units() + options.proposals(), () -> buildProvince(run));
            stage(run, "registration", "Đăng ký thi đua của các đơn vị", options.units(), () -> registrations(run));
            stage(run, "blocks", "Chu kỳ thi đua của các khối", options.units(), () -> blockCycles(run));
            stage(run, "dossiers", "Đơn vị lập hồ sơ, thủ trưởng ký tờ trình", options.proposals(), () -> dossiers(run));
            stage(run, "intake", "Sở Nội vụ tiếp nhận (có trả lại)", options.proposals(), () -> intake(run));
            stage(run, "appraisal", "Thẩm định, hiệp y", options.proposals(), () -> appraisal(run));
            stage(run, "approval", "Lãnh đạo Sở duyệt kết quả thẩm định", options.proposals(), () -> approval(run));
            long councilCount = run.proposals.stream().filter(p -> p.plan.council()).count();
            stage(run, "council", "Hội đồng TĐKT họp, bỏ phiếu kín", councilCount, () -> council(run));
            stage(run, "decision", "Chủ tịch UBND tỉnh quyết định", options.proposals(), () -> chairman(run));
            stage(run, "documents", "In quyết định, bằng khen, biên bản (PDF)", options.proposals(), () -> documents(run));
            long wall = Duration.between(started, Instant.now()).toMillis();
            return report(run, database, started, wall, count("SELECT COUNT(*) FROM notification_outbox") - notificationsBefore);
        } finally {
            run.workers.shutdownNow();
            SimulationClock.release();
        }
    }

    /**
     * Runs one step for every proposal on the run's workers and returns when all are done. The proposals do not
     * share an instance, so their steps run side by side as the officers of many units would; what they share
     * (numbers, the audit chain, the outbox) is the application's to keep consistent. The first failure ends the
     * stage: the steps not yet begun are dropped and the failure is thrown.
     */
    private void eachProposal(Run run, Consumer<SimProposal> step) {
        each(run, run.proposals, p -> {
            step.accept(p);
            run.progress.step();
        });
    }

    /** Runs the step for every item on the run's workers, as {@link #eachProposal} does, without counting progress. */
    private <T> void each(Run run, List<T> items, Consumer<T> step) {
        List<Future<?>> pending = new ArrayList<>(items.size());
        for (T item : items) {
            pending.add(run.workers.submit(() -> step.accept(item)));
        }
        try {
            for (Future<?> f : pending) {
                f.get();
            }
        } catch (ExecutionException e) {
            pending.forEach(f -> f.cancel(false));
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            pending.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Mô phỏng bị ngắt", e);
        }
    }

    private void stage(Run run, String id, String label, long total, Runnable body) {
        run.progress.stage(label, total);
        long tasksBefore = run.tasksCompleted.get();
        long startedBefore = run.instancesStarted.get();
        long engineStart = SimulationClock.now().getTime();
        long t0 = System.nanoTime();
        body.run();
        executeDueJobs(run);
        long wall = (System.nanoTime() - t0) / 1_000_000;
        long done = run.tasksCompleted.get() - tasksBefore;
        // the next stage starts on the next day of the engine's calendar
        SimulationClock.advance(Duration.ofDays(1));
        executeDueJobs(run);
        long engine = SimulationClock.now().getTime() - engineStart;
        run.stages.add(new SimulationReport.Stage(id, label, wall, engine, run.instancesStarted.get() - startedBefore, done,
                wall == 0 ? 0 : done * 1000.0 / wall));
        run.progress.finish(wall);
    }

    // ------------------------------------------------------------------ stages

    private void buildProvince(Run run) {
        run.blocks = province.build(run.tag, run.options, run.year, run.random, run.progress::step);
        List<SyntheticProvince.Unit> units = run.blocks.stream().flatMap(b -> b.membersByRank().stream())
                .sorted((a, b) -> a.code().compareTo(b.code())).toList();
        List<SyntheticProvince.Nominee> nominees = new ArrayList<>();
        for (int i = 0; i < run.options.proposals(); i++) {
            ProposalPlan plan = ProposalPlan.of(i);
            SyntheticProvince.Unit unit = units.get(i % units.size());
            boolean male = run.random.nextBoolean();
            String code = (run.tag + "-" + String.format("%05d", i + 1)).toUpperCase(Locale.ROOT);
            nominees.add(new SyntheticProvince.Nominee(code, unit, DemoProvinceSeeder.personName(run.random, male), male, plan));
            run.proposals.add(new SimProposal(i, plan, unit, code));
        }
        // the names are drawn above in order (the same on every run); the rows are written by the workers, in batches
        List<List<SyntheticProvince.Nominee>> batches = new ArrayList<>();
        for (int from = 0; from < nominees.size(); from += NOMINEES_PER_TRANSACTION) {
            batches.add(nominees.subList(from, Math.min(nominees.size(), from + NOMINEES_PER_TRANSACTION)));
        }
        each(run, batches, batch -> {
            province.nominees(batch, run.periodYear);
            batch.forEach(n -> run.progress.step());
        });
    }

    private void registrations(Run run) {
        String definition = repository.createProcessDefinitionQuery().processDefinitionKey(REGISTRATION)
                .latestVersion().singleResult().getId();
        // every unit registers on its own, at the same time as the others: one task per unit on the workers
        List<Map.Entry<SyntheticProvince.Block, SyntheticProvince.Unit>> units = new ArrayList<>();
        run.blocks.forEach(b -> b.membersByRank().forEach(u -> units.add(Map.entry(b, u))));
        each(run, IntStream.range(0, units.size()).boxed().toList(), i -> {
            SyntheticProvince.Block block = units.get(i).getKey();
            SyntheticProvince.Unit unit = units.get(i).getValue();
            int ldtt = 20 + (i * 7) % 40;
            String title = unit.equals(block.leader()) ? "CO_TINH" : i % 2 == 0 ? "TTLDXS" : "TTLDTT";
            String pi = as(run, "canbo." + unit.code(), () -> forms.submitStartForm(definition, Variables.createVariables()
                    .putValue("emulationYear", run.year + 1).putValue("collectiveTitle", title)
                    .putValue("ldttCount", ldtt).putValue("cstdcsCount", Math.max(1, ldtt * 15 / 100))
                    .putValue("commitment", "Phấn đấu hoàn thành xuất sắc nhiệm vụ năm " + (run.year + 1)
                            + ", thực hiện tốt giao ước thi đua của khối và cải cách hành chính.")).getId());
            started(run, pi);
            String head = "thutruong." + unit.code();
            if (i % 10 == 3) {
                completeOnly(run, pi, "Task_HeadReview", head, Map.of("headDecision", "return",
                        "headComment", "Đề nghị bổ sung chỉ tiêu chuyển đổi số vào nội dung cam kết."), true);
                completeOnly(run, pi, "Task_ReviseRegistration", "canbo." + unit.code(), Map.of("collectiveTitle", title,
                        "commitment", "Bổ sung cam kết: 100% hồ sơ thủ tục hành chính được tiếp nhận trực tuyến."), false);
            }
            completeOnly(run, pi, "Task_HeadReview", head, Map.of("headDecision", "approve"), true);
            run.progress.step();
        });
    }

    /**
     * Every block runs its cycle at the same time as the others, each phase of the year on the workers: the pact,
     * then (the engine's clock at mid-year) the mid-year reports and inspection, then (at year end) the scores, the
     * vote and the minutes. The clock moves between phases only, so no block runs ahead of the others' calendar.
     */
    private void blockCycles(Run run) {
        Map<SyntheticProvince.Block, String> cycles = new ConcurrentHashMap<>();
        each(run, run.blocks, block -> cycles.put(block, pact(run, block)));
        run.blocks.forEach(block -> run.blockCycleIds.add(cycles.get(block)));
        timers(run, run.blockCycleIds, "Timer_MidYear");
        each(run, run.blocks, block -> midYear(run, block, cycles.get(block)));
        timers(run, run.blockCycleIds, "Timer_YearEnd");
        each(run, run.blocks, block -> yearEnd(run, block, cycles.get(block)));
    }

    private String pact(Run run, SyntheticProvince.Block block) {
        String pi = as(run, AGENCY_HEAD, () -> runtime.startProcessInstanceByKey(BLOCK_CYCLE,
                Map.of("blockCode", block.code(), "emulationYear", run.year)).getId());
        started(run, pi);
        for (Task t : list(pi, "Task_SignPact")) {
            String member = memberOf(t);
            complete(run, t, "thutruong." + member, Map.of("pactSigned", true,
                    "registeredTitle", member.equals(block.leader().code()) ? "CO_TINH" : "TTLDXS"));
        }
        complete(run, one(pi, "Task_ClosePact"), "canbo." + block.leader().code(), Map.of("pactClosed", true));
        complete(run, one(pi, "Task_SupervisePact"), supervisorOf(one(pi, "Task_SupervisePact")),
                Map.of("supervisorAttended", true, "supervisorRemarks", "Các đơn vị ký giao ước đầy đủ, đúng hạn."));
        return pi;
    }

    private void midYear(Run run, SyntheticProvince.Block block, String pi) {
        String leader = "canbo." + block.leader().code();
        for (Task t : list(pi, "Task_MidYearReport")) {
            complete(run, t, "canbo." + memberOf(t), Map.of("midYearReport",
                    "Sáu tháng đầu năm đơn vị hoàn thành trên 50% chỉ tiêu được giao, không có vụ việc phức tạp."));
        }
        complete(run, one(pi, "Task_ConsolidateMidYear"), leader, Map.of("midYearSummary",
                "Các đơn vị trong khối hoàn thành tốt nhiệm vụ sáu tháng đầu năm, tham gia đầy đủ hoạt động của khối."));
        complete(run, one(pi, "Task_SuperviseMidYear"), supervisorOf(one(pi, "Task_SuperviseMidYear")),
                Map.of("supervisorAttended", true, "supervisorRemarks", "Khối hoàn thành tốt nhiệm vụ sáu tháng đầu năm."));
        Task plan = one(pi, "Task_PlanInspection");
        List<Map<String, Object>> inspectionRows = JsonVars.listOfObjects(
                tasks.getVariable(plan.getId(), "inspectionRows"));
        inspectionRows.get(0).put("visit", true);
        complete(run, plan, supervisorOf(plan), Map.of("inspectionFrom", run.year + "-09-15", "inspectionTo",
                run.year + "-09-30", "inspectionRows", JsonVars.json(inspectionRows)));
        complete(run, one(pi, "Task_InspectVisit"), supervisorOf(one(pi, "Task_InspectVisit")),
                Map.of("visitFindings", "Đơn vị thực hiện giao ước đúng kế hoạch, hồ sơ đầy đủ."));
    }

    private void yearEnd(Run run, SyntheticProvince.Block block, String pi) {
        String leader = "canbo." + block.leader().code();
        Map<String, SyntheticProvince.Unit> byCode = block.membersByRank().stream()
                .collect(Collectors.toMap(SyntheticProvince.Unit::code, u -> u));
        int size = block.membersByRank().size();
        for (Task t : list(pi, "Task_SelfScore")) {
            SyntheticProvince.Unit unit = byCode.get(memberOf(t));
            String dossier = BlockScores.evidenceDossierKey(block.code(), run.year, unit.code());
            long doc = dossiers.store(dossier, "KHAC", "minh-chung-" + unit.code() + ".pdf", "application/pdf",
                    fakePdf("minh chứng " + unit.code()), "canbo." + unit.code()).id();
            run.documents.incrementAndGet();
            List<Map<String, Object>> items = JsonVars.listOfObjects(runtime.getVariableLocal(t.getExecutionId(), "scoreItems"));
            items.forEach(item -> {
                double max = ((Number) item.get("maxPoints")).doubleValue();
                // the seeded strength: rank 0 scores the maximum, each next rank a little less on every criterion
                item.put("score", "CRITERION".equals(item.get("kind"))
                        ? Math.round((max - unit.seededRank() * max / (2.0 * size)) * 100) / 100.0 : 0);
                item.put("evidenceDocumentId", String.valueOf(doc));
            });
            complete(run, t, "canbo." + unit.code(), Map.of("scoreItems", JsonVars.json(items)));
            run.progress.step();
        }
        for (Task t : list(pi, "Task_CrossCheck")) {
            String checker = (String) runtime.getVariableLocal(t.getExecutionId(), "checker");
            List<Map<String, Object>> items = JsonVars.listOfObjects(runtime.getVariableLocal(t.getExecutionId(), "scoreItems"));
            items.forEach(item -> item.put("score", item.get("selfScore") == null ? 0 : item.get("selfScore")));
            complete(run, t, "canbo." + checker, Map.of("scoreItems", JsonVars.json(items)));
        }
        complete(run, one(pi, "Task_OpenVote"), leader, Map.of("voteOpened", true));
        String first = block.membersByRank().get(0).code();
        for (Task t : list(pi, "Task_Vote")) {
            String member = memberOf(t);
            List<Map<String, Object>> paper = localList(t, "secretBallot");
            paper.forEach(c -> c.put("choice", first.equals(c.get("candidateCode")) ? "DONG_Y" : "DE_TRONG"));
            complete(run, t, "thutruong." + member, Map.of("secretBallot", JsonVars.json(paper)));
        }
        complete(run, one(pi, "Task_CloseVote"), leader, Map.of("voteClosed", true));
        complete(run, one(pi, "Task_ConfirmMinutes"), leader, Map.of("minutesConfirmed", true));
        complete(run, one(pi, "Task_SupervisorOpinion"), supervisorOf(one(pi, "Task_SupervisorOpinion")),
                Map.of("supervisorOpinion", "AGREE"));
    }

    private void dossiers(Run run) {
        eachProposal(run, p -> {
            String officer = "canbo." + p.unit.code();
            p.pi = as(run, officer, () -> runtime.startProcessInstanceByKey(PROPOSAL, Variables.createVariables()
                    .putValue(ProposalVariables.COMMENDATION_KIND, "CONG_TRANG")
                    .putValue(ProposalVariables.AWARD_TYPE, p.plan.awardType())
                    .putValue(ProposalVariables.PERIOD_YEAR, run.periodYear)
                    .putValue(ProposalVariables.NOMINEE_CODES, JsonVars.json(List.of(p.nominee)))
                    .putValue(ProposalVariables.ACHIEVEMENT_SUMMARY, "Hoàn thành xuất sắc nhiệm vụ năm " + run.periodYear
                            + ", có sáng kiến được áp dụng hiệu quả tại đơn vị.")).getId());
            started(run, p.pi);
            p.key = history.createHistoricProcessInstanceQuery().processInstanceId(p.pi).singleResult().getBusinessKey();
            @SuppressWarnings("unchecked")
            List<String> required = (List<String>) runtime.getVariable(p.pi, ProposalVariables.REQUIRED_DOCUMENTS);
            for (String type : required) {
                upload(run, p, type);
            }
            submitAndSign(run, p);
        });
    }

    private void intake(Run run) {
        Map<String, Task> waiting = byInstance(PROPOSAL, ProposalSteps.INTAKE);
        eachProposal(run, p -> {
            if (p.plan == ProposalPlan.RETURNED_THEN_AWARDED) {
                complete(run, waiting.get(p.pi), RECEIVER, Map.of(ProposalVariables.INTAKE_DECISION, "RETURN",
                        ProposalVariables.INTAKE_COMMENT, "Bổ sung biên bản họp xét có đủ chữ ký của các thành viên Hội đồng TĐKT cơ sở."));
                upload(run, p, "BB");
                submitAndSign(run, p);
                complete(run, one(p.pi, ProposalSteps.INTAKE), RECEIVER, Map.of(ProposalVariables.INTAKE_DECISION, "ACCEPT"));
            } else {
                complete(run, waiting.get(p.pi), RECEIVER, Map.of(ProposalVariables.INTAKE_DECISION, "ACCEPT"));
            }
        });
    }

    private void appraisal(Run run) {
        Map<String, Task> waiting = byInstance(PROPOSAL, ProposalSteps.APPRAISE);
        eachProposal(run, p -> {
            Task task = waiting.get(p.pi);
            if (p.plan == ProposalPlan.CONCURRENCE_THEN_AWARDED) {
                complete(run, task, SPECIALIST, Map.of(ProposalVariables.APPRAISAL, asIs(p.pi),
                        ProposalVariables.APPRAISAL_ACTION, "CONCURRENCE",
                        ProposalVariables.CONCURRENCE_AGENCY_LIST, "Thuế tỉnh Tây Ninh\nBảo hiểm xã hội tỉnh"));
                int n = 0;
                for (Task t : list(p.pi, ProposalSteps.RECORD_CONCURRENCE)) {
                    n++;
                    complete(run, t, SPECIALIST, Map.of(ProposalVariables.CONCURRENCE_OPINION, "DONG_Y",
                            ProposalVariables.CONCURRENCE_NOTE, "Công văn số " + (100 + n) + "/HY ngày "
                                    + today().minusDays(1)));
                }
                task = one(p.pi, ProposalSteps.APPRAISE);
            }
            complete(run, task, SPECIALIST, Map.of(ProposalVariables.APPRAISAL, asIs(p.pi),
                    ProposalVariables.APPRAISAL_ACTION, "CONCLUDE",
                    ProposalVariables.APPRAISAL_NOTE, p.plan == ProposalPlan.NOT_ELIGIBLE
                            ? "Đối tượng chưa đủ điều kiện theo quy định." : "Hồ sơ đầy đủ, đối tượng đạt tiêu chuẩn."));
        });
    }

    private void approval(Run run) {
        Map<String, Task> waiting = byInstance(PROPOSAL, ProposalSteps.APPROVE_APPRAISAL);
        AtomicInteger letters = new AtomicInteger();
        eachProposal(run, p -> {
            Map<String, Object> answer = new HashMap<>();
            answer.put(ProposalVariables.APPRAISAL_APPROVAL, "APPROVE");
            if (Boolean.TRUE.equals(runtime.getVariable(p.pi, AgencySubmission.NEEDED))) {
                answer.put(AgencySubmission.NUMBER, (1000 + letters.incrementAndGet()) + "/TTr-SNV");
                answer.put(AgencySubmission.DATE, today().toString());
            }
            complete(run, waiting.get(p.pi), AGENCY_HEAD, answer);
        });
    }

    private void council(Run run) {
        List<SimProposal> waiting = run.proposals.stream().filter(p -> p.plan.council()).toList();
        int minutes = 0;
        for (int from = 0; from < waiting.size(); from += run.options.sessionSize()) {
            List<SimProposal> agenda = waiting.subList(from, Math.min(waiting.size(), from + run.options.sessionSize()));
            Map<String, SimProposal> byNominee = agenda.stream().collect(Collectors.toMap(p -> p.nominee, p -> p));
            int number = run.councilSessionIds.size() + 1;
            String session = as(run, SECRETARY, () -> runtime.startProcessInstanceByKey(COUNCIL, Variables.createVariables()
                    .putValue(CouncilVariables.SESSION_TITLE, "Phiên họp xét khen thưởng số " + number + " năm " + run.periodYear)
                    .putValue(CouncilVariables.MEETING_DATE, today().toString())).getId());
            started(run, session);
            run.councilSessionIds.add(session);
            Set<String> keys = agenda.stream().map(p -> p.key).collect(Collectors.toSet());
            List<Map<String, Object>> rows = JsonVars.listOfObjects(runtime.getVariable(session, CouncilVariables.AGENDA_ROWS));
            rows.forEach(r -> r.put("include", keys.contains(r.get("proposalKey"))));
            complete(run, one(session, CouncilSteps.SELECT_CANDIDATES), SECRETARY,
                    Map.of(CouncilVariables.AGENDA_ROWS, JsonVars.json(rows)));
            List<Map<String, Object>> attendance = JsonVars.listOfObjects(runtime.getVariable(session, CouncilVariables.ATTENDANCE_LIST));
            attendance.forEach(r -> {
                r.remove("userId");
                r.put("attendance", "PRESENT");
            });
            complete(run, one(session, CouncilSteps.ATTENDANCE), SECRETARY,
                    Map.of(CouncilVariables.ATTENDANCE_LIST, JsonVars.json(attendance)));
            String sessionKey = (String) runtime.getVariable(session, CouncilVariables.SESSION_KEY);
            Map<String, String> nomineeOf = new HashMap<>();
            jdbc.sql("SELECT nominee_code, candidate_code FROM council_candidate WHERE session_key = ?").param(sessionKey)
                    .query((rs, n) -> nomineeOf.put(rs.getString(2), rs.getString(1))).list();
            List<Task> votes = list(session, CouncilSteps.VOTE);
            votes.sort((a, b) -> a.getAssignee().compareTo(b.getAssignee()));
            for (int v = 0; v < votes.size(); v++) {
                Task t = votes.get(v);
                final int voter = v;
                List<Map<String, Object>> paper = JsonVars.listOfObjects(tasks.getVariable(t.getId(), "secretBallot"));
                paper.forEach(c -> {
                    SimProposal p = byNominee.get(nomineeOf.get((String) c.get("candidateCode")));
                    // passed: every member agrees; not passed: a third agrees (far from any threshold or tie)
                    boolean agree = p != null && (p.plan == ProposalPlan.COUNCIL_PASSED || voter % 3 == 0);
                    c.put("choice", agree ? "DONG_Y" : "KHONG_DONG_Y");
                });
                complete(run, t, t.getAssignee(), Map.of("secretBallot", JsonVars.json(paper)));
            }
            complete(run, one(session, CouncilSteps.CLOSE_VOTING), SECRETARY, Map.of(CouncilVariables.VOTING_CLOSED, true));
            minutes++;
            complete(run, one(session, CouncilSteps.MINUTES_SECRETARY), SECRETARY,
                    Map.of(CouncilVariables.MINUTES_REF, minutes + "/BB-HĐTĐKT"));
            complete(run, one(session, CouncilSteps.MINUTES_CHAIR), CHAIRMAN, Map.of(
                    CouncilVariables.CHAIR_MINUTES_DECISION, "XAC_NHAN", CouncilVariables.CHAIR_MINUTES_NOTE, ""));
            agenda.forEach(p -> run.progress.step());
        }
    }

    private void chairman(Run run) {
        Map<String, Task> waiting = byInstance(PROPOSAL, ProposalSteps.CHAIRMAN_DECISION);
        eachProposal(run, p -> {
            Task t = waiting.get(p.pi);
            if (t != null) {
                List<Map<String, Object>> items = JsonVars.listOfObjects(unwrap(runtime.getVariable(p.pi, ProposalVariables.CHAIRMAN_DECISION)));
                items.forEach(i -> i.put("approve", "DONG_Y"));
                complete(run, t, CHAIRMAN, Map.of(ProposalVariables.CHAIRMAN_DECISION, JsonVars.json(items)));
                // the unit's notification runs after the decision's commit, as a job: the executor's part, here
                runDueJobs(p.pi);
            }
        });
    }

    private void documents(Run run) {
        eachProposal(run, p -> {
            if (p.plan.awarded()) {
                for (DecisionView d : decisions.byBusinessKey(p.key)) {
                    pdf(run, decisionPdf.render(d));
                    for (DecisionView.Awardee a : d.awardees()) {
                        pdf(run, certificatePdf.render(d, a));
                    }
                }
            }
        });
        for (String session : run.councilSessionIds) {
            String key = history.createHistoricProcessInstanceQuery().processInstanceId(session).singleResult().getBusinessKey();
            pdf(run, councilMinutesPdf.render(councilSessions.minutesData(key)));
        }
        for (String cycle : run.blockCycleIds) {
            pdf(run, blockMinutes.pdf(history.createHistoricProcessInstanceQuery().processInstanceId(cycle).singleResult().getBusinessKey()));
        }
    }

    // ------------------------------------------------------------------ the report

    private SimulationReport report(Run run, String database, Instant started, long wall, long notifications) {
        Set<String> blockProposals = new HashSet<>();
        for (String key : jdbc.sql("""
                        SELECT p.proposal_key FROM block_cycle_proposal p JOIN block_cycle c ON c.business_key = p.business_key
                        JOIN emulation_block b ON b.id = c.block_id WHERE b.code LIKE ? AND p.proposal_key IS NOT NULL""")
                .param(run.tag.toUpperCase(Locale.ROOT) + "K%").query(String.class).list()) {
            history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key).list()
                    .forEach(h -> blockProposals.add(h.getId()));
        }
        List<SimulationReport.ProcessEnd> processes = new ArrayList<>();
        for (String key : List.of(REGISTRATION, BLOCK_CYCLE, PROPOSAL, COUNCIL)) {
            Map<String, Long> byEnd = new TreeMap<>();
            for (HistoricProcessInstance h : history.createHistoricProcessInstanceQuery().processDefinitionKey(key).list()) {
                if (!ours(run, h.getId()) && !blockProposals.contains(h.getId())) {
                    continue;
                }
                String at = h.getEndTime() != null ? h.getEndActivityId() : waitingAt(h.getId());
                byEnd.merge(h.getState() + "|" + at, 1L, Long::sum);
            }
            byEnd.forEach((k, n) -> processes.add(new SimulationReport.ProcessEnd(key, k.substring(0, k.indexOf('|')),
                    k.substring(k.indexOf('|') + 1), n)));
        }
        Set<String> all = new HashSet<>(run.instances);
        all.addAll(blockProposals);
        long incidents = runtime.createIncidentQuery().list().stream().filter(i -> all.contains(i.getProcessInstanceId())).count();
        long jobsLeft = management.createJobQuery().list().stream().filter(j -> all.contains(j.getProcessInstanceId())).count();

        Map<String, String> statusByKey = new HashMap<>();
        jdbc.sql("SELECT business_key, status FROM commendation_proposal").query((rs, n) ->
                statusByKey.put(rs.getString(1), rs.getString(2))).list();
        Map<String, Long> byPlan = new TreeMap<>();
        Map<String, Long> statuses = new TreeMap<>();
        List<String> mismatches = new ArrayList<>();
        for (SimProposal p : run.proposals) {
            byPlan.merge(p.plan.name(), 1L, Long::sum);
            String status = statusByKey.get(p.key);
            statuses.merge(String.valueOf(status), 1L, Long::sum);
            String expected = p.plan.awarded() ? "AWARDED" : "NOT_AWARDED";
            if (!expected.equals(status)) {
                mismatches.add(p.key + " (" + p.plan + "): " + status + ", expected " + expected);
            }
        }
        Map<String, Long> awards = new TreeMap<>();
        jdbc.sql("""
                        SELECT r.award_type_code, COUNT(*) FROM award_record r JOIN person p ON p.id = r.person_id
                        WHERE p.code LIKE ? AND r.award_year = ? AND r.decision_number LIKE '%/QĐ-UBND'
                        GROUP BY r.award_type_code""")
                .params(run.tag.toUpperCase(Locale.ROOT) + "-%", run.periodYear)
                .query((rs, n) -> awards.put(rs.getString(1), rs.getLong(2))).list();
        jdbc.sql("""
                        SELECT p.award_type_code, COUNT(*) FROM block_cycle_proposal p JOIN block_cycle c ON c.business_key = p.business_key
                        JOIN emulation_block b ON b.id = c.block_id WHERE b.code LIKE ? GROUP BY p.award_type_code""")
                .param(run.tag.toUpperCase(Locale.ROOT) + "K%")
                .query((rs, n) -> awards.merge("khối đề nghị " + rs.getString(1), rs.getLong(2), Long::sum)).list();

        List<SimulationReport.BlockRanking> rankings = new ArrayList<>();
        for (SyntheticProvince.Block block : run.blocks) {
            List<SimulationReport.RankRow> rows = new ArrayList<>();
            jdbc.sql("""
                            SELECT u.code, u.name, s.final_score FROM block_score_sheet s JOIN org_unit u ON u.id = s.unit_id
                            JOIN emulation_block b ON b.id = s.block_id
                            WHERE b.code = ? AND s.emulation_year = ? AND s.kind = 'FINAL' ORDER BY s.final_score DESC, u.code""")
                    .params(block.code(), run.year).query((rs, n) -> rows.add(new SimulationReport.RankRow(n + 1,
                            rs.getString(1), rs.getString(2), rs.getDouble(3)))).list();
            List<String> expected = block.membersByRank().stream().map(SyntheticProvince.Unit::code).toList();
            List<String> actual = rows.stream().map(SimulationReport.RankRow::unitCode).toList();
            rankings.add(new SimulationReport.BlockRanking(block.code(), block.name(), expected, actual,
                    expected.equals(actual), rows.subList(0, Math.min(3, rows.size()))));
        }

        Map<String, long[]> sla = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        for (String key : List.of(REGISTRATION, BLOCK_CYCLE, PROPOSAL, COUNCIL)) {
            for (HistoricTaskInstance t : history.createHistoricTaskInstanceQuery().processDefinitionKey(key).finished().list()) {
                if (!ours(run, t.getProcessInstanceId()) || t.getDueDate() == null) {
                    continue;
                }
                String id = key + "|" + t.getTaskDefinitionKey();
                names.putIfAbsent(id, t.getName() == null ? t.getTaskDefinitionKey() : t.getName().replaceAll(":.*", ""));
                long[] c = sla.computeIfAbsent(id, k -> new long[2]);
                c[0]++;
                if (!t.getEndTime().after(t.getDueDate())) {
                    c[1]++;
                }
            }
        }
        List<SimulationReport.SlaStep> slaSteps = new ArrayList<>();
        sla.forEach((id, c) -> slaSteps.add(new SimulationReport.SlaStep(id.substring(0, id.indexOf('|')),
                id.substring(id.indexOf('|') + 1), names.get(id), c[0], c[1])));

        ChainVerification chain = audit.verify();
        long proposalWall = run.stages.stream().filter(s -> List.of("dossiers", "intake", "appraisal", "approval", "council",
                "decision").contains(s.id())).mapToLong(SimulationReport.Stage::wallMillis).sum();
        return new SimulationReport(run.tag, database, started.toString(), run.year, run.periodYear, run.options.blocks(),
                run.options.units(), run.options.proposals(), run.options.sessionSize(), run.options.seed(), run.options.workers(), wall,
                proposalWall == 0 ? 0 : run.options.proposals() * 1000.0 / proposalWall,
                proposalWall / (double) run.options.proposals(), run.tasksCompleted.get(), run.instancesStarted.get(),
                run.stages, processes, byPlan, statuses, mismatches, awards, rankings, slaSteps, incidents, jobsLeft,
                chain.checked(), chain.intact(), chain.problem(), run.pdfs.get(), run.pdfBytes.get(), run.documents.get(), notifications,
                run.councilSessionIds.size(), blockProposals.stream().filter(id -> history.createHistoricProcessInstanceQuery()
                        .processInstanceId(id).unfinished().count() > 0).count());
    }

    private String waitingAt(String processInstanceId) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).list().stream()
                .map(Task::getTaskDefinitionKey).distinct().sorted().collect(Collectors.joining(","));
    }

    // ------------------------------------------------------------------ moves

    private void submitAndSign(Run run, SimProposal p) {
        complete(run, one(p.pi, ProposalSteps.COMPLETE_DOSSIER), "canbo." + p.unit.code(), Map.of());
        int number = Integer.parseInt(p.key.substring(p.key.lastIndexOf('-') + 1));
        complete(run, one(p.pi, ProposalSteps.HEAD_SIGN), "thutruong." + p.unit.code(), Map.of(
                ProposalVariables.HEAD_DECISION, "APPROVE",
                SubmissionLetter.NUMBER, number + "/TTr-" + p.unit.code().toUpperCase(Locale.ROOT),
                SubmissionLetter.DATE, today().toString()));
    }

    private void upload(Run run, SimProposal p, String type) {
        dossiers.store(p.key, type, type.toLowerCase(Locale.ROOT) + ".pdf", "application/pdf", fakePdf(type + " " + p.key),
                "canbo." + p.unit.code());
        run.documents.incrementAndGet();
    }

    private Object asIs(String pi) {
        return JsonVars.json(JsonVars.listOfObjects(unwrap(runtime.getVariable(pi, ProposalVariables.APPRAISAL))));
    }

    private void pdf(Run run, byte[] bytes) {
        run.pdfs.incrementAndGet();
        run.pdfBytes.addAndGet(bytes.length);
    }

    /** The clock reaches the latest of the instances' timers at the activity, then the workers run them all. */
    private void timers(Run run, List<String> pis, String activity) {
        List<Job> jobs = pis.stream().map(pi -> management.createJobQuery().processInstanceId(pi).activityId(activity)
                .singleResult()).toList();
        jobs.stream().map(Job::getDuedate).max(Date::compareTo).ifPresent(SimulationClock::reach);
        each(run, jobs, job -> management.executeJob(job.getId()));
    }

    /** Executes every job of the run's instances that is due on the engine's clock (timers, retries). */
    private void executeDueJobs(Run run) {
        for (int pass = 0; pass < 10; pass++) {
            List<Job> due = management.createJobQuery().executable().list().stream()
                    .filter(j -> ours(run, j.getProcessInstanceId())).toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(j -> management.executeJob(j.getId()));
        }
    }

    /** Executes the instance's jobs that are due now, as the job executor (off in the simulation) would. */
    private void runDueJobs(String pi) {
        management.createJobQuery().processInstanceId(pi).executable().list()
                .forEach(j -> management.executeJob(j.getId()));
    }

    /** Whether the instance is one this run started (a job or task of no instance is not). */
    private static boolean ours(Run run, String processInstanceId) {
        return processInstanceId != null && run.instances.contains(processInstanceId);
    }

    private void started(Run run, String pi) {
        run.instances.add(pi);
        run.instancesStarted.incrementAndGet();
    }

    private void complete(Run run, Task task, String user, Map<String, Object> variables) {
        if (task == null) {
            throw new IllegalStateException("Không có việc cho " + user);
        }
        as(run, user, () -> {
            tasks.complete(task.getId(), variables);
            return null;
        });
        run.tasksCompleted.incrementAndGet();
    }

    /** Completes the instance's one task of the key; a task of a group is claimed first, as Tasklist does. */
    private void completeOnly(Run run, String pi, String taskKey, String user, Map<String, Object> variables, boolean claim) {
        Task t = one(pi, taskKey);
        if (claim) {
            tasks.claim(t.getId(), user);
        }
        complete(run, t, user, variables);
    }

    private <T> T as(Run run, String user, java.util.function.Supplier<T> action) {
        List<String> groups = run.groups.computeIfAbsent(user, u -> identity.createGroupQuery().groupMember(u).list()
                .stream().map(Group::getId).toList());
        identity.setAuthentication(user, groups);
        try {
            return action.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    /** The block's supervising council member (none in a synthetic province): the council secretary acts. */
    private static String supervisorOf(Task t) {
        return t.getAssignee() != null ? t.getAssignee() : SECRETARY;
    }

    private Task one(String pi, String taskKey) {
        return tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(taskKey).singleResult();
    }

    private List<Task> list(String pi, String taskKey) {
        return new ArrayList<>(tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(taskKey).list());
    }

    private Map<String, Task> byInstance(String processKey, String taskKey) {
        return tasks.createTaskQuery().processDefinitionKey(processKey).taskDefinitionKey(taskKey).list().stream()
                .collect(Collectors.toMap(Task::getProcessInstanceId, Function.identity(), (a, b) -> a));
    }

    /** The member unit a block task is for: the unit of its candidate group ({@code unit-officer.<code>}). */
    private String memberOf(Task t) {
        return (String) runtime.getVariableLocal(t.getExecutionId(), "member");
    }

    private List<Map<String, Object>> localList(Task task, String name) {
        Object value = tasks.getVariableLocal(task.getId(), name);
        return JsonVars.listOfObjects(value != null ? value : runtime.getVariableLocal(task.getExecutionId(), name));
    }

    private static Object unwrap(Object value) {
        return value instanceof TypedValue t ? t.getValue() : value;
    }

    private static byte[] fakePdf(String label) {
        return ("%PDF-1.4\n% " + label + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    private static LocalDate today() {
        return SimulationClock.today(PROVINCE);
    }

    private String database() {
        try (java.sql.Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
        } catch (java.sql.SQLException e) {
            return "?";
        }
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
