package vn.tdkt.demo.simulation;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tdkt.demo.DemoProvinceSeeder;
import vn.tdkt.identity.Role;
import vn.tdkt.identity.UnitGroups;
import vn.tdkt.identity.UserProfileRepository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Builds the synthetic part of a simulated province: blocks, units (each with its TĐKT officer and its head, named
 * as Vietnamese people are), the block memberships and officers of the year, and one person per proposal with the
 * award history that makes the proposal end as planned. The province's standing agency, council and chairman are
 * the demo province's (Sở Nội vụ, Hội đồng TĐKT tỉnh): the simulation runs after the demo seeders.
 */
@Component
public class SyntheticProvince {

    static final String[] PLACES = {"Tân Ninh", "Hòa Thành", "Gò Dầu", "Trảng Bàng", "Bến Cầu", "Châu Thành",
            "Dương Minh Châu", "Tân Biên", "Tân Châu", "Long Hoa", "Tân An", "Bến Lức", "Đức Hòa", "Cần Giuộc",
            "Cần Đước", "Thủ Thừa", "Mộc Hóa", "Kiến Tường", "Đức Huệ", "Thạnh Hóa", "Tân Thạnh", "Vĩnh Hưng",
            "Tân Hưng", "Tầm Vu", "Rạch Kiến", "Phước Vĩnh Tây", "Lộc Hưng", "Ninh Điền", "Hảo Đước", "Thạnh Đức"};
    static final String[] UNIT_KINDS = {"Ủy ban nhân dân xã %s", "Trường Trung học phổ thông %s",
            "Trung tâm Y tế khu vực %s", "Phòng Văn hóa - Xã hội xã %s", "Trường Tiểu học %s",
            "Ban Quản lý dự án khu vực %s"};
    static final String[] BLOCK_THEMES = {"các xã, phường", "giáo dục", "y tế", "văn hóa - xã hội", "kinh tế",
            "nội chính", "đoàn thể", "sự nghiệp"};

    /** A synthetic unit: its code, name, block and its place in the block's seeded ranking (0 leads). */
    public record Unit(String code, String name, long id, String blockCode, int seededRank) { }

    /** A synthetic block and its members in the order of their seeded strength (the expected ranking). */
    public record Block(String code, String name, List<Unit> membersByRank) {
        public Unit leader() {
            return membersByRank.stream().min((a, b) -> a.code().compareTo(b.code())).orElseThrow();
        }
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final IdentityService identity;
    private final UnitGroups unitGroups;
    private final UserProfileRepository profiles;
    private final String password;

    public SyntheticProvince(JdbcClient jdbc, TransactionTemplate tx, IdentityService identity, UnitGroups unitGroups,
                             UserProfileRepository profiles, @Value("${tdkt.demo.default-password:demo}") String password) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.identity = identity;
        this.unitGroups = unitGroups;
        this.profiles = profiles;
        this.password = password;
    }

    /**
     * Blocks and units under a run's tag (codes {@code <tag>k01}, {@code <tag>k01d001}), members of their block for
     * {@code year} and {@code year + 1}, the first unit by code its leader; every unit gets {@code canbo.<code>} and
     * {@code thutruong.<code>}.
     */
    public List<Block> build(String tag, SimulationOptions o, int year, Random random, Runnable progress) {
        List<List<Unit>> byBlock = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        for (int b = 0; b < o.blocks(); b++) {
            String code = (tag + "k" + String.format("%02d", b + 1)).toUpperCase(Locale.ROOT);
            String name = "Khối thi đua số " + (b + 1) + " – " + BLOCK_THEMES[b % BLOCK_THEMES.length] + " (mô phỏng " + tag + ")";
            jdbc.sql("INSERT INTO emulation_block (code, name, description) VALUES (?, ?, ?)")
                    .params(code, name, "Khối thi đua của tỉnh mô phỏng, dữ liệu tổng hợp").update();
            byBlock.add(new ArrayList<>());
            blocks.add(new Block(code, name, byBlock.get(b)));
        }
        for (int u = 0; u < o.units(); u++) {
            int b = u % o.blocks();
            String code = tag + "k" + String.format("%02d", b + 1) + "d" + String.format("%03d", u / o.blocks() + 1);
            String place = PLACES[(u / UNIT_KINDS.length) % PLACES.length];
            String name = String.format(UNIT_KINDS[u % UNIT_KINDS.length], place)
                    + (u >= UNIT_KINDS.length * PLACES.length ? " " + (u / (UNIT_KINDS.length * PLACES.length) + 1) : "");
            jdbc.sql("INSERT INTO org_unit (code, name, unit_type, email, valid_from) VALUES (?, ?, 'DON_VI_SU_NGHIEP', ?, ?)")
                    .params(code, name, code + "@mophong.tayninh.gov.vn", LocalDate.of(2008, 1, 1)).update();
            long id = jdbc.sql("SELECT id FROM org_unit WHERE code = ?").param(code).query(Long.class).single();
            byBlock.get(b).add(new Unit(code, name, id, blocks.get(b).code(), -1));
        }
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            long blockId = jdbc.sql("SELECT id FROM emulation_block WHERE code = ?").param(block.code()).query(Long.class).single();
            List<Unit> members = byBlock.get(b);
            // the seeded strength: a random order, which the block's ranking must reproduce
            List<Unit> ranked = new ArrayList<>(members);
            Collections.shuffle(ranked, random);
            members.clear();
            for (int r = 0; r < ranked.size(); r++) {
                Unit unit = ranked.get(r);
                members.add(new Unit(unit.code(), unit.name(), unit.id(), unit.blockCode(), r));
            }
            Unit leader = block.leader();
            Unit deputy = members.stream().filter(m -> !m.equals(leader)).min((x, y) -> x.code().compareTo(y.code())).orElseThrow();
            for (int y = year; y <= year + 1; y++) {
                for (Unit m : members) {
                    jdbc.sql("INSERT INTO block_membership (block_id, unit_id, emulation_year) VALUES (?, ?, ?)")
                            .params(blockId, m.id(), y).update();
                }
                jdbc.sql("INSERT INTO block_officer (block_id, emulation_year, leader_unit_id, deputy_unit_id) VALUES (?, ?, ?, ?)")
                        .params(blockId, y, leader.id(), deputy.id()).update();
            }
        }
        for (Block block : blocks) {
            for (Unit m : block.membersByRank()) {
                tx.executeWithoutResult(s -> {
                    unitGroups.ensureGroupsOf(m.code(), m.name());
                    user("canbo." + m.code(), DemoProvinceSeeder.personName(random, random.nextBoolean()), m, List.of(Role.UNIT_OFFICER));
                    List<Role> headRoles = new ArrayList<>(List.of(Role.UNIT_HEAD, Role.BLOCK_MEMBER));
                    if (m.equals(block.leader())) {
                        headRoles.add(Role.BLOCK_LEADER);
                    }
                    user("thutruong." + m.code(), DemoProvinceSeeder.personName(random, random.nextBoolean()), m, headRoles);
                });
                progress.run();
            }
        }
        return blocks;
    }

    private void user(String userId, String fullName, Unit unit, List<Role> roles) {
        User user = identity.newUser(userId);
        int split = fullName.lastIndexOf(' ');
        user.setFirstName(fullName.substring(0, split));
        user.setLastName(fullName.substring(split + 1));
        user.setEmail(userId + "@mophong.tayninh.gov.vn");
        user.setPassword(password);
        identity.saveUser(user);
        for (Role role : roles) {
            unitGroups.addMember(userId, role, unit.code());
        }
        profiles.assign(userId, unit.id(), null);
    }

    /** A nominee to be written: a person of the unit whose history will make the plan come true. */
    public record Nominee(String code, Unit unit, String fullName, boolean male, ProposalPlan plan) { }

    /** Writes the nominees in one transaction (one commit for many rows, as a bulk import does). */
    public void nominees(List<Nominee> nominees, int periodYear) {
        tx.executeWithoutResult(s -> nominees.forEach(n -> nominee(n.code(), n.unit(), n.fullName(), n.male(), n.plan(),
                periodYear)));
    }

    /**
     * A nominee whose history makes the proposal's plan come true: two consecutive CSTĐCS for a Bằng khen, three
     * and a provincial initiative for CSTĐ cấp tỉnh, nothing (a "good" rating only) for one who is not eligible.
     */
    private String nominee(String code, Unit unit, String fullName, boolean male, ProposalPlan plan, int periodYear) {
        jdbc.sql("INSERT INTO person (code, full_name, gender, job_title, unit_id, active) VALUES (?, ?, ?, 'Chuyên viên', ?, TRUE)")
                .params(code, fullName, male ? "NAM" : "NU", unit.id()).update();
        long personId = jdbc.sql("SELECT id FROM person WHERE code = ?").param(code).query(Long.class).single();
        int streak = switch (plan) {
            case NOT_ELIGIBLE -> 0;
            case COUNCIL_PASSED, COUNCIL_NOT_PASSED -> 3;
            default -> 2;
        };
        for (int y = periodYear - streak + 1; y <= periodYear; y++) {
            for (String award : List.of("LDTT", "CSTDCS")) {
                jdbc.sql("""
                                INSERT INTO award_record (award_type_code, person_id, award_year, commendation_kind,
                                    decision_number, decision_date) VALUES (?, ?, ?, 'CONG_TRANG', ?, ?)""")
                        .params(award, personId, y, (10 + y % 90) + "/QĐ-" + unit.code().toUpperCase(Locale.ROOT),
                                LocalDate.of(y, 12, 20)).update();
            }
        }
        for (int y = periodYear - 1; y <= periodYear; y++) {
            jdbc.sql("INSERT INTO annual_assessment (person_id, assessment_year, task_rating, months_worked) VALUES (?, ?, ?, 12)")
                    .params(personId, y, plan == ProposalPlan.NOT_ELIGIBLE ? "TOT" : "XUAT_SAC").update();
        }
        if (streak == 3) {
            jdbc.sql("""
                            INSERT INTO initiative (person_id, title, recognised_year, scope, recognition_decision)
                            VALUES (?, ?, ?, 'TINH', 'Quyết định công nhận sáng kiến cấp tỉnh')""")
                    .params(personId, "Sáng kiến cải tiến quy trình nghiệp vụ năm " + periodYear, periodYear).update();
        }
        return code;
    }
}
