package vn.tdkt.registry.unit;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.identity.UnitGroups;
import vn.tdkt.refusal.Refusal;
import vn.tdkt.registry.common.CodeLists;
import vn.tdkt.registry.common.Today;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Units of the province: creation, changes, and their end by merger or dissolution. */
@Service
public class UnitService {

    static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final UnitRepository units;
    private final Today today;
    private final UnitGroups unitGroups;

    public UnitService(UnitRepository units, Today today, UnitGroups unitGroups) {
        this.units = units;
        this.today = today;
        this.unitGroups = unitGroups;
    }

    /** A unit named in the path: 404 when unknown. */
    @Transactional(readOnly = true)
    public Unit get(String code) {
        return units.findByCode(code).orElseThrow(() -> Refusal.notFound("UNIT_NOT_FOUND", notFound(code)));
    }

    /** A unit named in a request body or a filter: 400 when unknown. */
    @Transactional(readOnly = true)
    public Unit referenced(String code) {
        return units.findByCode(code).orElseThrow(() -> Refusal.invalid("UNKNOWN_UNIT", notFound(code)));
    }

    public static String notFound(String code) {
        return "Không tìm thấy đơn vị có mã '" + code + "'.";
    }

    @Transactional(readOnly = true)
    public List<UnitView> list(LocalDate activeOn, String type) {
        UnitType unitType = type == null || type.isBlank() ? null
                : CodeLists.parse(UnitType.class, type, "UNKNOWN_UNIT_TYPE", "loại đơn vị");
        LocalDate now = today.date();
        return units.list(activeOn, unitType).stream().map(u -> UnitView.of(u, now)).toList();
    }

    public UnitView view(Unit unit) {
        return UnitView.of(unit, today.date());
    }

    @Transactional
    public UnitView create(UnitRequests.Create r) {
        String code = r.code().strip();
        UnitType type = CodeLists.parse(UnitType.class, r.unitType(), "UNKNOWN_UNIT_TYPE", "loại đơn vị");
        checkDates(r.validFrom(), r.validTo());
        if (units.exists(code)) {
            throw Refusal.conflict("UNIT_CODE_EXISTS", "Đã có đơn vị mang mã '" + code + "'.");
        }
        units.insert(code, r.name().strip(), type, blankToNull(r.email()), r.validFrom(), r.validTo());
        unitGroups.ensureGroupsOf(code, r.name().strip());
        return view(get(code));
    }

    @Transactional
    public UnitView update(String code, UnitRequests.Update r) {
        Unit unit = get(code);
        UnitType type = CodeLists.parse(UnitType.class, r.unitType(), "UNKNOWN_UNIT_TYPE", "loại đơn vị");
        checkDates(r.validFrom(), r.validTo());
        units.update(unit.id(), r.name().strip(), type, blankToNull(r.email()), r.validFrom(), r.validTo());
        return view(get(code));
    }

    @Transactional
    public UnitView end(String code, UnitRequests.End r) {
        Unit unit = get(code);
        EndReason reason = CodeLists.parse(EndReason.class, r.reason(), "UNKNOWN_END_REASON", "lý do kết thúc");
        if (unit.validTo() != null) {
            throw Refusal.invalid("UNIT_ALREADY_ENDED", "Đơn vị '" + code + "' đã kết thúc hoạt động từ ngày "
                    + VN_DATE.format(unit.validTo()) + ".");
        }
        checkDates(unit.validFrom(), r.validTo());
        boolean hasSuccessor = r.successorCode() != null && !r.successorCode().isBlank();
        Long successorId = null;
        if (reason == EndReason.MERGED) {
            if (!hasSuccessor) {
                throw Refusal.invalid("SUCCESSOR_REQUIRED",
                        "Đơn vị sáp nhập phải có mã đơn vị tiếp nhận (successorCode).");
            }
            String successorCode = r.successorCode().strip();
            if (successorCode.equals(unit.code())) {
                throw Refusal.invalid("SUCCESSOR_IS_SELF", "Đơn vị không thể sáp nhập vào chính nó.");
            }
            Unit successor = referenced(successorCode);
            LocalDate dayAfter = r.validTo().plusDays(1);
            if (!successor.activeOn(dayAfter)) {
                throw Refusal.invalid("SUCCESSOR_NOT_ACTIVE", "Đơn vị tiếp nhận '" + successorCode
                        + "' không hoạt động vào ngày " + VN_DATE.format(dayAfter) + ", sau khi sáp nhập.");
            }
            successorId = successor.id();
        } else if (hasSuccessor) {
            throw Refusal.invalid("SUCCESSOR_NOT_ALLOWED",
                    "Đơn vị giải thể không có đơn vị tiếp nhận; hãy bỏ trống successorCode hoặc chọn lý do MERGED.");
        }
        units.end(unit.id(), r.validTo(), reason, successorId);
        return view(get(code));
    }

    static void checkDates(LocalDate validFrom, LocalDate validTo) {
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw Refusal.invalid("INVALID_DATES", "Ngày kết thúc hiệu lực (" + VN_DATE.format(validTo)
                    + ") không được trước ngày bắt đầu hiệu lực (" + VN_DATE.format(validFrom) + ").");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
