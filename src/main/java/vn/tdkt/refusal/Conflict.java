package vn.tdkt.refusal;

/**
 * Marks an engine refusal that is a conflict with the current state: /engine-rest answers it with 409
 * (EngineRestConflictMapping in the web package).
 */
public interface Conflict {
}
