package vn.tdkt.demo;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.tdkt.council.CouncilRepository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The demo council's membership (term 2021–2026): the provincial chairman chairs it, the director of the Sở Nội vụ
 * is its standing vice-chair, and the heads of 13 departments and organisations are members — 15 in all. The
 * secretary ({@code thuky.hd}) is not a voting member. Idempotent.
 */
@Component
@Order(25)
@ConditionalOnProperty(name = "tdkt.demo.enabled", havingValue = "true")
public class DemoCouncilSeeder implements ApplicationRunner {

    static final String TERM = "2021-2026";
    static final List<String> MEMBER_UNITS = List.of("stc", "stp", "sgddt", "syt", "sct", "sxd", "snnmt", "skhcn",
            "mttq", "ldld", "tdoan", "hlhpn", "svhttdl");
    private static final Logger log = LoggerFactory.getLogger(DemoCouncilSeeder.class);

    private final CouncilRepository council;
    private final IdentityService identity;
    private final JdbcClient jdbc;

    public DemoCouncilSeeder(CouncilRepository council, IdentityService identity, JdbcClient jdbc) {
        this.council = council;
        this.identity = identity;
        this.jdbc = jdbc;
    }

    /** The title each member unit's head holds, as the council's membership decision names it. */
    static final Map<String, String> HEAD_TITLES = Map.ofEntries(
            Map.entry("stc", "Giám đốc Sở Tài chính"),
            Map.entry("stp", "Giám đốc Sở Tư pháp"),
            Map.entry("sgddt", "Giám đốc Sở Giáo dục và Đào tạo"),
            Map.entry("syt", "Giám đốc Sở Y tế"),
            Map.entry("sct", "Giám đốc Sở Công Thương"),
            Map.entry("sxd", "Giám đốc Sở Xây dựng"),
            Map.entry("snnmt", "Giám đốc Sở Nông nghiệp và Môi trường"),
            Map.entry("skhcn", "Giám đốc Sở Khoa học và Công nghệ"),
            Map.entry("mttq", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
            Map.entry("ldld", "Chủ tịch Liên đoàn Lao động tỉnh"),
            Map.entry("tdoan", "Bí thư Tỉnh Đoàn"),
            Map.entry("hlhpn", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
            Map.entry("svhttdl", "Giám đốc Sở Văn hóa, Thể thao và Du lịch"));

    @Override
    public void run(ApplicationArguments args) {
        if (council.termExists(TERM)) {
            // databases seeded before the members' titles were known carry "Thủ trưởng <unit>": give the real title
            HEAD_TITLES.forEach((unit, title) -> jdbc.sql("""
                            UPDATE council_member SET position_title = ? WHERE term_code = ? AND user_id = ?
                            AND position_title LIKE 'Thủ trưởng %'""").params(title, TERM, "thutruong." + unit).update());
            return;
        }
        List<CouncilRepository.Member> members = new ArrayList<>();
        members.add(member("chutich", "Chủ tịch Ủy ban nhân dân tỉnh", "CHAIR", members.size() + 1));
        members.add(member("lanhdao.snv", "Giám đốc Sở Nội vụ, Phó Chủ tịch Thường trực Hội đồng", "VICE_CHAIR",
                members.size() + 1));
        for (String unit : MEMBER_UNITS) {
            members.add(member("thutruong." + unit, HEAD_TITLES.get(unit), "MEMBER", members.size() + 1));
        }
        council.replaceTerm(TERM, LocalDate.of(2021, 7, 1), null, members);
        log.info("Demo council seeded: term {} with {} members", TERM, members.size());
    }

    private CouncilRepository.Member member(String userId, String position, String role, int seq) {
        User u = identity.createUserQuery().userId(userId).singleResult();
        return new CouncilRepository.Member(TERM, null, null, userId, (u.getFirstName() + " " + u.getLastName()).trim(),
                position, role, seq);
    }
}
