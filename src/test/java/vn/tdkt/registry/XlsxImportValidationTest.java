package vn.tdkt.registry;

import org.junit.jupiter.api.Test;
import vn.tdkt.refusal.Refusal;
import vn.tdkt.registry.importer.ImportError;
import vn.tdkt.registry.importer.PersonImportValidator;
import vn.tdkt.registry.importer.UnitImportValidator;
import vn.tdkt.registry.importer.Validated;
import vn.tdkt.registry.importer.XlsxRow;
import vn.tdkt.registry.importer.XlsxTableReader;
import vn.tdkt.registry.person.Gender;
import vn.tdkt.registry.unit.EndReason;
import vn.tdkt.registry.unit.Unit;
import vn.tdkt.registry.unit.UnitType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading and validating import files built in memory with POI; no Spring, no database. */
class XlsxImportValidationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final Map<String, Unit> UNITS = Map.of(
            "stp", new Unit(1, "stp", "Sở Tư pháp", UnitType.SO_NGANH, null, LocalDate.of(2008, 1, 1), null, null, null),
            "skhdt", new Unit(2, "skhdt", "Sở Kế hoạch và Đầu tư", UnitType.SO_NGANH, null, LocalDate.of(2008, 1, 1),
                    LocalDate.of(2025, 2, 28), EndReason.MERGED, "stc"));

    @Test
    void readsTextAndDateCellsWithExcelRowNumbers() {
        byte[] file = TestWorkbooks.xlsx(UnitImportValidator.SHEET, UnitImportValidator.HEADERS, Arrays.asList(
                Arrays.asList("dv1", "Đơn vị Một", "SO_NGANH", "dv1@tayninh.gov.vn", LocalDate.of(2025, 3, 1), null),
                Arrays.asList(null, null, null, null, null, null),
                Arrays.asList(123, "Đơn vị số", "Khác", null, "  05/03/2024 ", "31/12/2099")));
        List<XlsxRow> rows = read(file, UnitImportValidator.SHEET, UnitImportValidator.HEADERS);
        assertThat(rows).extracting(XlsxRow::rowNumber).containsExactly(2, 4);
        assertThat(rows.get(0).value("Hiệu lực từ")).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(rows.get(1).value("Mã đơn vị")).isEqualTo("123");

        Validated<UnitImportValidator.UnitRow> result = UnitImportValidator.validate(rows, code -> false);
        assertThat(result.errors()).isEmpty();
        assertThat(result.valid()).extracting(UnitImportValidator.UnitRow::type)
                .containsExactly(UnitType.SO_NGANH, UnitType.KHAC);
        assertThat(result.valid().get(1).validFrom()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(result.valid().get(1).validTo()).isEqualTo(LocalDate.of(2099, 12, 31));
    }

    @Test
    void headersMayComeInAnyOrderAndCase() {
        List<String> shuffled = List.of("hiệu lực từ", "MÃ ĐƠN VỊ", "Tên  đơn vị", "Loại đơn vị", "Email", "Hiệu lực đến",
                "Ghi chú");
        byte[] file = TestWorkbooks.xlsx(UnitImportValidator.SHEET, shuffled, List.of(
                List.of("01/01/2020", "dv2", "Đơn vị Hai", "Doanh nghiệp", "a@b.vn", "31/12/2099", "bỏ qua")));
        List<XlsxRow> rows = read(file, UnitImportValidator.SHEET, UnitImportValidator.HEADERS);
        Validated<UnitImportValidator.UnitRow> result = UnitImportValidator.validate(rows, code -> false);
        assertThat(result.errors()).isEmpty();
        assertThat(result.valid().get(0).code()).isEqualTo("dv2");
        assertThat(result.valid().get(0).type()).isEqualTo(UnitType.DOANH_NGHIEP);
    }

    @Test
    void everyBadCellOfAUnitRowIsReported() {
        byte[] file = TestWorkbooks.xlsx(UnitImportValidator.SHEET, UnitImportValidator.HEADERS, List.of(
                List.of("ok", "Đơn vị tốt", "SO_NGANH", "", "01/01/2020"),
                List.of("", "", "BO_NGANH", "khong-email", "31/02/2024"),
                List.of("ok", "Trùng trong tệp", "KHAC", "x@y.vn", "01/01/2020"),
                List.of("stp", "Đã có", "KHAC", "x@y.vn", "01/01/2020", "01/01/2019"),
                List.of("mã có dấu", "Sai mã", "KHAC", "x@y.vn", "2020-01-01")));
        Validated<UnitImportValidator.UnitRow> result = UnitImportValidator.validate(
                read(file, UnitImportValidator.SHEET, UnitImportValidator.HEADERS), Set.of("stp")::contains);

        assertThat(result.valid()).extracting(UnitImportValidator.UnitRow::row).containsExactly(2);
        assertThat(result.rejectedRows()).isEqualTo(4);
        assertThat(messages(result, 3)).containsExactlyInAnyOrder(
                "Mã đơn vị: Ô \"Mã đơn vị\" không được để trống.",
                "Tên đơn vị: Ô \"Tên đơn vị\" không được để trống.",
                "Loại đơn vị: Loại đơn vị 'BO_NGANH' không hợp lệ; giá trị hợp lệ: " + UNIT_TYPES + ".",
                "Email: Địa chỉ email 'khong-email' không hợp lệ.",
                "Hiệu lực từ: Ngày '31/02/2024' không hợp lệ; hãy nhập theo dạng dd/MM/yyyy (ví dụ 01/03/2025)"
                        + " hoặc dùng ô kiểu ngày.");
        assertThat(messages(result, 4)).containsExactly("Mã đơn vị: Mã đơn vị 'ok' trùng với dòng 2 trong tệp.");
        assertThat(messages(result, 5)).containsExactlyInAnyOrder(
                "Mã đơn vị: Mã đơn vị 'stp' đã có trong hệ thống.",
                "Hiệu lực đến: Ngày hiệu lực đến (01/01/2019) không được trước ngày hiệu lực từ (01/01/2020).");
        assertThat(messages(result, 6)).hasSize(1).allMatch(m -> m.startsWith("Mã đơn vị: Mã 'mã có dấu' không hợp lệ"));
    }

    @Test
    void personRowsNeedAKnownActiveUnitAGenderAndAPastBirthDate() {
        byte[] file = TestWorkbooks.xlsx(PersonImportValidator.SHEET, PersonImportValidator.HEADERS, List.of(
                List.of("P-1", "Nguyễn Văn Một", "Nam", LocalDate.of(1980, 5, 1), "Chuyên viên", "stp", "p1@tn.vn"),
                List.of("P-2", "Trần Thị Hai", "nữ", "20/11/1985", "", "stp"),
                List.of("P-3", "Lê Ba", "Khác", "01/01/2030", "", "khong-co", "sai@"),
                List.of("P-4", "Phạm Bốn", "NU", "", "", "skhdt"),
                List.of("P-1", "Trùng Mã", "", "", "", "stp"),
                List.of("STP-01", "Đã có", "", "", "", "stp")));
        Validated<PersonImportValidator.PersonRow> result = PersonImportValidator.validate(
                read(file, PersonImportValidator.SHEET, PersonImportValidator.HEADERS), Set.of("STP-01")::contains,
                code -> Optional.ofNullable(UNITS.get(code)), TODAY);

        assertThat(result.valid()).extracting(PersonImportValidator.PersonRow::code).containsExactly("P-1", "P-2");
        assertThat(result.valid()).extracting(PersonImportValidator.PersonRow::gender)
                .containsExactly(Gender.NAM, Gender.NU);
        assertThat(result.valid().get(1).birthDate()).isEqualTo(LocalDate.of(1985, 11, 20));
        assertThat(result.valid().get(0).unitId()).isEqualTo(1);
        assertThat(messages(result, 4)).containsExactlyInAnyOrder(
                "Giới tính: Giới tính 'Khác' không hợp lệ; ghi \"Nam\" hoặc \"Nữ\".",
                "Ngày sinh: Ngày sinh phải là một ngày trong quá khứ.",
                "Mã đơn vị: Không tìm thấy đơn vị có mã 'khong-co'.",
                "Email: Địa chỉ email 'sai@' không hợp lệ.");
        assertThat(messages(result, 5)).containsExactly(
                "Mã đơn vị: Đơn vị 'skhdt' không còn hoạt động (đã sáp nhập vào 'stc').");
        assertThat(messages(result, 6)).containsExactly("Mã cán bộ: Mã cán bộ 'P-1' trùng với dòng 2 trong tệp.");
        assertThat(messages(result, 7)).containsExactly("Mã cán bộ: Mã cán bộ 'STP-01' đã có trong hệ thống.");
    }

    @Test
    void unreadableFilesAreMalformed() {
        assertMalformed(new byte[0], "Không đọc được tệp");
        assertMalformed("Mã đơn vị,Tên đơn vị\nabc,Đơn vị\n".getBytes(StandardCharsets.UTF_8), ".xlsx");
        byte[] random = new byte[2048];
        new java.util.Random(7).nextBytes(random);
        assertMalformed(random, ".xlsx");
        // a real .xlsx whose first row lacks headers
        byte[] noHeaders = TestWorkbooks.xlsx(UnitImportValidator.SHEET, List.of("Mã đơn vị", "Tên"), List.of(List.of("a", "b")));
        assertMalformed(noHeaders, "thiếu cột: \"Tên đơn vị\", \"Loại đơn vị\", \"Email\", \"Hiệu lực từ\", \"Hiệu lực đến\"");
        byte[] empty = TestWorkbooks.xlsx(UnitImportValidator.SHEET, List.of(), List.of());
        assertMalformed(empty, "thiếu cột");
    }

    @Test
    void theSheetMustBeTheTemplatesAndIsNamedWhenMissing() {
        byte[] wrongSheet = TestWorkbooks.xlsx("Sheet1", UnitImportValidator.HEADERS, List.of(
                List.of("dv9", "Đơn vị Chín", "SO_NGANH", "", "01/01/2020")));
        assertMalformed(wrongSheet, "Không có trang tính \"Đơn vị\" trong tệp (tệp có: \"Sheet1\")");
        // the name is matched as a person would read it: case and spaces aside
        byte[] spaced = TestWorkbooks.xlsx("  ĐƠN  VỊ ", UnitImportValidator.HEADERS, List.of(
                List.of("dv9", "Đơn vị Chín", "SO_NGANH", "", "01/01/2020")));
        assertThat(read(spaced, UnitImportValidator.SHEET, UnitImportValidator.HEADERS)).hasSize(1);
    }

    @Test
    void formulaCellsAreRefusedWithEveryCellNamed() {
        // a formula saved without its computed value was read as "0" and stored as the unit's name
        byte[] file = TestWorkbooks.xlsx(UnitImportValidator.SHEET, UnitImportValidator.HEADERS, List.of(
                List.of("dv10", new TestWorkbooks.Formula("A2&\" mới\""), "SO_NGANH", "", "01/01/2020"),
                List.of("dv11", "Đơn vị Mười một", "SO_NGANH", "", new TestWorkbooks.Formula("DATE(2020,1,1)"))));
        assertThatThrownBy(() -> read(file, UnitImportValidator.SHEET, UnitImportValidator.HEADERS))
                .isInstanceOfSatisfying(Refusal.class, e -> {
                    assertThat(e.code()).isEqualTo("MALFORMED_XLSX");
                    assertThat(e.getMessage()).contains("2 ô không nhận được (B2, E3)", "Paste Special → Values");
                    assertThat(e.details()).hasSize(2).first().isInstanceOfSatisfying(ImportError.class, err -> {
                        assertThat(err.row()).isEqualTo(2);
                        assertThat(err.column()).isEqualTo("Tên đơn vị");
                        assertThat(err.message()).isEqualTo("Ô B2 chứa công thức =A2&\" mới\"; hãy thay bằng giá trị.");
                    });
                });
    }

    @Test
    void controlCharactersAreRefusedAndInvisibleTextIsBlank() {
        // in the file's XML a control character is written _x0007_ (POI itself writes "?"); readers decode it
        byte[] nul = TestWorkbooks.xlsx(UnitImportValidator.SHEET, UnitImportValidator.HEADERS, List.of(
                List.of("dv12", "Đơn vị_x0007_Mười hai", "SO_NGANH", "", "01/01/2020")));
        assertMalformed(nul, "B2");
        byte[] invisible = TestWorkbooks.xlsx(UnitImportValidator.SHEET, UnitImportValidator.HEADERS, List.of(
                List.of("dv13", "\u200B\u200B\u00A0", "SO_NGANH", "", "01/01/2020")));
        Validated<UnitImportValidator.UnitRow> result = UnitImportValidator.validate(
                read(invisible, UnitImportValidator.SHEET, UnitImportValidator.HEADERS), code -> false);
        assertThat(messages(result, 2)).containsExactly("Tên đơn vị: Ô \"Tên đơn vị\" không được để trống.");
    }

    private static void assertMalformed(byte[] content, String messagePart) {
        assertThatThrownBy(() -> read(content, UnitImportValidator.SHEET, UnitImportValidator.HEADERS))
                .isInstanceOfSatisfying(Refusal.class, e -> {
                    assertThat(e.code()).isEqualTo("MALFORMED_XLSX");
                    assertThat(e.kind()).isEqualTo(Refusal.Kind.INVALID);
                    assertThat(e.getMessage()).contains(messagePart);
                });
    }

    private static List<XlsxRow> read(byte[] file, String sheet, List<String> headers) {
        return XlsxTableReader.read(new ByteArrayInputStream(file), sheet, headers);
    }

    private static List<String> messages(Validated<?> result, int row) {
        return result.errors().stream().filter(e -> e.row() == row).map((ImportError e) -> e.column() + ": " + e.message())
                .toList();
    }

    private static final String UNIT_TYPES = vn.tdkt.registry.common.CodeLists.allowed(UnitType.class);
}
