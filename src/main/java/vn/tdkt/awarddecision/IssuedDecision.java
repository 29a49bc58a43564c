package vn.tdkt.awarddecision;

import java.time.LocalDate;

/** A decision just entered in the register: its id, its number ("123/QĐ-UBND") and the day it was signed. */
public record IssuedDecision(long id, String number, LocalDate signedOn) {
}
