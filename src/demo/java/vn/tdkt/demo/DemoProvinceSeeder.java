package vn.tdkt.demo;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tdkt.identity.Role;
import vn.tdkt.identity.UnitGroups;
import vn.tdkt.identity.UserProfileRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static vn.tdkt.demo.DemoProvinceData.BLOCKS;
import static vn.tdkt.demo.DemoProvinceData.UNITS;

/**
 * Seeds the demo province (default profile only): blocks, units with their 2025 mergers, persons,
 * a user for every role, six years of award history with streaks, registrations of the current year
 * and a few registration processes under way. Idempotent: a second start adds nothing.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "tdkt.demo.enabled", havingValue = "true")
public class DemoProvinceSeeder implements ApplicationRunner {

    static final int FIRST_HISTORY_YEAR = 2020;
    static final int PERSONS_PER_UNIT = 4;
    private static final Logger log = LoggerFactory.getLogger(DemoProvinceSeeder.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final IdentityService identityService;
    private final UserProfileRepository profiles;
    private final UnitGroups unitGroups;
    private final RepositoryService repositoryService;
    private final FormService formService;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final Clock clock;
    private final String password;

    public DemoProvinceSeeder(JdbcClient jdbc, TransactionTemplate tx, IdentityService identityService,
                              UserProfileRepository profiles, UnitGroups unitGroups, RepositoryService repositoryService,
                              FormService formService, TaskService taskService, RuntimeService runtimeService,
                              Clock clock, @Value("${tdkt.demo.default-password:demo}") String password) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.identityService = identityService;
        this.profiles = profiles;
        this.unitGroups = unitGroups;
        this.repositoryService = repositoryService;
        this.formService = formService;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.clock = clock;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        int currentYear = LocalDate.now(clock).getYear();
        if (unitId("snv") == null) {
            tx.executeWithoutResult(s -> seedRegistry(currentYear));
            log.info("Demo province seeded: {} blocks, {} units", BLOCKS.size(), UNITS.size());
        }
        seedUsers(currentYear);
        seedRegistrationProcesses(currentYear);
    }

    // ---------------------------------------------------------------- registry

    private void seedRegistry(int currentYear) {
        Map<String, Long> blockIds = new HashMap<>();
        for (DemoProvinceData.BlockSeed b : BLOCKS) {
            jdbc.sql("INSERT INTO emulation_block (code, name, description) VALUES (?, ?, ?)")
                    .params(b.code(), b.name(), b.description()).update();
            blockIds.put(b.code(), jdbc.sql("SELECT id FROM emulation_block WHERE code = ?").param(b.code())
                    .query(Long.class).single());
        }
        for (DemoProvinceData.UnitSeed u : UNITS) {
            jdbc.sql("INSERT INTO org_unit (code, name, unit_type, email, valid_from, valid_to, end_reason, successor_id)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(u.code(), u.name(), u.type(), u.code() + "@tayninh.gov.vn", u.validFrom(), u.validTo(),
                            u.successorCode() == null ? null : "MERGED",
                            u.successorCode() == null ? null : unitId(u.successorCode()))
                    .update();
        }
        for (int year = FIRST_HISTORY_YEAR; year <= currentYear + 1; year++) {
            for (DemoProvinceData.BlockSeed b : BLOCKS) {
                List<DemoProvinceData.UnitSeed> members = membersOf(b.code(), year);
                for (DemoProvinceData.UnitSeed m : members) {
                    jdbc.sql("INSERT INTO block_membership (block_id, unit_id, emulation_year) VALUES (?, ?, ?)")
                            .params(blockIds.get(b.code()), unitId(m.code()), year).update();
                }
                // Khối trưởng and Khối phó rotate yearly through the members
                DemoProvinceData.UnitSeed leader = members.get(year % members.size());
                DemoProvinceData.UnitSeed deputy = members.get((year + 1) % members.size());
                jdbc.sql("INSERT INTO block_officer (block_id, emulation_year, leader_unit_id, deputy_unit_id)"
                                + " VALUES (?, ?, ?, ?)")
                        .params(blockIds.get(b.code()), year, unitId(leader.code()), unitId(deputy.code())).update();
            }
        }
        seedPersonsAndAwards(currentYear);
        seedRecordedRegistrations(currentYear);
    }

    static List<DemoProvinceData.UnitSeed> membersOf(String blockCode, int year) {
        return UNITS.stream().filter(u -> u.blockCode().equals(blockCode) && u.activeDuring(year))
                .sorted((a, b) -> a.code().compareTo(b.code())).toList();
    }

    private void seedPersonsAndAwards(int currentYear) {
        Random random = new Random(20250701L);
        DecisionNumbers numbers = new DecisionNumbers();
        int lastAwardYear = currentYear - 1;
        List<DemoProvinceData.UnitSeed> active = UNITS.stream().filter(u -> u.validTo() == null).toList();
        for (int ui = 0; ui < active.size(); ui++) {
            DemoProvinceData.UnitSeed unit = active.get(ui);
            long unitId = unitId(unit.code());
            for (int k = 1; k <= PERSONS_PER_UNIT; k++) {
                boolean male = (ui + k) % 2 == 0;
                String name = personName(random, male);
                String code = unit.code().toUpperCase() + "-" + String.format("%02d", k);
                String jobTitle = DemoProvinceData.JOB_TITLES[(k + ui) % DemoProvinceData.JOB_TITLES.length];
                jdbc.sql("INSERT INTO person (code, full_name, gender, birth_date, job_title, unit_id, email)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                        .params(code, name, male ? "NAM" : "NU",
                                LocalDate.of(1970 + random.nextInt(25), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                                jobTitle, unitId,
                                code.toLowerCase() + "@tayninh.gov.vn")
                        .update();
                // the group the statistics forms count persons by, and some persons of ethnic minorities
                jdbc.sql("UPDATE person SET occupation_category = ?, ethnic_minority = ? WHERE code = ?")
                        .params(DemoProvinceData.occupationCategory(jobTitle), (ui * PERSONS_PER_UNIT + k) % 9 == 0,
                                code).update();
                long personId = jdbc.sql("SELECT id FROM person WHERE code = ?").param(code).query(Long.class).single();
                for (int year = FIRST_HISTORY_YEAR; year <= lastAwardYear; year++) {
                    if (!unit.activeDuring(year)) {
                        continue;
                    }
                    boolean ldtt = switch (k) {
                        case 1, 2 -> true;
                        case 3 -> year != lastAwardYear - 2;   // a gap breaks person 3's streaks
                        default -> random.nextInt(100) < 80;
                    };
                    if (ldtt) {
                        unitAward(numbers, "LDTT", personId, null, unit, year);
                    }
                    boolean cstdcs = ldtt && switch (k) {
                        case 1 -> year >= lastAwardYear - 2 || ui % 6 == 0;   // 3 in a row (6 for some)
                        case 2 -> year >= lastAwardYear - 1;                  // 2 in a row
                        case 3 -> year == lastAwardYear - 3 || year == lastAwardYear - 1;
                        default -> false;
                    };
                    if (cstdcs) {
                        unitAward(numbers, "CSTDCS", personId, null, unit, year);
                    }
                    if (k == 1 && ui % 6 == 0 && year == lastAwardYear - 3) {
                        provinceAward(numbers, "CSTD_TINH", personId, null, year);
                    }
                    if (k == 2 && ui % 4 == 1 && year == lastAwardYear - 2) {
                        provinceAward(numbers, "BK_TINH", personId, null, year);
                    }
                }
            }
        }
        for (int year = FIRST_HISTORY_YEAR; year <= lastAwardYear; year++) {
            int ui = 0;
            for (DemoProvinceData.UnitSeed unit : UNITS) {
                ui++;
                if (!unit.activeDuring(year)) {
                    continue;
                }
                if ((ui + year) % 3 == 0) {
                    provinceAward(numbers, "TTLDXS", null, unitId(unit.code()), year);
                } else if ((ui + year) % 7 != 0) {
                    unitAward(numbers, "TTLDTT", null, unitId(unit.code()), unit, year);
                }
            }
            for (DemoProvinceData.BlockSeed b : BLOCKS) {
                List<DemoProvinceData.UnitSeed> members = membersOf(b.code(), year);
                DemoProvinceData.UnitSeed flagHolder = members.get((year + 2) % members.size());
                provinceAward(numbers, "CO_TINH", null, unitId(flagHolder.code()), year);
            }
        }
    }

    private void unitAward(DecisionNumbers numbers, String award, Long personId, Long unitId,
                           DemoProvinceData.UnitSeed unit, int year) {
        String authority = "Thủ trưởng " + unit.name();
        String number = String.format("%02d", numbers.next(unit.code().toUpperCase(), year)) + "/QĐ-"
                + unit.code().toUpperCase();
        insertAward(award, personId, unitId, year, number, LocalDate.of(year + 1, 1, 15), authority);
    }

    private void provinceAward(DecisionNumbers numbers, String award, Long personId, Long unitId, int year) {
        String number = String.format("%02d", numbers.next("UBND", year)) + "/QĐ-UBND";
        insertAward(award, personId, unitId, year, number, LocalDate.of(year + 1, 2, 20), "Chủ tịch UBND tỉnh");
    }

    private void insertAward(String award, Long personId, Long unitId, int year, String number, LocalDate date,
                             String authority) {
        jdbc.sql("INSERT INTO award_record (award_type_code, person_id, unit_id, award_year, commendation_kind,"
                        + " decision_number, decision_date, decision_authority, achievement_ref)"
                        + " VALUES (?, ?, ?, ?, 'CONG_TRANG', ?, ?, ?, ?)")
                .params(award, personId, unitId, year, number, date, authority,
                        "THANH-TICH-" + year + "-" + award + "-" + (personId != null ? "P" + personId : "U" + unitId))
                .update();
    }

    /** Decision numbers restart every year per issuing authority, as in practice. */
    private static final class DecisionNumbers {
        private final Map<String, Integer> counters = new HashMap<>();

        int next(String authority, int year) {
            return counters.merge(authority + "/" + year, 1, Integer::sum) + 10;
        }
    }

    private void seedRecordedRegistrations(int currentYear) {
        List<DemoProvinceData.UnitSeed> active = UNITS.stream().filter(u -> u.validTo() == null).toList();
        for (int i = 0; i < active.size(); i++) {
            DemoProvinceData.UnitSeed unit = active.get(i);
            String title = i % 5 == 0 ? "CO_TINH" : i % 2 == 0 ? "TTLDXS" : "TTLDTT";
            int ldtt = 20 + (i * 7) % 40;
            jdbc.sql("INSERT INTO emulation_registration (unit_id, emulation_year, collective_title,"
                            + " individual_ldtt_count, individual_cstdcs_count, commitment, approved_by, process_instance_id)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(unitId(unit.code()), currentYear, title, ldtt, Math.max(1, ldtt * 15 / 100),
                            "Hoàn thành xuất sắc nhiệm vụ chính trị năm " + currentYear
                                    + "; thực hiện tốt giao ước thi đua của khối.",
                            "thutruong." + unit.code(), "du-lieu-mau")
                    .update();
        }
    }

    // ---------------------------------------------------------------- users

    private void seedUsers(int currentYear) {
        Random random = new Random(19450902L);
        Map<String, List<Role>> extraRoles = new LinkedHashMap<>();
        for (String unit : List.of("stc", "stp", "sgddt", "syt", "sct", "sxd", "snnmt", "skhcn", "mttq", "ldld",
                "tdoan", "hlhpn", "svhttdl")) {
            extraRoles.computeIfAbsent("thutruong." + unit, k -> new ArrayList<>()).add(Role.COUNCIL_MEMBER);
        }
        for (DemoProvinceData.BlockSeed b : BLOCKS) {
            String leaderCode = jdbc.sql("SELECT u.code FROM block_officer o JOIN org_unit u ON u.id = o.leader_unit_id"
                            + " JOIN emulation_block b ON b.id = o.block_id WHERE b.code = ? AND o.emulation_year = ?")
                    .params(b.code(), currentYear).query(String.class).optional().orElse(null);
            if (leaderCode != null) {
                extraRoles.computeIfAbsent("thutruong." + leaderCode, k -> new ArrayList<>()).add(Role.BLOCK_LEADER);
            }
        }
        for (DemoProvinceData.UnitSeed unit : UNITS) {
            if (unit.validTo() != null) {
                continue;
            }
            unitGroups.ensureGroupsOf(unit.code(), unit.name());
            ensureUser("canbo." + unit.code(), personName(random, random.nextBoolean()), unit.code(),
                    List.of(Role.UNIT_OFFICER));
            List<Role> headRoles = new ArrayList<>(List.of(Role.UNIT_HEAD, Role.BLOCK_MEMBER));
            headRoles.addAll(extraRoles.getOrDefault("thutruong." + unit.code(), List.of()));
            ensureUser("thutruong." + unit.code(), personName(random, random.nextBoolean()), unit.code(), headRoles);
        }
        ensureDeputyHead("phothutruong.stp", "Trần Thị Minh Thư", "stp");
        ensureUser("admin", null, "snv", List.of(Role.ADMIN));
        ensureUser("tiepnhan", personName(random, false), "snv", List.of(Role.RECEIVER));
        ensureUser("thamdinh", personName(random, true), "snv", List.of(Role.SPECIALIST));
        ensureUser("thamdinh2", personName(random, false), "snv", List.of(Role.SPECIALIST));
        ensureUser("lanhdao.snv", personName(random, true), "snv", List.of(Role.AGENCY_HEAD, Role.COUNCIL_MEMBER));
        ensureUser("thuky.hd", personName(random, false), "snv", List.of(Role.COUNCIL_SECRETARY));
        ensureUser("chutich", personName(random, true), "vpubnd", List.of(Role.CHAIRMAN, Role.COUNCIL_MEMBER));
        ensureUser("thanhtra", personName(random, true), "ttt", List.of(Role.AUDITOR));
        // a fixed name, after every drawn one: adding him changes nobody else's
        ensureUser("phochutich", "Nguyễn Thanh Ngọc", "vpubnd", List.of(Role.VICE_CHAIRMAN));
    }

    private void ensureUser(String userId, String fullName, String unitCode, List<Role> roles) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            user = identityService.newUser(userId);
            int split = fullName.lastIndexOf(' ');
            // Camunda shows "first last": Vietnamese order puts the family name first.
            user.setFirstName(fullName.substring(0, split));
            user.setLastName(fullName.substring(split + 1));
            user.setEmail(userId + "@tayninh.gov.vn");
            user.setPassword(password);
            identityService.saveUser(user);
        }
        for (Role role : roles) {
            unitGroups.addMember(userId, role, unitCode);
        }
        profiles.assign(userId, unitId(unitCode), null);
    }

    /**
     * A deputy head (phó thủ trưởng): holds the unit-head role (Tasklist, the role's filter) and works in the unit,
     * but is not in the unit's signing group ({@code unit-head.<unit>}): the head's tasks reach them only while the
     * head names them substitute ({@code vn.tdkt.delegation}). Placing them again through /api/user-profiles would
     * add that group, as for any unit-head.
     */
    private void ensureDeputyHead(String userId, String fullName, String unitCode) {
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            User user = identityService.newUser(userId);
            int split = fullName.lastIndexOf(' ');
            user.setFirstName(fullName.substring(0, split));
            user.setLastName(fullName.substring(split + 1));
            user.setEmail(userId + "@tayninh.gov.vn");
            user.setPassword(password);
            identityService.saveUser(user);
        }
        if (identityService.createUserQuery().userId(userId).memberOfGroup(Role.UNIT_HEAD.groupId()).count() == 0) {
            identityService.createMembership(userId, Role.UNIT_HEAD.groupId());
        }
        profiles.assign(userId, unitId(unitCode), null);
    }

    /** A Vietnamese full name (family, middle, given) drawn from the demo's lists. */
    public static String personName(Random random, boolean male) {
        String family = DemoProvinceData.FAMILY_NAMES[random.nextInt(DemoProvinceData.FAMILY_NAMES.length)];
        String middle = male ? DemoProvinceData.MALE_MIDDLE[random.nextInt(DemoProvinceData.MALE_MIDDLE.length)]
                : DemoProvinceData.FEMALE_MIDDLE[random.nextInt(DemoProvinceData.FEMALE_MIDDLE.length)];
        String given = male ? DemoProvinceData.MALE_GIVEN[random.nextInt(DemoProvinceData.MALE_GIVEN.length)]
                : DemoProvinceData.FEMALE_GIVEN[random.nextInt(DemoProvinceData.FEMALE_GIVEN.length)];
        return family + " " + middle + " " + given;
    }

    // ---------------------------------------------------------------- processes under way

    /** Three registrations for next year: one waiting for its head, one returned, one approved. */
    private void seedRegistrationProcesses(int currentYear) {
        if (runtimeService.createProcessInstanceQuery().processDefinitionKey("emulation-registration").count() > 0
                || jdbc.sql("SELECT COUNT(*) FROM emulation_registration WHERE emulation_year = ?")
                .param(currentYear + 1).query(Integer.class).single() > 0) {
            return;
        }
        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey("emulation-registration").latestVersion().singleResult();
        startRegistration(definition, "stp", currentYear + 1, "TTLDXS", 32, 4);
        String returned = startRegistration(definition, "sgddt", currentYear + 1, "CO_TINH", 45, 6);
        headDecides(returned, "sgddt", "return", "Đề nghị bổ sung chỉ tiêu chuyển đổi số vào nội dung cam kết.");
        String approved = startRegistration(definition, "syt", currentYear + 1, "TTLDXS", 58, 8);
        headDecides(approved, "syt", "approve", null);
    }

    private String startRegistration(ProcessDefinition definition, String unit, int year, String title,
                                     int ldtt, int cstdcs) {
        VariableMap variables = Variables.createVariables()
                .putValue("emulationYear", year).putValue("collectiveTitle", title)
                .putValue("ldttCount", ldtt).putValue("cstdcsCount", cstdcs)
                .putValue("commitment", "Phấn đấu hoàn thành xuất sắc nhiệm vụ năm " + year
                        + ", thực hiện tốt giao ước thi đua của khối và cải cách hành chính.");
        String userId = "canbo." + unit;
        identityService.setAuthentication(userId, identityService.createGroupQuery().groupMember(userId).list()
                .stream().map(org.camunda.bpm.engine.identity.Group::getId).toList());
        try {
            return formService.submitStartForm(definition.getId(), variables).getId();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private void headDecides(String processInstanceId, String unit, String decision, String comment) {
        Task task = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
        taskService.claim(task.getId(), "thutruong." + unit);
        taskService.complete(task.getId(), Variables.createVariables()
                .putValue("headDecision", decision).putValue("headComment", comment));
    }

    private Long unitId(String code) {
        return jdbc.sql("SELECT id FROM org_unit WHERE code = ?").param(code).query(Long.class).optional().orElse(null);
    }
}
