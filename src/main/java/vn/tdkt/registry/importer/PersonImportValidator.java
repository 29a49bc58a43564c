package vn.tdkt.registry.importer;

import vn.tdkt.registry.common.CodeLists;
import vn.tdkt.registry.person.Gender;
import vn.tdkt.registry.person.OccupationCategory;
import vn.tdkt.registry.unit.Unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/** Checks the rows of a person import; pure, the database is reached through the given lookups. */
public final class PersonImportValidator {

    public static final String CODE = "Mã cán bộ";
    public static final String NAME = "Họ và tên";
    public static final String GENDER = "Giới tính";
    public static final String BIRTH_DATE = "Ngày sinh";
    public static final String JOB_TITLE = "Chức vụ";
    public static final String UNIT = "Mã đơn vị";
    public static final String EMAIL = "Email";
    /** The sheet the data is read from: the template's. */
    public static final String SHEET = "Cán bộ";
    public static final String OCCUPATION = "Nhóm đối tượng";
    public static final String ETHNIC_MINORITY = "Dân tộc thiểu số";
    public static final List<String> HEADERS = List.of(CODE, NAME, GENDER, BIRTH_DATE, JOB_TITLE, UNIT, EMAIL);
    /**
     * The columns the statistics forms count by (V27), added after the first template: a file without them is still
     * read, its people get neither.
     */
    public static final List<String> OPTIONAL_HEADERS = List.of(OCCUPATION, ETHNIC_MINORITY);

    /** A person ready to be written. */
    public record PersonRow(int row, String code, String fullName, Gender gender, LocalDate birthDate,
                            String jobTitle, long unitId, String email, OccupationCategory occupationCategory,
                            boolean ethnicMinority) { }

    private PersonImportValidator() { }

    public static Validated<PersonRow> validate(List<XlsxRow> rows, Predicate<String> personCodeExists,
                                                Function<String, Optional<Unit>> unitByCode, LocalDate today) {
        List<PersonRow> valid = new ArrayList<>();
        List<ImportError> errors = new ArrayList<>();
        Map<String, Integer> firstRowOfCode = new HashMap<>();
        for (XlsxRow row : rows) {
            RowCheck check = new RowCheck(row);
            String code = check.code(CODE);
            if (code != null) {
                Integer first = firstRowOfCode.putIfAbsent(code, row.rowNumber());
                if (first != null) {
                    check.error(CODE, "Mã cán bộ '" + code + "' trùng với dòng " + first + " trong tệp.");
                } else if (personCodeExists.test(code)) {
                    check.error(CODE, "Mã cán bộ '" + code + "' đã có trong hệ thống.");
                }
            }
            String name = check.text(NAME, true, 255);
            String genderText = check.text(GENDER, false, 20);
            Gender gender = null;
            if (genderText != null) {
                gender = CodeLists.find(Gender.class, genderText).orElse(null);
                if (gender == null) {
                    check.error(GENDER, "Giới tính '" + genderText + "' không hợp lệ; ghi \"Nam\" hoặc \"Nữ\".");
                }
            }
            LocalDate birthDate = check.date(BIRTH_DATE, false);
            if (birthDate != null && !birthDate.isBefore(today)) {
                check.error(BIRTH_DATE, "Ngày sinh phải là một ngày trong quá khứ.");
            }
            String jobTitle = check.text(JOB_TITLE, false, 255);
            String unitCode = check.text(UNIT, true, 40);
            Unit unit = null;
            if (unitCode != null) {
                unit = unitByCode.apply(unitCode).orElse(null);
                if (unit == null) {
                    check.error(UNIT, "Không tìm thấy đơn vị có mã '" + unitCode + "'.");
                } else if (!unit.activeOn(today)) {
                    check.error(UNIT, "Đơn vị '" + unitCode + "' không còn hoạt động"
                            + (unit.successorCode() == null ? "" : " (đã sáp nhập vào '" + unit.successorCode() + "')")
                            + ".");
                }
            }
            String email = check.email(EMAIL);
            String categoryText = check.text(OCCUPATION, false, 120);
            OccupationCategory category = null;
            if (categoryText != null) {
                category = CodeLists.find(OccupationCategory.class, categoryText).orElse(null);
                if (category == null) {
                    check.error(OCCUPATION, "Nhóm đối tượng '" + categoryText + "' không hợp lệ; ghi một trong: "
                            + CodeLists.allowed(OccupationCategory.class) + ".");
                }
            }
            String minorityText = check.text(ETHNIC_MINORITY, false, 20);
            boolean minority = false;
            if (minorityText != null) {
                String answer = minorityText.strip().toLowerCase(Locale.ROOT);
                if (answer.equals("có") || answer.equals("x")) {
                    minority = true;
                } else if (!answer.equals("không")) {
                    check.error(ETHNIC_MINORITY, "Ô \"" + ETHNIC_MINORITY + "\" ghi \"Có\" hoặc \"Không\" (hoặc để"
                            + " trống), không ghi '" + minorityText + "'.");
                }
            }
            if (check.ok()) {
                valid.add(new PersonRow(row.rowNumber(), code, name, gender, birthDate, jobTitle, unit.id(), email,
                        category, minority));
            } else {
                errors.addAll(check.errors());
            }
        }
        return new Validated<>(valid, errors);
    }
}
