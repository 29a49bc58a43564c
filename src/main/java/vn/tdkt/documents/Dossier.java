package vn.tdkt.documents;

import java.time.LocalDateTime;

/** The dossier of one proposal: which unit owns it, whether uploads are open, and its current round. */
public record Dossier(String businessKey, String ownerUnitCode, boolean openForUpload, int currentRound,
                      String processInstanceId, LocalDateTime createdAt) {
}
