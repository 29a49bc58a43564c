package vn.tdkt.registration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.tdkt.identity.Role;
import vn.tdkt.identity.UnitGroups;
import vn.tdkt.identity.UnitRef;
import vn.tdkt.identity.UserProfileRepository;
import vn.tdkt.workflow.InputRejectedException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/** Checks and records units' emulation registrations (đăng ký thi đua). */
@Service
public class RegistrationService {

    private final JdbcClient jdbc;
    private final UserProfileRepository profiles;
    private final UnitGroups unitGroups;
    private final RegistrationProperties properties;
    private final Clock clock;

    public RegistrationService(JdbcClient jdbc, UserProfileRepository profiles, UnitGroups unitGroups,
                               RegistrationProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.profiles = profiles;
        this.unitGroups = unitGroups;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Validates a submitted registration for the initiator's unit; refuses it with every problem listed
     * (an {@link InputRejectedException}: the REST API answers 400 and Tasklist shows the message).
     * {@code otherInstanceHolds} says whether a registration other than the one checked is under way with the
     * business key given (the engine knows; the caller asks it).
     */
    public UnitRef check(String initiator, RegistrationRequest request, Predicate<String> otherInstanceHolds) {
        UnitRef unit = profiles.unitOf(initiator).orElseThrow(() -> new InputRejectedException(
                "Tài khoản '" + initiator + "' chưa thuộc đơn vị nào nên không thể đăng ký thi đua."));
        Integer year = RegistrationRules.wholeNumber(request.emulationYear());
        boolean already = year != null && jdbc.sql(
                        "SELECT COUNT(*) FROM emulation_registration WHERE unit_id = ? AND emulation_year = ?")
                .params(unit.id(), year).query(Integer.class).single() > 0;
        boolean underWay = year != null && otherInstanceHolds.test(businessKey(year, unit.code()));
        RegistrationRules.Context context = new RegistrationRules.Context(
                LocalDate.now(clock).getYear(), properties.yearsBack(), properties.yearsAhead(),
                registrableTitles(), year != null && unit.activeDuring(year), already, underWay,
                unitGroups.hasMembers(Role.UNIT_HEAD, unit.code()));
        List<String> errors = RegistrationRules.check(request, context);
        if (!errors.isEmpty()) {
            throw new InputRejectedException("Bản đăng ký chưa hợp lệ: " + String.join(" ", errors));
        }
        return unit;
    }

    /** The business key of a unit's registration for a year: one per unit and year. */
    public static String businessKey(Object year, String unitCode) {
        return "DKTD-" + year + "-" + unitCode;
    }

    /**
     * Collective titles that may be registered: the active collective emulation titles the catalogue marks as
     * registrable (award_type.registrable, an administrator's data), by code with their names.
     */
    java.util.Map<String, String> registrableTitles() {
        java.util.Map<String, String> titles = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT code, name FROM award_type WHERE active = TRUE AND registrable = TRUE"
                        + " AND category = 'DANH_HIEU' AND recipient_kind = 'TAP_THE' ORDER BY code")
                .query((rs, n) -> java.util.Map.entry(rs.getString(1), rs.getString(2))).list()
                .forEach(e -> titles.put(e.getKey(), e.getValue()));
        return titles;
    }

    public void record(String unitCode, RegistrationRequest request, String approvedBy, String processInstanceId) {
        long unitId = jdbc.sql("SELECT id FROM org_unit WHERE code = ?").param(unitCode).query(Long.class).single();
        jdbc.sql("INSERT INTO emulation_registration (unit_id, emulation_year, collective_title,"
                        + " individual_ldtt_count, individual_cstdcs_count, commitment, approved_by, process_instance_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(unitId, RegistrationRules.wholeNumber(request.emulationYear()), request.collectiveTitle(),
                        RegistrationRules.wholeNumber(request.ldttCount()),
                        RegistrationRules.wholeNumber(request.cstdcsCount()),
                        ((String) request.commitment()).strip(), approvedBy, processInstanceId)
                .update();
    }
}
