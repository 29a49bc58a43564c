package vn.tdkt.support;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.tdkt.block.supervision.BlockSupervisors;
import vn.tdkt.council.CouncilRepository;
import vn.tdkt.identity.Role;
import vn.tdkt.identity.UnitGroups;
import vn.tdkt.identity.UserProfileRepository;
import vn.tdkt.registry.block.BlockRepository;
import vn.tdkt.registry.block.BlockRequests;
import vn.tdkt.registry.block.BlockService;
import vn.tdkt.registry.common.Today;
import vn.tdkt.registry.unit.UnitRepository;
import vn.tdkt.registry.unit.UnitRequests;
import vn.tdkt.registry.unit.UnitService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The province's standing offices as the tests know them, made by the tests themselves in every test application:
 * the Sở Nội vụ's receiver, specialists and head; the council's secretary; the chairman and vice-chairman; the officer
 * and the head of Văn phòng UBND (the officer keeps the outgoing register); an inspector; Sở Tư pháp's TĐKT officer,
 * head and deputy head, whose proposals most process tests follow; Sở Y tế's officer and head, the "other unit" of
 * the refusals; the council's term with its {@value #COUNCIL_SIZE} members; and this year's Khối Nội chính
 * ({@value #BLOCK}: Công an tỉnh leading, Sở Tư pháp its deputy, Viện Kiểm sát; Sở Y tế's head its supervising council
 * member). Every province has these: a test that only needs "the specialist" or "the chairman" signs in as one of
 * them instead of making its own. A test does not add council members (a session's roster is the term's membership).
 * <p>
 * The user names are those of the demo province, so that a class reads the same whichever of the two test JVMs runs it
 * (pom.xml, docs/development.md "Test data"). Where the demo has already made a unit, a user, the council's term or
 * the block, it is left exactly as it is. Anything else a test reads (persons and their history, blocks, more units)
 * it builds itself ({@link TestOrganisation}, the fixtures of its package).
 */
@Component
@Order(30)
public class TestProvince implements ApplicationRunner {

    /** Sở Nội vụ, the standing agency (cơ quan thường trực) of the council. */
    public static final String STANDING_AGENCY = "snv";
    /** Sở Tư pháp, the unit whose proposals the process tests follow. */
    public static final String UNIT = "stp";
    public static final String UNIT_OFFICER = "canbo.stp";
    public static final String UNIT_HEAD = "thutruong.stp";
    /** Sở Tư pháp's deputy head: holds the head's role but signs only as the head's named substitute. */
    public static final String DEPUTY_HEAD = "phothutruong.stp";
    /** Sở Y tế, another unit: what Sở Tư pháp may not see or do. */
    public static final String OTHER_UNIT = "syt";
    public static final String OTHER_UNIT_OFFICER = "canbo.syt";
    public static final String OTHER_UNIT_HEAD = "thutruong.syt";
    /** Khối Nội chính, this year's block of Sở Tư pháp, led by Công an tỉnh. */
    public static final String BLOCK = "NC";
    public static final String BLOCK_LEADER_UNIT = "cat";
    /** The head of the block's leading unit (Giám đốc Công an tỉnh), who holds the block leader's role. */
    public static final String BLOCK_LEADER = "thutruong.cat";
    public static final String BLOCK_LEADER_OFFICER = "canbo.cat";
    public static final String THIRD_MEMBER_UNIT = "vksnd";
    /** The council member who supervises the block this year: Sở Y tế's head, whose unit is not in it. */
    public static final String BLOCK_SUPERVISOR = OTHER_UNIT_HEAD;
    public static final String RECEIVER = "tiepnhan";
    public static final String SPECIALIST = "thamdinh";
    public static final String SECOND_SPECIALIST = "thamdinh2";
    public static final String AGENCY_HEAD = "lanhdao.snv";
    public static final String COUNCIL_SECRETARY = "thuky.hd";
    public static final String CHAIRMAN = "chutich";
    public static final String VICE_CHAIRMAN = "phochutich";
    public static final String AUDITOR = "thanhtra";
    /** The TĐKT officer of Văn phòng UBND tỉnh, who keeps the register of outgoing documents. */
    public static final String OFFICE_OFFICER = "canbo.vpubnd";
    /**
     * The council's size: the chairman (chair), the Sở Nội vụ's head (standing vice-chair), the heads of Sở Tư pháp and
     * Sở Y tế and the members {@code thanhvien.hd01…hd11}, in the term {@value #TERM}.
     */
    public static final int COUNCIL_SIZE = 15;
    public static final String TERM = "2021-2026";

    private static final String[] COUNCIL_NAMES = {"Nguyễn Văn An", "Trần Thị Bích", "Lê Hoàng Cường", "Phạm Thị Dung",
        "Hoàng Văn Đức", "Phan Thị Giang", "Võ Minh Hải", "Đặng Thị Hạnh", "Bùi Quốc Hùng", "Đỗ Thị Hương",
        "Hồ Văn Khang"};

    private record Office(String code, String name, String type) { }

    private record Person(String id, String familyAndMiddle, String given, String unit, List<Role> roles) { }

    private static final List<Office> OFFICES = List.of(
            new Office(STANDING_AGENCY, "Sở Nội vụ", "SO_NGANH"),
            new Office("vpubnd", "Văn phòng Ủy ban nhân dân tỉnh", "SO_NGANH"),
            new Office("ttt", "Thanh tra tỉnh", "SO_NGANH"),
            new Office(UNIT, "Sở Tư pháp", "SO_NGANH"),
            new Office(OTHER_UNIT, "Sở Y tế", "SO_NGANH"),
            new Office(BLOCK_LEADER_UNIT, "Công an tỉnh", "CO_QUAN_TRUNG_UONG"),
            new Office(THIRD_MEMBER_UNIT, "Viện Kiểm sát nhân dân tỉnh", "CO_QUAN_TRUNG_UONG"));

    private static final List<Person> PEOPLE = List.of(
            new Person(RECEIVER, "Trần Thị", "Thu", STANDING_AGENCY, List.of(Role.RECEIVER)),
            new Person(SPECIALIST, "Lê Văn", "Minh", STANDING_AGENCY, List.of(Role.SPECIALIST)),
            new Person(SECOND_SPECIALIST, "Phạm Thị", "Hoa", STANDING_AGENCY, List.of(Role.SPECIALIST)),
            new Person(AGENCY_HEAD, "Nguyễn Văn", "Bình", STANDING_AGENCY,
                    List.of(Role.AGENCY_HEAD, Role.COUNCIL_MEMBER)),
            new Person(COUNCIL_SECRETARY, "Võ Thị", "Lan", STANDING_AGENCY, List.of(Role.COUNCIL_SECRETARY)),
            new Person(CHAIRMAN, "Huỳnh Văn", "Quang", "vpubnd", List.of(Role.CHAIRMAN, Role.COUNCIL_MEMBER)),
            new Person(VICE_CHAIRMAN, "Nguyễn Thanh", "Ngọc", "vpubnd", List.of(Role.VICE_CHAIRMAN)),
            new Person(AUDITOR, "Đặng Văn", "Hải", "ttt", List.of(Role.AUDITOR)),
            new Person(OFFICE_OFFICER, "Hồ Thị", "Oanh", "vpubnd", List.of(Role.UNIT_OFFICER)),
            new Person(UNIT_OFFICER, "Bùi Thị", "Mai", UNIT, List.of(Role.UNIT_OFFICER)),
            new Person(UNIT_HEAD, "Trương Văn", "Tuấn", UNIT, List.of(Role.UNIT_HEAD, Role.BLOCK_MEMBER,
                    Role.COUNCIL_MEMBER)),
            new Person(OTHER_UNIT_OFFICER, "Lâm Thị", "Yến", OTHER_UNIT, List.of(Role.UNIT_OFFICER)),
            new Person(OTHER_UNIT_HEAD, "Châu Văn", "Phúc", OTHER_UNIT, List.of(Role.UNIT_HEAD, Role.BLOCK_MEMBER,
                    Role.COUNCIL_MEMBER)),
            new Person("thutruong.vpubnd", "Lê Minh", "Trí", "vpubnd", List.of(Role.UNIT_HEAD, Role.BLOCK_MEMBER)),
            new Person(BLOCK_LEADER_OFFICER, "Ngô Thị", "Kim", BLOCK_LEADER_UNIT, List.of(Role.UNIT_OFFICER)),
            new Person(BLOCK_LEADER, "Dương Văn", "Sơn", BLOCK_LEADER_UNIT, List.of(Role.UNIT_HEAD, Role.BLOCK_MEMBER,
                    Role.BLOCK_LEADER)),
            new Person("canbo.vksnd", "Tạ Thị", "Lụa", THIRD_MEMBER_UNIT, List.of(Role.UNIT_OFFICER)),
            new Person("thutruong.vksnd", "Mai Văn", "Lộc", THIRD_MEMBER_UNIT, List.of(Role.UNIT_HEAD,
                    Role.BLOCK_MEMBER)));

    private final UnitService unitService;
    private final UnitRepository units;
    private final IdentityService identity;
    private final UnitGroups unitGroups;
    private final UserProfileRepository profiles;
    private final CouncilRepository council;
    private final BlockService blockService;
    private final BlockRepository blocks;
    private final BlockSupervisors supervisors;
    private final Today today;
    private final JdbcClient jdbc;

    public TestProvince(UnitService unitService, UnitRepository units, IdentityService identity, UnitGroups unitGroups,
                        UserProfileRepository profiles, CouncilRepository council, BlockService blockService,
                        BlockRepository blocks, BlockSupervisors supervisors, Today today, JdbcClient jdbc) {
        this.unitService = unitService;
        this.units = units;
        this.identity = identity;
        this.unitGroups = unitGroups;
        this.profiles = profiles;
        this.council = council;
        this.blockService = blockService;
        this.blocks = blocks;
        this.supervisors = supervisors;
        this.today = today;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Office office : OFFICES) {
            if (!units.exists(office.code())) {
                unitService.create(new UnitRequests.Create(office.code(), office.name(), office.type(),
                        office.code() + "@tayninh.gov.vn", LocalDate.of(2000, 1, 1), null));
            }
        }
        for (Person person : PEOPLE) {
            if (identity.createUserQuery().userId(person.id()).count() == 0) {
                save(person);
            }
        }
        if (identity.createUserQuery().userId(DEPUTY_HEAD).count() == 0) {
            // the role's group only, not the unit's signing group (unit-head.stp): as DemoProvinceSeeder's deputy
            newUser(DEPUTY_HEAD, "Trần Thị Minh", "Thư");
            identity.createMembership(DEPUTY_HEAD, Role.UNIT_HEAD.groupId());
            profiles.assign(DEPUTY_HEAD, units.findByCode(UNIT).orElseThrow().id(), null);
        }
        if (council.allMembers().isEmpty()) {
            appointCouncil();
        }
        if (blocks.findByCode(BLOCK).isEmpty()) {
            formBlock();
        }
    }

    /**
     * This year's emulation cycle of Khối Nội chính ({@code KTD-NC-<year>}), opened by its leader when no test has
     * opened it yet (the demo opens it on its own): for the tests that need a cycle under way without walking it.
     * Returns its business key.
     */
    public String blockCycleOpened(RuntimeService runtime) {
        int year = today.year();
        String key = "KTD-" + BLOCK + "-" + year;
        if (runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count() == 0
                && !blockCycleExists(year)) {
            TestUsers.as(identity, BLOCK_LEADER, () -> runtime.startProcessInstanceByKey("block-emulation-cycle",
                    Map.of("blockCode", BLOCK, "emulationYear", year)));
        }
        return key;
    }

    private boolean blockCycleExists(int year) {
        return blocks.findByCode(BLOCK).map(b -> jdbc.sql(
                        "SELECT COUNT(*) FROM block_cycle WHERE block_id = ? AND emulation_year = ?")
                .params(b.id(), year).query(Long.class).single() > 0).orElse(false);
    }

    /** Khối Nội chính for this year, its officers and its supervising council member (after the council's term). */
    private void formBlock() {
        int year = today.year();
        blockService.create(new BlockRequests.Create(BLOCK, "Khối Nội chính",
                "Các cơ quan nội chính, tư pháp, quốc phòng, an ninh"));
        blockService.replaceMembers(BLOCK, year, new BlockRequests.Members(List.of(UNIT, BLOCK_LEADER_UNIT,
                THIRD_MEMBER_UNIT)));
        blockService.replaceOfficers(BLOCK, year, new BlockRequests.Officers(BLOCK_LEADER_UNIT, UNIT));
        supervisors.assign(BLOCK, year, BLOCK_SUPERVISOR, LocalDate.of(2021, 1, 1),
                LocalDate.of(Math.max(2026, year), 12, 31), COUNCIL_SECRETARY);
    }

    /** The council's term with its {@value #COUNCIL_SIZE} members, the members who are nobody else made first. */
    private void appointCouncil() {
        List<CouncilRepository.Member> members = new ArrayList<>();
        members.add(member(CHAIRMAN, "Chủ tịch Ủy ban nhân dân tỉnh", "CHAIR", members.size() + 1));
        members.add(member(AGENCY_HEAD, "Giám đốc Sở Nội vụ, Phó Chủ tịch Thường trực Hội đồng", "VICE_CHAIR",
                members.size() + 1));
        members.add(member(UNIT_HEAD, "Giám đốc Sở Tư pháp", "MEMBER", members.size() + 1));
        members.add(member(OTHER_UNIT_HEAD, "Giám đốc Sở Y tế", "MEMBER", members.size() + 1));
        for (int i = 0; i < COUNCIL_NAMES.length; i++) {
            String id = String.format("thanhvien.hd%02d", i + 1);
            if (identity.createUserQuery().userId(id).count() == 0) {
                String name = COUNCIL_NAMES[i];
                int split = name.lastIndexOf(' ');
                save(new Person(id, name.substring(0, split), name.substring(split + 1), STANDING_AGENCY,
                        List.of(Role.COUNCIL_MEMBER)));
            }
            members.add(member(id, "Ủy viên Hội đồng Thi đua - Khen thưởng tỉnh", "MEMBER", members.size() + 1));
        }
        council.replaceTerm(TERM, LocalDate.of(2021, 7, 1), null, members);
    }

    private CouncilRepository.Member member(String userId, String position, String role, int seq) {
        User u = identity.createUserQuery().userId(userId).singleResult();
        return new CouncilRepository.Member(TERM, null, null, userId, (u.getFirstName() + " " + u.getLastName()).trim(),
                position, role, seq);
    }

    private User newUser(String id, String familyAndMiddle, String given) {
        User user = identity.newUser(id);
        user.setFirstName(familyAndMiddle);
        user.setLastName(given);
        user.setEmail(id + "@tayninh.gov.vn");
        user.setPassword(TestUsers.PASSWORD);
        identity.saveUser(user);
        return user;
    }

    private void save(Person person) {
        newUser(person.id(), person.familyAndMiddle(), person.given());
        for (Role role : person.roles()) {
            unitGroups.addMember(person.id(), role, person.unit());
        }
        profiles.assign(person.id(), units.findByCode(person.unit()).orElseThrow().id(), null);
    }
}
