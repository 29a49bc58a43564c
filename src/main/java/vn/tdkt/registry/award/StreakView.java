package vn.tdkt.registry.award;

/** How many years in a row, ending at endingYear, the recipient received the award by merit. */
public record StreakView(String award, int endingYear, int consecutiveYears) {
}
