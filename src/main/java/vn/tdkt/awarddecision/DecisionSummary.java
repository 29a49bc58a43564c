package vn.tdkt.awarddecision;

import java.time.LocalDate;

/** A line of the register's list: the decision without its awardees, with their number; signed once its signed
 * original is recorded. */
public record DecisionSummary(long id, String number, int issuingYear, LocalDate signedOn, String signerName,
                              String subject, String awardTypeCode, String awardTypeName, int awardYear,
                              String commendationKind, String businessKey, String ownerUnitCode, int awardeeCount,
                              boolean signed) {
}
