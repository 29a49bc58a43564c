package vn.tdkt.proposal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * What the public page shows of the proposals now under public consultation: only what the law has published
 * (who is proposed, for which award, by which unit, the summary of achievements, until when comments are taken),
 * never the dossier's files, the votes or anyone's contact.
 */
@Service
public class PublicConsultations {

    private final Clock clock;

    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ProposalRepository proposals;
    private final JdbcClient jdbc;

    public PublicConsultations(ProposalRepository proposals, JdbcClient jdbc, Clock clock) {

        this.clock = clock;
        this.proposals = proposals;
        this.jdbc = jdbc;
    }

    public record Nominee(String code, String name, String positionAndUnit) { }

    /** @param endsAtText the closing time as Vietnamese write it, in province time */
    public record Consultation(String businessKey, String awardTypeName, String unitName, int periodYear,
                               String achievementSummary, Instant endsAt, String endsAtText, List<Nominee> nominees) { }

    public List<Consultation> open() {
        Instant now = clock.instant();
        return proposals.list(null, null, ProposalStatus.CONSULTATION.name()).stream()
                .filter(p -> ConsultationComments.isOpen(p, now))
                .map(this::view)
                .toList();
    }

    private Consultation view(ProposalRepository.Proposal p) {
        String award = jdbc.sql("SELECT name FROM award_type WHERE code = ?").param(p.awardTypeCode())
                .query(String.class).optional().orElse(p.awardTypeCode());
        List<Nominee> nominees = proposals.nominees(p.businessKey()).stream()
                .filter(ProposalRepository.Nominee::active)
                .map(n -> new Nominee(n.nomineeCode(), n.displayName(), n.positionAndUnit()))
                .toList();
        return new Consultation(p.businessKey(), award, p.unitName(), p.periodYear(), p.achievementSummary(),
                p.consultationEndsAt(), ProposalTexts.VN_DATE_TIME.format(p.consultationEndsAt().atZone(PROVINCE)),
                nominees);
    }
}
