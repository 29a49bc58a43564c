package vn.tdkt.registry.importer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import vn.tdkt.identity.UnitGroups;
import vn.tdkt.refusal.Refusal;
import vn.tdkt.registry.common.Today;
import vn.tdkt.registry.person.PersonRepository;
import vn.tdkt.registry.unit.UnitRepository;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Imports units and persons from .xlsx. Every row is validated first; with errors, nothing is written unless
 * importValidRows is set, in which case only the valid rows are. All writes of one import share one transaction.
 */
@Service
public class ImportService {

    private final UnitGroups unitGroups;

    private final UnitRepository units;
    private final PersonRepository persons;
    private final Today today;

    public ImportService(UnitRepository units, PersonRepository persons, Today today, UnitGroups unitGroups) {
        this.unitGroups = unitGroups;
        this.units = units;
        this.persons = persons;
        this.today = today;
    }

    @Transactional
    public ImportReport importUnits(MultipartFile file, boolean importValidRows) {
        List<XlsxRow> rows = read(file, UnitImportValidator.SHEET, UnitImportValidator.HEADERS, List.of());
        Validated<UnitImportValidator.UnitRow> result = UnitImportValidator.validate(rows, units::exists);
        refuseIfNeeded(result, importValidRows, "đơn vị");
        for (UnitImportValidator.UnitRow u : result.valid()) {
            units.insert(u.code(), u.name(), u.type(), u.email(), u.validFrom(), u.validTo());
            unitGroups.ensureGroupsOf(u.code(), u.name());
        }
        return new ImportReport(result.valid().size(), result.rejectedRows(), result.errors());
    }

    @Transactional
    public ImportReport importPersons(MultipartFile file, boolean importValidRows) {
        List<XlsxRow> rows = read(file, PersonImportValidator.SHEET, PersonImportValidator.HEADERS,
                PersonImportValidator.OPTIONAL_HEADERS);
        Validated<PersonImportValidator.PersonRow> result = PersonImportValidator.validate(rows, persons::exists,
                units::findByCode, today.date());
        refuseIfNeeded(result, importValidRows, "cán bộ");
        for (PersonImportValidator.PersonRow p : result.valid()) {
            persons.insert(p.code(), new PersonRepository.Fields(p.fullName(), p.gender(), p.birthDate(), p.jobTitle(),
                    p.unitId(), p.email(), true));
            if (p.occupationCategory() != null || p.ethnicMinority()) {
                persons.setStatisticsFields(p.code(), p.occupationCategory(), p.ethnicMinority());
            }
        }
        return new ImportReport(result.valid().size(), result.rejectedRows(), result.errors());
    }

    private static List<XlsxRow> read(MultipartFile file, String sheet, List<String> headers,
                                      List<String> optionalHeaders) {
        if (file == null || file.isEmpty()) {
            throw XlsxTableReader.malformed("Tệp gửi lên rỗng; hãy chọn một tệp .xlsx có dữ liệu.");
        }
        try (InputStream in = file.getInputStream()) {
            return XlsxTableReader.read(in, sheet, headers, optionalHeaders);
        } catch (IOException e) {
            throw XlsxTableReader.malformed("Không đọc được tệp gửi lên; hãy gửi lại tệp .xlsx.");
        }
    }

    private static void refuseIfNeeded(Validated<?> result, boolean importValidRows, String what) {
        if (!result.errors().isEmpty() && !importValidRows) {
            int bad = result.rejectedRows();
            throw Refusal.invalid("IMPORT_HAS_ERRORS", "Tệp có " + bad + " dòng lỗi (" + result.errors().size()
                    + " lỗi) nên chưa " + what + " nào được nhập. Hãy sửa các dòng lỗi, hoặc gửi lại với"
                    + " importValidRows=true để chỉ nhập " + result.valid().size() + " dòng hợp lệ.",
                    result.errors());
        }
    }
}
