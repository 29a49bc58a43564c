package vn.tdkt.statistics;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.identity.CurrentUser;
import vn.tdkt.identity.Role;
import vn.tdkt.refusal.Refusal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * The statistics report for the standing agency (its specialists and head) and the auditors (read only): the form's
 * tables of a year computed from the registry, the reports of the process with their frozen figures, as JSON, .xlsx
 * and PDF, and the awards counted in any cell as CSV or .xlsx. Everyone else is refused.
 */
@RestController
@RequestMapping("/api/statistics")
public class StatisticsController {

    /** The roles that read the statistics. */
    static final Set<String> READERS = Set.of(Role.SPECIALIST.groupId(), Role.AGENCY_HEAD.groupId(),
            Role.AUDITOR.groupId());

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** A table as the page shows it (the awards behind the cells are fetched cell by cell). */
    public record TableView(String formCode, String formNumber, String title, String legalBasis, String awardLevel,
                            String levelLabel, int year, LocalDate periodFrom, LocalDate periodTo,
                            String reportingUnit, String receivingUnit, List<String> columnHeadings,
                            List<String> columnNumbers, List<StatisticsTable.RowFigures> rows, ReportView report) { }

    /** A report of the process. */
    public record ReportView(long id, String businessKey, int year, String awardLevel, String status,
                             String statusText, String notes, String returnReason, String preparedBy,
                             String approvedBy, Instant approvedAt) { }

    private final StatisticsService service;
    private final StatisticsRepository repository;
    private final StatisticsPdf pdf;
    private final StatisticsProperties properties;
    private final IdentityService identity;

    public StatisticsController(StatisticsService service, StatisticsRepository repository, StatisticsPdf pdf,
                                StatisticsProperties properties, IdentityService identity) {
        this.service = service;
        this.repository = repository;
        this.pdf = pdf;
        this.properties = properties;
        this.identity = identity;
    }

    @GetMapping("/table")
    public TableView table(@RequestParam int year, @RequestParam String level, Authentication caller) {
        reader(caller);
        return view(service.compute(year, level), null);
    }

    @GetMapping("/table.xlsx")
    public ResponseEntity<byte[]> tableXlsx(@RequestParam int year, @RequestParam String level,
                                            Authentication caller) {
        reader(caller);
        StatisticsTable t = service.compute(year, level);
        return file(StatisticsXlsx.report(live(t)), XLSX, fileName(t, "xlsx"));
    }

    @GetMapping("/table.pdf")
    public ResponseEntity<byte[]> tablePdf(@RequestParam int year, @RequestParam String level, Authentication caller) {
        reader(caller);
        StatisticsTable t = service.compute(year, level);
        return file(pdf.render(live(t)), MediaType.APPLICATION_PDF, fileName(t, "pdf"));
    }

    @GetMapping("/cell")
    public ResponseEntity<byte[]> cell(@RequestParam int year, @RequestParam String level, @RequestParam String row,
                                       @RequestParam(defaultValue = "0") int column,
                                       @RequestParam(defaultValue = "csv") String format, Authentication caller) {
        reader(caller);
        return cellFile(service.compute(year, level), row, column, format);
    }

    @GetMapping("/reports")
    public List<ReportView> reports(@RequestParam(required = false) Integer year, Authentication caller) {
        reader(caller);
        return repository.list(year).stream().map(StatisticsController::report).toList();
    }

    @GetMapping("/reports/{id}")
    public TableView report(@PathVariable long id, Authentication caller) {
        reader(caller);
        StatisticsRepository.Report r = repository.get(id);
        return view(service.table(r), report(r));
    }

    @GetMapping("/reports/{id}/report.xlsx")
    public ResponseEntity<byte[]> reportXlsx(@PathVariable long id, Authentication caller) {
        reader(caller);
        StatisticsRepository.Report r = repository.get(id);
        StatisticsTable t = service.table(r);
        return file(StatisticsXlsx.report(document(r, t)), XLSX, fileName(t, "xlsx"));
    }

    @GetMapping("/reports/{id}/report.pdf")
    public ResponseEntity<byte[]> reportPdf(@PathVariable long id, Authentication caller) {
        reader(caller);
        StatisticsRepository.Report r = repository.get(id);
        StatisticsTable t = service.table(r);
        return file(pdf.render(document(r, t)), MediaType.APPLICATION_PDF, fileName(t, "pdf"));
    }

    @GetMapping("/reports/{id}/cell")
    public ResponseEntity<byte[]> reportCell(@PathVariable long id, @RequestParam String row,
                                             @RequestParam(defaultValue = "0") int column,
                                             @RequestParam(defaultValue = "csv") String format,
                                             Authentication caller) {
        reader(caller);
        return cellFile(service.table(repository.get(id)), row, column, format);
    }

    // ----

    private ResponseEntity<byte[]> cellFile(StatisticsTable t, String row, int column, String format) {
        StatisticsTable.RowFigures figures = t.row(row);
        if (figures == null || column < 0 || column > t.columns().size()) {
            throw Refusal.invalid("STATISTICS_NO_CELL", "Biểu " + t.formNumber() + " không có ô mã số " + row
                    + ", cột " + column + ".");
        }
        List<AwardFact> awards = t.cell(row, column);
        String name = "Biểu " + t.formNumber() + " năm " + t.year() + " — "
                + StatisticsDocument.cellName(t, row, column) + ": " + awards.size();
        String base = "danh-sach-" + t.formNumber().substring(0, 4) + "-" + t.year() + "-ma-" + row + "-cot-" + column;
        if ("xlsx".equals(format)) {
            return file(StatisticsXlsx.cellList(name, awards), XLSX, base + ".xlsx");
        }
        if (!"csv".equals(format)) {
            throw Refusal.invalid("STATISTICS_BAD_FORMAT", "Chỉ xuất danh sách dạng csv hoặc xlsx.");
        }
        return file(StatisticsCsv.cellList(awards), MediaType.parseMediaType("text/csv;charset=UTF-8"),
                base + ".csv");
    }

    private StatisticsDocument live(StatisticsTable t) {
        return new StatisticsDocument(t, properties.signerTitle(),
                "Số liệu tính từ sổ khen thưởng, chưa phê duyệt", null, null, null);
    }

    private StatisticsDocument document(StatisticsRepository.Report r, StatisticsTable t) {
        StatisticsStatus status = StatisticsStatus.valueOf(r.status());
        LocalDate signedOn = r.approvedAt() == null ? null : r.approvedAt().atZone(ZONE).toLocalDate();
        String line = status == StatisticsStatus.APPROVED
                ? "Báo cáo " + r.businessKey() + " đã được phê duyệt ngày " + StatisticsDocument.VietnameseDate.dmy(signedOn)
                : "Báo cáo " + r.businessKey() + ": " + status.label().toLowerCase();
        return new StatisticsDocument(t, properties.signerTitle(), line, name(r.preparedBy()),
                status == StatisticsStatus.APPROVED ? name(r.approvedBy()) : null, signedOn);
    }

    private String name(String userId) {
        if (userId == null) {
            return null;
        }
        User u = identity.createUserQuery().userId(userId).singleResult();
        if (u == null) {
            return userId;
        }
        String full = ((u.getLastName() == null ? "" : u.getLastName()) + " "
                + (u.getFirstName() == null ? "" : u.getFirstName())).strip();
        return full.isEmpty() ? userId : full;
    }

    private static TableView view(StatisticsTable t, ReportView report) {
        return new TableView(t.formCode(), t.formNumber(), t.title(), t.legalBasis(), t.awardLevel(),
                StatisticsService.levelLabel(t.awardLevel()), t.year(), t.periodFrom(), t.periodTo(),
                t.reportingUnit(), t.receivingUnit(), t.columns().stream().map(StatisticsForm.Column::heading).toList(),
                t.columns().stream().map(StatisticsForm.Column::groupNumber).toList(), t.rows(), report);
    }

    private static ReportView report(StatisticsRepository.Report r) {
        return new ReportView(r.id(), r.businessKey(), r.year(), r.awardLevel(), r.status(),
                StatisticsStatus.valueOf(r.status()).label(), r.notes(), r.returnReason(), r.preparedBy(),
                r.approvedBy(), r.approvedAt());
    }

    private static String fileName(StatisticsTable t, String ext) {
        return "bieu-" + t.formNumber().substring(0, 4) + "-nam-" + t.year() + "." + ext;
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    private static void reader(Authentication caller) {
        Set<String> groups = CurrentUser.groupsOf(caller);
        if (groups.stream().noneMatch(READERS::contains)) {
            throw Refusal.forbidden("STATISTICS_STANDING_AGENCY_ONLY",
                    "Chỉ cơ quan thường trực (Sở Nội vụ) và thanh tra xem báo cáo thống kê thi đua, khen thưởng.");
        }
    }
}
