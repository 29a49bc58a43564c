package vn.tdkt.block.supervision;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.identity.CurrentUser;
import vn.tdkt.identity.Role;
import vn.tdkt.refusal.Refusal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The council's assignment of its members to the blocks (pages/phan-cong-khoi.html): everyone on the council and
 * the standing agency reads it; only the council secretary changes it. A member reads the blocks he supervises.
 */
@RestController
public class BlockSupervisionController {

    private final BlockSupervisors supervisors;
    private final Clock clock;

    public BlockSupervisionController(BlockSupervisors supervisors, Clock clock) {
        this.supervisors = supervisors;
        this.clock = clock;
    }

    /** The secretary's change: the member's user id and his term on the council (ISO dates). */
    public record AssignRequest(String userId, String termFrom, String termTo) { }

    @GetMapping("/api/block-supervision")
    public List<BlockSupervisors.Assignment> ofYear(@RequestParam(required = false) Integer year,
                                                    Authentication authentication) {
        readers(authentication);
        return supervisors.ofYear(year == null ? LocalDate.now(clock).getYear() : year);
    }

    private static void readers(Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        if (!(user.has(Role.COUNCIL_SECRETARY) || user.has(Role.COUNCIL_MEMBER) || user.has(Role.AGENCY_HEAD)
                || user.has(Role.CHAIRMAN) || user.has(Role.AUDITOR) || user.has(Role.ADMIN))) {
            throw Refusal.forbidden("FORBIDDEN", "Chỉ Hội đồng Thi đua - Khen thưởng tỉnh và cơ quan thường trực được xem"
                    + " phân công thành viên Hội đồng phụ trách khối.");
        }
    }

    /** The council's members the secretary may assign (group council-member), with their names. */
    @GetMapping("/api/block-supervision/council-members")
    public List<BlockSupervisors.Member> councilMembers(Authentication authentication) {
        readers(authentication);
        return supervisors.councilMembers();
    }

    @GetMapping("/api/block-supervision/mine")
    public List<BlockSupervisors.Assignment> mine(@RequestParam(required = false) Integer year,
                                                  Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        return supervisors.supervisedBy(user.userId(), year == null ? LocalDate.now(clock).getYear() : year);
    }

    @PutMapping("/api/block-supervision/{blockCode}/{year}")
    public BlockSupervisors.Assignment assign(@PathVariable String blockCode, @PathVariable int year,
                                              @RequestBody AssignRequest request, Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        if (!user.has(Role.COUNCIL_SECRETARY)) {
            throw Refusal.forbidden("FORBIDDEN", "Chỉ Thư ký Hội đồng Thi đua - Khen thưởng tỉnh được phân công thành"
                    + " viên Hội đồng phụ trách khối thi đua.");
        }
        if (request == null) {
            throw Refusal.invalid("BODY_MISSING", "Chưa gửi nội dung phân công.");
        }
        return supervisors.assign(blockCode, year, request.userId(), day(request.termFrom(), "từ ngày"),
                day(request.termTo(), "đến ngày"), user.userId());
    }

    private static LocalDate day(String value, String label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Refusal.invalid("DATE_INVALID", "Nhiệm kỳ " + label + " '" + value + "' không phải một ngày (năm-tháng-ngày).");
        }
    }
}
