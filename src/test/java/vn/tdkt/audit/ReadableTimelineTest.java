package vn.tdkt.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The readable timeline without an engine: a whole proposal's records as the engine wrote them (recorded from a
 * council-path proposal driven by its users, with a claim, a comment, an administrator's reassignment, suspension
 * and variable change) read in the words of the project's own models and forms; then each kind of record.
 */
class ReadableTimelineTest {

    static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String PI = "pi-1";

    final ReadableTimeline timeline = new ReadableTimeline(new FixedVocabulary(), PROVINCE);

    // ---- a whole proposal

    record Recorded(long seq, OffsetDateTime occurredAt, String kind, String actor, String subject,
                    String processInstanceId, Map<String, Object> details) { }

    static List<ReadableTimeline.Event> wholeProposal() throws IOException {
        ObjectMapper json = new ObjectMapper().findAndRegisterModules();
        List<Recorded> recorded = json.readValue(Path.of("src/test/resources/audit/whole-proposal-timeline.json").toFile(),
                new TypeReference<>() { });
        return recorded.stream().map(r -> new ReadableTimeline.Event(r.seq(), r.occurredAt().toInstant(),
                AuditKind.valueOf(r.kind()), r.actor(), r.subject(), r.processInstanceId(), r.details())).toList();
    }

    @Test
    void aWholeProposalReadsAsVietnameseSentencesWithoutEngineWordsJsonOrIsoTimes() throws IOException {
        List<ReadableTimeline.Event> events = wholeProposal();
        List<ReadableTimeline.Readable> read = timeline.read(events);
        assertThat(read).hasSameSizeAs(events);

        for (int i = 0; i < read.size(); i++) {
            ReadableTimeline.Readable r = read.get(i);
            String where = events.get(i).seq() + " " + events.get(i).kind() + ": " + r.sentence();
            assertThat(ReadableChecks.offences(r.sentence())).as(where).isEmpty();
            assertThat(r.sentence()).as(where).matches("^\\p{Lu}.*[.…]$");
            assertThat(r.actorName()).as(where).matches("Hệ thống|[\\p{L} ]+ \\([a-z.]+\\)");
        }
        // a person reads the events that tell something; the engine's echoes stay for the raw record
        long shown = read.stream().filter(r -> !r.technical()).count();
        assertThat(shown).isBetween(60L, 130L);

        List<String> sentences = read.stream().map(ReadableTimeline.Readable::sentence).toList();
        assertThat(sentences).contains(
                "Lâm Tấn Hiếu (canbo.stp) bắt đầu quy trình «Đề nghị khen thưởng» (phiên bản 1) tại bước «Lập đề nghị khen thưởng».",
                // the start form's values, by the officer; the engine's own, by the system
                "Lâm Tấn Hiếu (canbo.stp) nhập «Hình thức đề nghị»: “Chiến sĩ thi đua cấp tỉnh”.",
                "Lâm Tấn Hiếu (canbo.stp) nhập «Năm (thời kỳ) thành tích»: 2025.",
                "Hệ thống ghi «Số hồ sơ»: “DNKT-2026-00007”.",
                "Hệ thống ghi «Kết quả xử lý tại cấp tỉnh»: “đang xử lý”.",
                "Hệ thống ghi «Thành phần hồ sơ bắt buộc»: 4 mục: Tờ trình và danh sách đề nghị, Báo cáo thành tích, "
                        + "Biên bản họp xét kèm kết quả bỏ phiếu kín, Giấy chứng nhận / quyết định công nhận sáng kiến.",
                "Hệ thống giao nhiệm vụ «Tiếp nhận hồ sơ đề nghị khen thưởng» cho nhóm «Bộ phận tiếp nhận hồ sơ (Sở Nội vụ)».",
                "Hệ thống giao nhiệm vụ «Thẩm định hồ sơ đề nghị khen thưởng» cho nhóm «Chuyên viên thẩm định (Sở Nội vụ)»;"
                        + " hạn xử lý 04/01/2027 17:00.",
                "Lâm Tấn Hiếu (canbo.stp) ghi ý kiến tại bước «Hoàn thiện hồ sơ đề nghị khen thưởng»: “Đơn vị đã bổ sung"
                        + " bản sao quyết định công nhận sáng kiến.”.",
                "Lâm Tấn Hiếu (canbo.stp) hoàn thành nhiệm vụ «Hoàn thiện hồ sơ đề nghị khen thưởng».",
                "Võ Ngọc Hương (thutruong.stp) nhập «Ý kiến của thủ trưởng»: “Ký tờ trình, gửi Sở Nội vụ”.",
                "Võ Ngọc Hương (thutruong.stp) kết luận tại bước «Thủ trưởng ký tờ trình đề nghị khen thưởng»: "
                        + "“Ký tờ trình, gửi Sở Nội vụ”.",
                "Hệ thống rẽ nhánh tại «Thủ trưởng ký?»: “Ký, gửi Sở Nội vụ”, sang «Tiếp nhận hồ sơ đề nghị khen thưởng».",
                "Dương Hồng Hạnh (tiepnhan) nhận việc «Tiếp nhận hồ sơ đề nghị khen thưởng».",
                "Hệ thống ghi «Hạn giải quyết hồ sơ»: 04/01/2027 17:00.",
                "Hồ sơ bước vào giai đoạn «Thẩm định và quyết định tại cấp tỉnh».",
                "Quản trị hệ thống (admin) giao việc «Thẩm định hồ sơ đề nghị khen thưởng» cho Dương Ngọc Nam (thamdinh).",
                "Quản trị hệ thống (admin) tạm dừng việc xử lý hồ sơ.",
                "Quản trị hệ thống (admin) cho tiếp tục việc xử lý hồ sơ.",
                "Quản trị hệ thống (admin) sửa «Tóm tắt thành tích»: “Hoàn thành xuất sắc nhiệm vụ được giao, có sáng kiến"
                        + " áp dụng hiệu quả.” → “Hoàn thành xuất sắc nhiệm vụ; sáng kiến được công nhận cấp tỉnh.”.",
                "Quản trị hệ thống (admin) sửa dữ liệu «Tóm tắt thành tích».",
                "Hệ thống ghi «Kết luận cho từng đối tượng»: 1 đối tượng: Nguyễn Văn Thử.",
                "Hồ sơ chờ ở bước «Chờ kết quả phiên họp Hội đồng TĐKT tỉnh».",
                "Hệ thống ghi kết quả bỏ phiếu của Hội đồng TĐKT tỉnh theo “Biên bản số 5/BB-HĐTĐKT”: Nguyễn Văn Thử: "
                        + "15/15 phiếu đồng ý, đạt.",
                "Hội đồng TĐKT tỉnh thông qua 1/1 đối tượng (“Biên bản số 5/BB-HĐTĐKT”).",
                "Hệ thống cập nhật «Kết quả xử lý tại cấp tỉnh»: “đang xử lý” → “Chủ tịch UBND tỉnh đã quyết định”.",
                "Kết thúc giai đoạn «Thẩm định và quyết định tại cấp tỉnh»: «Chủ tịch đã quyết định».",
                "Phạm Quốc Phúc (chutich) ban hành Quyết định số 28/QĐ-UBND ngày 04/12/2026 tặng «Chiến sĩ thi đua cấp tỉnh»"
                        + " năm 2025 cho Nguyễn Văn Thử; người ký: Phạm Quốc Phúc, Chủ tịch.",
                "Quy trình «Đề nghị khen thưởng» kết thúc tại «Đã khen thưởng».");
        assertThat(sentences).anySatisfy(s -> assertThat(s).startsWith("Hệ thống áp dụng bảng quyết định «Thành phần hồ sơ"
                        + " đề nghị khen thưởng» tại bước «Xác định thành phần hồ sơ» với Hình thức đề nghị: “Chiến sĩ thi đua"
                        + " cấp tỉnh”").contains("→ 4 quy tắc khớp, kết quả: Thành phần hồ sơ: “Tờ trình và danh sách đề nghị”"))
                .anySatisfy(s -> assertThat(s).startsWith("Hệ thống áp dụng bảng quyết định «Xét điều kiện khen thưởng theo"
                        + " tiêu chuẩn»").contains("Số năm liên tục đạt CSTĐCS: 3").endsWith("→ không quy tắc nào khớp."))
                .anySatisfy(s -> assertThat(s).contains("→ kết quả: Cần Hội đồng TĐKT tỉnh xét: có; Loại biểu quyết:"
                        + " “Chiến sĩ thi đua cấp tỉnh”."))
                // a list of rows: what changed in which row
                .anySatisfy(s -> assertThat(s).startsWith("Hệ thống cập nhật «Kết quả xét của Hội đồng TĐKT»: Nguyễn Văn Thử —")
                        .contains("Số phiếu đồng ý: trống → 15", "Được thông qua: trống → có"));

        // the engine's echoes are technical: a completion's operation, a gateway's start, an unchanged value
        assertThat(technical(events, read, AuditKind.USER_OPERATION, "Complete Task")).isNotEmpty().allMatch(t -> t);
        assertThat(technical(events, read, AuditKind.USER_OPERATION, "Claim Task")).containsOnly(false);
        assertThat(IntStream.range(0, events.size()).filter(i -> events.get(i).kind() == AuditKind.VARIABLE_UPDATED
                && ValueWords.same(events.get(i).details().get("oldValue"), events.get(i).details().get("value")))
                .mapToObj(i -> read.get(i).technical())).isNotEmpty().containsOnly(true);
        assertThat(IntStream.range(0, events.size()).filter(i -> events.get(i).kind() == AuditKind.ACTIVITY_STARTED
                        && "exclusiveGateway".equals(events.get(i).details().get("activityType")))
                .mapToObj(i -> read.get(i).technical())).isNotEmpty().containsOnly(true);
        // the step of a task's rows is its name in the model, not the task's instance name
        assertThat(IntStream.range(0, events.size()).filter(i -> events.get(i).kind() == AuditKind.TASK_COMPLETED)
                .mapToObj(i -> read.get(i).step())).contains("Tiếp nhận hồ sơ đề nghị khen thưởng",
                "Chủ tịch UBND tỉnh quyết định khen thưởng");
    }

    private static List<Boolean> technical(List<ReadableTimeline.Event> events, List<ReadableTimeline.Readable> read,
                                           AuditKind kind, String subject) {
        List<Boolean> flags = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).kind() == kind && subject.equals(events.get(i).subject())) {
                flags.add(read.get(i).technical());
            }
        }
        return flags;
    }

    /**
     * Records sealed since 2026-12 leave out what the record says elsewhere (HistoryEventAuditMapper): the event type,
     * the definition outside the instance's own records, an execution or scope that is the instance itself. The same
     * proposal written that way reads word for word as before.
     */
    @Test
    void aWholeProposalInCompactRecordsReadsAsInFullRecords() throws IOException {
        List<ReadableTimeline.Event> full = wholeProposal();
        List<ReadableTimeline.Event> compact = full.stream().map(e -> {
            Map<String, Object> d = new LinkedHashMap<>(e.details());
            if (!"update-detail".equals(d.get("eventType"))) {
                d.remove("eventType");
            }
            if (!e.kind().name().startsWith("PROCESS_")) {
                d.remove("processDefinitionKey");
                d.remove("processDefinitionVersion");
            }
            if (e.processInstanceId() != null && e.processInstanceId().equals(d.get("executionId"))) {
                d.remove("executionId");
            }
            if (e.processInstanceId() != null && e.processInstanceId().equals(d.get("scopeActivityInstanceId"))) {
                d.remove("scopeActivityInstanceId");
            }
            return new ReadableTimeline.Event(e.seq(), e.occurredAt(), e.kind(), e.actor(), e.subject(),
                    e.processInstanceId(), d);
        }).toList();
        long smaller = full.stream().filter(e -> e.details().containsKey("processDefinitionKey")).count()
                - compact.stream().filter(e -> e.details().containsKey("processDefinitionKey")).count();
        assertThat(smaller).as("records that no longer name their definition").isGreaterThan(100);

        assertThat(timeline.read(compact)).isEqualTo(timeline.read(full));
    }

    @Test
    void timesAreDayMonthYearHourMinuteInTheProvince() {
        assertThat(timeline.time(Instant.parse("2026-12-31T10:00:00Z"))).isEqualTo("31/12/2026 17:00");
        assertThat(timeline.time(Instant.parse("2026-12-31T17:30:00Z"))).isEqualTo("01/01/2027 00:30");
    }

    // ---- each kind of record

    private static ReadableTimeline.Event ev(AuditKind kind, String actor, String subject, Object... keyValues) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("processDefinitionKey", "commendation-proposal");
        d.put("processDefinitionVersion", 1);
        for (int i = 0; i < keyValues.length; i += 2) {
            d.put((String) keyValues[i], keyValues[i + 1]);
        }
        return new ReadableTimeline.Event(1, Instant.parse("2026-11-30T02:15:00Z"), kind, actor, subject, PI, d);
    }

    private List<ReadableTimeline.Readable> read(ReadableTimeline.Event... events) {
        return timeline.read(List.of(events));
    }

    private String sentence(ReadableTimeline.Event... events) {
        List<ReadableTimeline.Readable> r = read(events);
        return r.get(r.size() - 1).sentence();
    }

    private static ReadableTimeline.Event intakeTask() {
        return ev(AuditKind.TASK_CREATED, "tiepnhan", "Tiếp nhận hồ sơ đề nghị khen thưởng", "taskId", "t1",
                "taskDefinitionKey", "Task_Intake", "priority", 50, "dueDate", "2026-12-31T10:00:00Z");
    }

    @Test
    void processStartEndAndStateChanges() {
        assertThat(sentence(ev(AuditKind.PROCESS_ENDED, "admin", "Đề nghị khen thưởng (phiên bản 1)", "state",
                "EXTERNALLY_TERMINATED", "deleteReason", "Đơn vị rút hồ sơ"))).isEqualTo(
                "Quản trị hệ thống (admin) hủy quy trình «Đề nghị khen thưởng»; lý do: “Đơn vị rút hồ sơ”.");
        List<ReadableTimeline.Readable> r = read(
                ev(AuditKind.PROCESS_UPDATED, "canbo.stp", "x", "state", "ACTIVE"),
                ev(AuditKind.PROCESS_UPDATED, null, "x", "state", "SUSPENDED"));
        assertThat(r.get(0).technical()).isTrue();
        assertThat(r.get(1).sentence()).isEqualTo("Quy trình «Đề nghị khen thưởng» chuyển sang trạng thái tạm dừng.");
        // the engine's own reasons in Vietnamese
        assertThat(sentence(ev(AuditKind.PROCESS_ENDED, null, "x", "state", "INTERNALLY_TERMINATED", "deleteReason",
                "deleted deployment"))).isEqualTo("Quy trình «Đề nghị khen thưởng» dừng; lý do: gói mô hình quy trình đã bị gỡ"
                + " khỏi hệ thống.");
        // a suspension nobody asked for in this instance (a whole definition suspended) is shown
        assertThat(r.get(1).technical()).isFalse();
    }

    @Test
    void activitiesByTheirKindAndName() {
        assertThat(sentence(ev(AuditKind.ACTIVITY_STARTED, "canbo.stp", "Kiểm tra và ghi nhận đề nghị", "activityId",
                "Task_PrepareProposal", "activityType", "serviceTask")))
                .isEqualTo("Hệ thống thực hiện bước «Kiểm tra và ghi nhận đề nghị».");
        ReadableTimeline.Readable boundary = read(ev(AuditKind.ACTIVITY_STARTED, null, "Quá hạn xử lý", "activityId",
                "Timer_Overdue", "activityType", "boundaryTimer")).get(0);
        assertThat(boundary.sentence()).startsWith("Xảy ra sự kiện «Quá hạn xử lý» tại bước «");
        assertThat(boundary.technical()).isFalse();
        assertThat(sentence(ev(AuditKind.ACTIVITY_STARTED, null, "Hết thời gian công khai", "activityId",
                "Timer_ConsultationWindow", "activityType", "intermediateTimer")))
                .isEqualTo("Hồ sơ chờ sự kiện «Hết thời gian công khai».");
        ReadableTimeline.Readable canceled = read(ev(AuditKind.ACTIVITY_ENDED, null, "Thẩm định hồ sơ đề nghị khen thưởng",
                "activityId", "Task_Appraise", "activityType", "userTask", "canceled", true)).get(0);
        assertThat(canceled.sentence()).isEqualTo("Bước «Thẩm định hồ sơ đề nghị khen thưởng» bị hủy do quy trình chuyển hướng.");
        // an element the model does not name is described, never shown by its id
        ReadableTimeline.Readable unnamed = read(ev(AuditKind.ACTIVITY_ENDED, "x", "Gateway_ToAppraisal", "activityId",
                "Gateway_ToAppraisal", "activityType", "exclusiveGateway")).get(0);
        assertThat(unnamed.sentence()).isEqualTo("Hệ thống nối các nhánh của quy trình.");
        assertThat(unnamed.technical()).isTrue();
    }

    @Test
    void aGatewayNamesTheBranchTakenByTheNextActivity() {
        List<ReadableTimeline.Readable> r = read(
                ev(AuditKind.ACTIVITY_ENDED, "tiepnhan", "Hồ sơ đầy đủ?", "activityId", "Gateway_Intake",
                        "activityType", "exclusiveGateway"),
                ev(AuditKind.ACTIVITY_STARTED, "tiepnhan", "Trả lại đơn vị bổ sung hồ sơ", "activityId",
                        "Task_ReturnByIntake", "activityType", "serviceTask"));
        assertThat(r.get(0).sentence()).startsWith("Hệ thống rẽ nhánh tại «Hồ sơ đầy đủ?»: “")
                .endsWith(", sang «Trả lại đơn vị bổ sung hồ sơ».");
        assertThat(r.get(0).technical()).isFalse();
    }

    @Test
    void tasksCreatedUpdatedCompletedAndCancelled() {
        List<ReadableTimeline.Readable> r = read(
                ev(AuditKind.IDENTITY_LINK_ADDED, "thutruong.stp", "nhóm sa-receiver (candidate)", "taskId", "t1",
                        "type", "candidate", "groupId", "sa-receiver"),
                intakeTask(),
                ev(AuditKind.TASK_UPDATED, "admin", "Tiếp nhận: Nguyễn Văn Thử", "taskId", "t1", "taskDefinitionKey",
                        "Task_Intake", "priority", 70, "dueDate", "2027-01-07T10:00:00Z"),
                ev(AuditKind.TASK_COMPLETED, "tiepnhan", "Tiếp nhận: Nguyễn Văn Thử", "taskId", "t1",
                        "taskDefinitionKey", "Task_Intake", "assignee", "thamdinh"),
                ev(AuditKind.TASK_DELETED, null, "Tiếp nhận: Nguyễn Văn Thử", "taskId", "t1", "taskDefinitionKey",
                        "Task_Intake", "deleteReason", "deleted"));
        assertThat(r.get(0).technical()).isTrue();
        assertThat(r.get(1).sentence()).isEqualTo("Hệ thống giao nhiệm vụ «Tiếp nhận hồ sơ đề nghị khen thưởng» cho nhóm"
                + " «Bộ phận tiếp nhận hồ sơ (Sở Nội vụ)»; hạn xử lý 31/12/2026 17:00.");
        assertThat(r.get(2).sentence()).isEqualTo("Hệ thống cập nhật nhiệm vụ «Tiếp nhận hồ sơ đề nghị khen thưởng»:"
                + " hạn xử lý 31/12/2026 17:00 → 07/01/2027 17:00; mức ưu tiên 50 → 70.");
        assertThat(r.get(2).technical()).isFalse();
        assertThat(r.get(3).sentence()).isEqualTo("Dương Hồng Hạnh (tiepnhan) hoàn thành nhiệm vụ «Tiếp nhận hồ sơ đề nghị"
                + " khen thưởng» (người được giao: Dương Ngọc Nam (thamdinh)).");
        assertThat(r.get(4).sentence()).isEqualTo("Nhiệm vụ «Tiếp nhận hồ sơ đề nghị khen thưởng» bị hủy do quy trình"
                + " chuyển sang hướng khác.");
    }

    @Test
    void identityLinksOutsideAnOperationAreShownAndEchoesOfOneAreNot() {
        List<ReadableTimeline.Readable> r = read(intakeTask(),
                ev(AuditKind.IDENTITY_LINK_ADDED, "admin", "nhóm sa-specialist (candidate)", "taskId", "t1", "type",
                        "candidate", "groupId", "sa-specialist"),
                ev(AuditKind.IDENTITY_LINK_REMOVED, null, "người dùng tiepnhan (assignee)", "taskId", "t1", "type",
                        "assignee", "userId", "tiepnhan"),
                ev(AuditKind.IDENTITY_LINK_ADDED, "phothutruong.stp", "người dùng phothutruong.stp (assignee)", "taskId",
                        "t1", "type", "assignee", "userId", "phothutruong.stp"),
                ev(AuditKind.USER_OPERATION, "phothutruong.stp", "Claim Task", "operationType", "Claim", "entityType",
                        "Task", "property", "assignee", "newValue", "phothutruong.stp", "taskId", "t1"));
        assertThat(r.get(1).sentence()).isEqualTo("Quản trị hệ thống (admin) thêm nhóm «Chuyên viên thẩm định (Sở Nội vụ)»"
                + " vào những người xử lý nhiệm vụ «Tiếp nhận hồ sơ đề nghị khen thưởng».");
        assertThat(r.get(1).technical()).isFalse();
        assertThat(r.get(2).sentence()).isEqualTo("Hệ thống thôi giao nhiệm vụ «Tiếp nhận hồ sơ đề nghị khen thưởng» cho"
                + " Dương Hồng Hạnh (tiepnhan).");
        assertThat(r.get(3).sentence()).isEqualTo("Trần Thị Mai (phothutruong.stp) nhận nhiệm vụ «Tiếp nhận hồ sơ đề nghị"
                + " khen thưởng».");
        assertThat(r.get(3).technical()).isTrue();
        assertThat(r.get(4).sentence()).isEqualTo("Trần Thị Mai (phothutruong.stp) nhận việc «Tiếp nhận hồ sơ đề nghị khen"
                + " thưởng».");
    }

    @Test
    void userOperationsInVietnamese() {
        ReadableTimeline.Event task = intakeTask();
        assertThat(sentence(task, ev(AuditKind.USER_OPERATION, "tiepnhan", "Claim Task", "operationType", "Claim",
                "entityType", "Task", "property", "assignee", "taskId", "t1")))
                .isEqualTo("Dương Hồng Hạnh (tiepnhan) trả việc «Tiếp nhận hồ sơ đề nghị khen thưởng» về nhóm xử lý.");
        assertThat(sentence(task, ev(AuditKind.USER_OPERATION, "admin", "Assign Task", "operationType", "Assign",
                "entityType", "Task", "property", "assignee", "orgValue", "tiepnhan", "newValue", "thamdinh", "taskId", "t1")))
                .isEqualTo("Quản trị hệ thống (admin) chuyển việc «Tiếp nhận hồ sơ đề nghị khen thưởng» từ Dương Hồng Hạnh"
                        + " (tiepnhan) sang Dương Ngọc Nam (thamdinh).");
        assertThat(sentence(task, ev(AuditKind.USER_OPERATION, "tiepnhan", "Delegate Task", "operationType", "Delegate",
                "entityType", "Task", "property", "delegation", "newValue", "thamdinh", "taskId", "t1")))
                .isEqualTo("Dương Hồng Hạnh (tiepnhan) ủy thác việc «Tiếp nhận hồ sơ đề nghị khen thưởng» cho Dương Ngọc"
                        + " Nam (thamdinh).");
        assertThat(sentence(task, ev(AuditKind.USER_OPERATION, "admin", "Update Task", "operationType", "Update",
                "entityType", "Task", "property", "dueDate", "orgValue", "1798711200000", "newValue", "1799316000000",
                "taskId", "t1"))).isEqualTo("Quản trị hệ thống (admin) đổi hạn xử lý việc «Tiếp nhận hồ sơ đề nghị khen"
                + " thưởng»: 31/12/2026 17:00 → 07/01/2027 17:00.");
        ReadableTimeline.Readable complete = read(task, ev(AuditKind.USER_OPERATION, "tiepnhan", "Complete Task",
                "operationType", "Complete", "entityType", "Task", "property", "delete", "orgValue", "false", "newValue",
                "true", "taskId", "t1")).get(1);
        assertThat(complete.sentence()).isEqualTo("Dương Hồng Hạnh (tiepnhan) hoàn thành việc «Tiếp nhận hồ sơ đề nghị khen"
                + " thưởng».");
        assertThat(complete.technical()).isTrue();
        assertThat(sentence(ev(AuditKind.USER_OPERATION, "admin", "Delete ProcessInstance", "operationType", "Delete",
                "entityType", "ProcessInstance", "annotation", "Đơn vị rút hồ sơ")))
                .isEqualTo("Quản trị hệ thống (admin) hủy quy trình đang chạy của hồ sơ; ghi chú: “Đơn vị rút hồ sơ”.");
        assertThat(sentence(ev(AuditKind.USER_OPERATION, "admin", "Migrate ProcessInstance", "operationType", "Migrate",
                "entityType", "ProcessInstance")))
                .isEqualTo("Quản trị hệ thống (admin) chuyển hồ sơ sang phiên bản quy trình mới.");
        assertThat(sentence(ev(AuditKind.USER_OPERATION, "admin", "SetJobRetries Job", "operationType", "SetJobRetries",
                "entityType", "Job"))).isEqualTo("Quản trị hệ thống (admin) cho chạy lại tác vụ nền bị lỗi.");
        assertThat(sentence(ev(AuditKind.USER_OPERATION, "admin", "Frobnicate Thing", "operationType", "Frobnicate",
                "entityType", "Thing"))).isEqualTo("Quản trị hệ thống (admin) thực hiện một thao tác quản trị trên hồ sơ"
                + " (chi tiết trong bản ghi gốc).");
        // the same operation's further entries (one per property) add nothing
        List<ReadableTimeline.Readable> twice = read(
                ev(AuditKind.USER_OPERATION, "admin", "x", "operationType", "Delete", "entityType", "ProcessInstance",
                        "operationId", "op-1", "property", "cascade"),
                ev(AuditKind.USER_OPERATION, "admin", "x", "operationType", "Delete", "entityType", "ProcessInstance",
                        "operationId", "op-1", "property", "skipCustomListeners"));
        assertThat(twice.get(0).technical()).isFalse();
        assertThat(twice.get(1).technical()).isTrue();
    }

    @Test
    void variablesWithTheirFormLabelsAndValuesAsText() {
        // a person's input: the variables right before their completion of the task
        List<ReadableTimeline.Readable> r = read(intakeTask(),
                ev(AuditKind.VARIABLE_CREATED, "tiepnhan", "intakeDecision", "type", "string", "value", "RETURN"),
                ev(AuditKind.VARIABLE_CREATED, "tiepnhan", "intakeComment", "type", "string", "value",
                        "Thiếu bản sao quyết định công nhận sáng kiến.\nĐề nghị bổ sung."),
                ev(AuditKind.USER_OPERATION, "tiepnhan", "Complete Task", "operationType", "Complete", "entityType",
                        "Task", "taskId", "t1"),
                ev(AuditKind.VARIABLE_UPDATED, "tiepnhan", "roundNumber", "type", "integer", "oldValue", "1", "value", "2"),
                ev(AuditKind.VARIABLE_DELETED, "tiepnhan", "reminderDate", "type", "date", "oldValue",
                        "2026-12-29T10:00:00Z"));
        assertThat(r.get(1).sentence()).isEqualTo("Dương Hồng Hạnh (tiepnhan) nhập «Kết quả kiểm tra hồ sơ»: “Trả lại đơn vị"
                + " bổ sung, hoàn chỉnh”.");
        assertThat(r.get(2).sentence()).isEqualTo("Dương Hồng Hạnh (tiepnhan) nhập «Nội dung cần bổ sung / ghi chú»: “Thiếu"
                + " bản sao quyết định công nhận sáng kiến. / Đề nghị bổ sung.”.");
        // the engine's work after it
        assertThat(r.get(4).sentence()).isEqualTo("Hệ thống cập nhật «Lần nộp»: 1 → 2.");
        assertThat(r.get(4).actorName()).isEqualTo("Hệ thống");
        assertThat(r.get(5).sentence()).isEqualTo("Hệ thống xóa «Ngày nhắc việc trước hạn» (giá trị cuối: 29/12/2026 17:00).");
        assertThat(r.get(5).technical()).isTrue();

        assertThat(sentence(ev(AuditKind.VARIABLE_CREATED, null, "needsConcurrence", "type", "boolean", "value", "false")))
                .isEqualTo("Hệ thống ghi «Có lấy ý kiến hiệp y»: không.");
        assertThat(sentence(ev(AuditKind.VARIABLE_CREATED, null, "meetingDate", "type", "string", "value", "2026-12-12")))
                .isEqualTo("Hệ thống ghi «Ngày họp»: 12/12/2026.");
        assertThat(sentence(ev(AuditKind.VARIABLE_CREATED, null, "scoreItems", "type", "json", "value",
                "[{\"code\":\"A1\",\"score\":8.5},{\"code\":\"A2\",\"score\":9},{\"code\":\"A3\",\"score\":10}]")))
                .matches("Hệ thống ghi «[^»]+»: 3 dòng\\.");
        // a list whose rows changed: row by row, with the fields' labels and the options' labels
        assertThat(sentence(ev(AuditKind.VARIABLE_UPDATED, "thamdinh", "appraisal", "type", "json",
                "oldValue", "[{\"nomineeCode\":\"N1\",\"nomineeName\":\"Trần Văn An\",\"conclusion\":\"DAT\"},"
                        + "{\"nomineeCode\":\"N2\",\"nomineeName\":\"Lê Thị Bình\",\"conclusion\":\"DAT\"}]",
                "value", "[{\"nomineeCode\":\"N1\",\"nomineeName\":\"Trần Văn An\",\"conclusion\":\"KHONG_DAT\","
                        + "\"justification\":\"Chưa đủ 3 năm liên tục đạt CSTĐCS.\"},"
                        + "{\"nomineeCode\":\"N2\",\"nomineeName\":\"Lê Thị Bình\",\"conclusion\":\"DAT\"}]")))
                .isEqualTo("Hệ thống cập nhật «Kết luận cho từng đối tượng»: Trần Văn An — Kết luận của chuyên viên:"
                        + " “Đủ điều kiện” → “Không đủ điều kiện”.");
        // the counters of a step done in parallel turns are the engine's
        ReadableTimeline.Readable counter = read(ev(AuditKind.VARIABLE_UPDATED, null, "nrOfCompletedInstances", "type",
                "integer", "oldValue", "0", "value", "1")).get(0);
        assertThat(counter.sentence()).isEqualTo("Hệ thống cập nhật «Số lượt đã xong»: 0 → 1.");
        assertThat(counter.technical()).isTrue();
        // a variable no form or word list names: said plainly, never by a made-up label
        assertThat(sentence(ev(AuditKind.VARIABLE_CREATED, null, "someNewFlag", "type", "boolean", "value", "true")))
                .isEqualTo("Hệ thống ghi dữ liệu nội bộ “someNewFlag”: có.");
    }

    @Test
    void decisionTablesWithTheirLabelledInputsAndOutputs() {
        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("key", "needs-council");
        decision.put("name", "Có cần Hội đồng TĐKT tỉnh xét không");
        decision.put("decisionDefinitionId", "needs-council:1:abc");
        decision.put("inputs", Map.of("Hình thức đề nghị", "BK_TINH"));
        decision.put("matchedRules", List.of(Map.of("ruleId", "Rule_4", "ruleOrder", 1, "needsCouncil", false)));
        assertThat(sentence(ev(AuditKind.DECISION_EVALUATED, "lanhdao.snv", "x", "decision", decision, "activityId",
                "Task_NeedsCouncil"))).isEqualTo("Hệ thống áp dụng bảng quyết định «Có cần Hội đồng TĐKT tỉnh xét không»"
                + " tại bước «Xác định có cần Hội đồng xét» với Hình thức đề nghị: “Bằng khen của Chủ tịch UBND tỉnh”"
                + " → kết quả: Cần Hội đồng TĐKT tỉnh xét: không.");
    }

    @Test
    void aDisqualifyingRuleIsReadByItsReasonNotItsCode() {
        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("name", "Xét điều kiện khen thưởng theo tiêu chuẩn");
        decision.put("decisionDefinitionId", "award-eligibility:1:abc");
        decision.put("inputs", Map.of("Sáng kiến năm xét", false));
        decision.put("matchedRules", List.of(Map.of("ruleId", "Rule_11", "ruleOrder", 1, "reasonCode", "CSTDT_PHAM_VI",
                "reason", "Chưa có sáng kiến, đề tài có phạm vi ảnh hưởng cấp tỉnh")));
        assertThat(sentence(ev(AuditKind.DECISION_EVALUATED, null, "x", "decision", decision)))
                .isEqualTo("Hệ thống áp dụng bảng quyết định «Xét điều kiện khen thưởng theo tiêu chuẩn» với Sáng kiến năm"
                        + " xét: không → kết quả: Lý do không đạt: “Chưa có sáng kiến, đề tài có phạm vi ảnh hưởng cấp tỉnh”.");
    }

    @Test
    void incidentsAndJobs() {
        assertThat(sentence(ev(AuditKind.INCIDENT, null, "failedJob tại Task_SendReminder", "incidentType", "failedJob",
                "activityId", "Task_SendReminder", "change", "create", "message", "Không gửi được thư nhắc việc")))
                .isEqualTo("Phát sinh sự cố (tác vụ nền bị lỗi) tại bước «Nhắc việc sắp đến hạn»; thông báo lỗi: “Không gửi"
                        + " được thư nhắc việc”.");
        assertThat(sentence(ev(AuditKind.INCIDENT, "admin", "x", "incidentType", "failedJob", "activityId",
                "Task_SendReminder", "change", "resolve")))
                .isEqualTo("Sự cố (tác vụ nền bị lỗi) tại bước «Nhắc việc sắp đến hạn» đã được xử lý.");
        ReadableTimeline.Readable timer = read(ev(AuditKind.TIMER_OR_JOB, null, "x", "activityId", "Timer_Overdue",
                "outcome", "successful", "dueDate", "2027-01-04T10:00:00Z")).get(0);
        assertThat(timer.sentence()).isEqualTo("Hệ thống chạy hẹn giờ tại «Quá hạn xử lý» (đến hạn 04/01/2027 17:00).");
        assertThat(timer.technical()).isTrue();
        assertThat(sentence(ev(AuditKind.TIMER_OR_JOB, null, "x", "activityId", "Task_SendReminder", "outcome", "failed")))
                .isEqualTo("Tác vụ nền tại «Nhắc việc sắp đến hạn» bị lỗi.");
    }

    @Test
    void theApplicationsOwnRecords() {
        assertThat(sentence(ev(AuditKind.DOCUMENT_UPLOADED, "canbo.stp", "bao-cao.pdf", "documentType", "BCTT",
                "fileName", "bao-cao.pdf", "sizeBytes", 26112, "sha256", "a512d299da99508165531a16295b0ea62bd9fe87",
                "round", 2, "replacedEarlier", 1)))
                .isEqualTo("Lâm Tấn Hiếu (canbo.stp) tải lên tài liệu «Báo cáo thành tích»: tệp “bao-cao.pdf” (25,5 KB,"
                        + " SHA-256 a512d299da99508165531a16295b0ea62bd9fe87), lần nộp 2, thay bản đã nộp trước.");
        assertThat(sentence(ev(AuditKind.DOCUMENT_DELETED, "canbo.stp", "anh-nham.png", "documentType", "BCTT",
                "fileName", "anh-nham.png", "sha256", "a512d299da99508165531a16295b0ea62bd9fe87")))
                .isEqualTo("Lâm Tấn Hiếu (canbo.stp) xóa tài liệu «Báo cáo thành tích»: tệp “anh-nham.png”"
                        + " (SHA-256 a512d299da99508165531a16295b0ea62bd9fe87).");
        assertThat(sentence(ev(AuditKind.STAGE_OUTCOME, "thutruong.stp", "Task_HeadSign: RETURN", "stage", "Task_HeadSign",
                "outcome", "RETURN", "note", "Bổ sung báo cáo thành tích", "round", 2)))
                .isEqualTo("Võ Ngọc Hương (thutruong.stp) kết luận tại bước «Thủ trưởng ký tờ trình đề nghị khen thưởng»:"
                        + " “Trả lại cán bộ TĐKT hoàn thiện”; ghi chú: “Bổ sung báo cáo thành tích” (lần nộp 2).");
        ReadableTimeline.Readable done = read(ev(AuditKind.STAGE_OUTCOME, "canbo.stp", "Task_CompleteDossier: DONE",
                "stage", "Task_CompleteDossier", "outcome", "DONE", "round", 1)).get(0);
        assertThat(done.technical()).isTrue();
        assertThat(sentence(ev(AuditKind.COUNCIL_RESULT, null, "Biên bản số 3", "minutesRef", "Biên bản số 3/BB-HĐTĐKT",
                "totals", List.of(Map.of("nominee", "Trần Văn An", "yesVotes", 9, "totalMembers", 15, "passed", true),
                        Map.of("nominee", "Lê Thị Bình", "yesVotes", 6, "totalMembers", 15, "passed", false)))))
                .isEqualTo("Hệ thống ghi kết quả bỏ phiếu của Hội đồng TĐKT tỉnh theo “Biên bản số 3/BB-HĐTĐKT”: Trần Văn"
                        + " An: 9/15 phiếu đồng ý, đạt; Lê Thị Bình: 6/15 phiếu đồng ý, không đạt.");
        // what the rules said: the day judged by and, per nominee, the result with the unconfirmed rules that only warned
        assertThat(sentence(ev(AuditKind.ELIGIBILITY_ASSESSED, null, "Xét tiêu chuẩn", "judgedOn", "2025-12-31",
                "nominees", List.of(Map.of("nominee", "Trần Văn An", "eligible", true, "result",
                        "Đủ điều kiện theo các tiêu chuẩn đã xác nhận. Lưu ý – quy định chưa được xác nhận: dưới 10 tháng.")))))
                .isEqualTo("Hệ thống xét tiêu chuẩn theo quy định có hiệu lực ngày 31/12/2025: Trần Văn An: “Đủ điều kiện"
                        + " theo các tiêu chuẩn đã xác nhận. Lưu ý – quy định chưa được xác nhận: dưới 10 tháng.”.");
        assertThat(sentence(ev(AuditKind.SUBSTITUTE_NAMED, "thutruong.stp", "x", "userId", "thutruong.stp",
                "substituteId", "phothutruong.stp", "fromDate", "2026-12-01", "toDate", "2026-12-05", "reason", "Đi công tác")))
                .isEqualTo("Võ Ngọc Hương (thutruong.stp) ghi nhận Võ Ngọc Hương (thutruong.stp) vắng mặt từ 01/12/2026 đến"
                        + " 05/12/2026, Trần Thị Mai (phothutruong.stp) xử lý thay; lý do: “Đi công tác”.");
        assertThat(sentence(ev(AuditKind.SUBSTITUTION_CANCELLED, "admin", "x", "substitutionId", 7, "userId",
                "thutruong.stp", "substituteId", "phothutruong.stp")))
                .isEqualTo("Quản trị hệ thống (admin) hủy ủy quyền số 7: Trần Thị Mai (phothutruong.stp) không còn xử lý"
                        + " thay Võ Ngọc Hương (thutruong.stp).");
        assertThat(sentence(ev(AuditKind.TASK_REROUTED_TO_SUBSTITUTE, null, "Thủ trưởng ký: Nguyễn Văn Thử",
                "taskDefinitionKey", "Task_HeadSign", "absentUserId", "thutruong.stp", "substituteId", "phothutruong.stp",
                "via", "unit-head.stp", "substitutionId", 7)))
                .isEqualTo("Hệ thống chuyển nhiệm vụ «Thủ trưởng ký tờ trình đề nghị khen thưởng» cho Trần Thị Mai"
                        + " (phothutruong.stp) xử lý thay Võ Ngọc Hương (thutruong.stp) đang vắng mặt (thay thành viên nhóm"
                        + " «Thủ trưởng cơ quan, đơn vị – Sở Tư pháp», theo ủy quyền số 7).");
        assertThat(sentence(ev(AuditKind.COMMENT, "canbo.stp", "Ý kiến", "message", "Đã bổ sung."))).isEqualTo(
                "Lâm Tấn Hiếu (canbo.stp) ghi ý kiến: “Đã bổ sung.”.");
    }

    @Test
    void aStaleClaimReleasedReadsWhoHeldItSinceWhenAndForHowLong() {
        String byAdmin = sentence(ev(AuditKind.STALE_CLAIM_RELEASED, "admin", "Thẩm định hồ sơ", "taskName",
                "Thẩm định hồ sơ", "assignee", "canbo.stp", "untouchedSince", "2026-11-30T02:15:00Z", "maxAge", "PT2H30M"));
        assertThat(byAdmin).startsWith("Quản trị hệ thống (admin) trả lại nhóm xử lý nhiệm vụ «Thẩm định hồ sơ» mà"
                + " Lâm Tấn Hiếu (canbo.stp) đã nhận nhưng không xử lý từ ").endsWith(" (quá 2 giờ 30 phút).");
        assertThat(ReadableChecks.offences(byAdmin)).isEmpty();
        assertThat(sentence(ev(AuditKind.STALE_CLAIM_RELEASED, null, "Thẩm định hồ sơ", "taskName", "Thẩm định hồ sơ",
                "maxAge", "P10D"))).isEqualTo("Hệ thống trả lại nhóm xử lý nhiệm vụ «Thẩm định hồ sơ» (quá 10 ngày).");
    }

    @Test
    void everyKindOfRecordGetsASentenceEvenWithoutDetails() {
        Set<AuditKind> kinds = EnumSet.allOf(AuditKind.class);
        List<String> unclean = new ArrayList<>();
        for (AuditKind kind : kinds) {
            String subject = kind.name().startsWith("VARIABLE") ? "achievementSummary" : "Tên";
            ReadableTimeline.Readable r = read(new ReadableTimeline.Event(1, Instant.parse("2026-11-30T02:15:00Z"), kind,
                    "canbo.stp", subject, PI, new LinkedHashMap<>(Map.of("processDefinitionKey", "commendation-proposal"))))
                    .get(0);
            assertThat(r.sentence()).as(kind.name()).isNotBlank().endsWith(".");
            if (!ReadableChecks.offences(r.sentence()).isEmpty()) {
                unclean.add(kind + ": " + r.sentence() + " " + ReadableChecks.offences(r.sentence()));
            }
        }
        assertThat(unclean).isEmpty();
    }

    @Test
    void anUnknownUserIsNamedByTheLoginAndTheEngineAsHeThong() {
        ReadableTimeline.Readable unknown = read(ev(AuditKind.COMMENT, "nguoila", "Ý kiến", "message", "x")).get(0);
        assertThat(unknown.actorName()).isEqualTo("tài khoản nguoila");
        assertThat(unknown.sentence()).isEqualTo("Tài khoản nguoila ghi ý kiến: “x”.");
        assertThat(read(ev(AuditKind.COMMENT, null, "Ý kiến", "message", "x")).get(0).actorName()).isEqualTo("Hệ thống");
    }
}
