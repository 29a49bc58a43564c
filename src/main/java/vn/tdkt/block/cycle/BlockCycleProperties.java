package vn.tdkt.block.cycle;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Dates and rules of the block cycle that the province sets: the day of the mid-year review (sơ kết 6 tháng) and
 * of year-end scoring (MM-dd of the emulation year), and how next year's leader and deputy are chosen
 * ({@code NEXT_IN_ORDER}: the member after this year's leader in code order leads, the one after it deputises).
 */
@ConfigurationProperties(prefix = "tdkt.block")
public record BlockCycleProperties(String midYearReview, String yearEndScoring, String rotation) {

    public BlockCycleProperties {
        midYearReview = midYearReview == null ? "07-01" : midYearReview;
        yearEndScoring = yearEndScoring == null ? "11-15" : yearEndScoring;
        rotation = rotation == null ? "NEXT_IN_ORDER" : rotation;
    }
}
