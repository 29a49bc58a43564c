package vn.tdkt.registration;

/** What a unit registers for a year; values exactly as submitted (they may be missing or of a wrong type). */
public record RegistrationRequest(Object emulationYear, Object collectiveTitle, Object ldttCount,
                                  Object cstdcsCount, Object commitment) { }
