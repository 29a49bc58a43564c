package vn.tdkt.rules;

/**
 * One legal parameter as the table {@code legal-parameters} gives it for a day: its code, value, what it means,
 * its legal basis and whether that basis is confirmed.
 */
public record LegalParameter(String code, Object value, String label, String legalBasis, boolean confirmed) { }
