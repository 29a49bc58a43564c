package vn.tdkt.registry.importer;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.tdkt.registry.common.CodeLists;
import vn.tdkt.registry.person.OccupationCategory;
import vn.tdkt.registry.unit.UnitType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** /api/import: .xlsx import of units and persons, and the empty templates to fill in. */
@RestController
@RequestMapping("/api/import")
public class ImportController {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ImportService service;

    public ImportController(ImportService service) {
        this.service = service;
    }

    @PostMapping("/units")
    public ImportReport units(@RequestParam("file") MultipartFile file,
                              @RequestParam(defaultValue = "false") boolean importValidRows) {
        return service.importUnits(file, importValidRows);
    }

    @PostMapping("/persons")
    public ImportReport persons(@RequestParam("file") MultipartFile file,
                                @RequestParam(defaultValue = "false") boolean importValidRows) {
        return service.importPersons(file, importValidRows);
    }

    @GetMapping("/units/template")
    public ResponseEntity<byte[]> unitTemplate() {
        return xlsx("mau-nhap-don-vi.xlsx", ImportTemplates.workbook(UnitImportValidator.SHEET, UnitImportValidator.HEADERS, List.of(
                "Điền mỗi đơn vị trên một dòng của trang \"Đơn vị\"; giữ nguyên dòng tiêu đề.",
                "Bắt buộc: Mã đơn vị, Tên đơn vị, Loại đơn vị, Hiệu lực từ.",
                "Loại đơn vị: " + CodeLists.allowed(UnitType.class) + ".",
                "Ngày: ô kiểu ngày hoặc chữ dạng dd/MM/yyyy, ví dụ 01/03/2025.",
                "Không dùng công thức: ô có công thức bị từ chối; hãy dán dạng giá trị.")));
    }

    @GetMapping("/persons/template")
    public ResponseEntity<byte[]> personTemplate() {
        List<String> headers = new ArrayList<>(PersonImportValidator.HEADERS);
        headers.addAll(PersonImportValidator.OPTIONAL_HEADERS);
        return xlsx("mau-nhap-can-bo.xlsx", ImportTemplates.workbook(PersonImportValidator.SHEET, headers, List.of(
                "Điền mỗi cán bộ trên một dòng của trang \"Cán bộ\"; giữ nguyên dòng tiêu đề.",
                "Bắt buộc: Mã cán bộ, Họ và tên, Mã đơn vị (đơn vị đang hoạt động).",
                "Giới tính: Nam hoặc Nữ.",
                "Nhóm đối tượng (dùng cho báo cáo thống kê, có thể để trống): "
                        + CodeLists.allowed(OccupationCategory.class) + ".",
                "Dân tộc thiểu số: Có hoặc Không (để trống là Không).",
                "Ngày sinh: ô kiểu ngày hoặc chữ dạng dd/MM/yyyy, ví dụ 20/11/1985.",
                "Không dùng công thức: ô có công thức bị từ chối; hãy dán dạng giá trị.")));
    }

    private static ResponseEntity<byte[]> xlsx(String fileName, byte[] body) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
