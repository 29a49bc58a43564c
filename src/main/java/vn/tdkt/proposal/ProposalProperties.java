package vn.tdkt.proposal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The province's own limits on proposals (prefix {@code tdkt.proposal}), none of them set by law:
 * {@code achievement-years-back} — how many years back an achievement may still be proposed (default 5; the domain
 * brief gives no legal limit, so this is the province's practice, to be set by its TĐKT rules).
 */
@ConfigurationProperties(prefix = "tdkt.proposal")
public record ProposalProperties(Integer achievementYearsBack) {

    public static final int DEFAULT_ACHIEVEMENT_YEARS_BACK = 5;

    public ProposalProperties {
        if (achievementYearsBack == null) {
            achievementYearsBack = DEFAULT_ACHIEVEMENT_YEARS_BACK;
        } else if (achievementYearsBack < 0) {
            throw new IllegalArgumentException("tdkt.proposal.achievement-years-back must not be negative");
        }
    }
}
