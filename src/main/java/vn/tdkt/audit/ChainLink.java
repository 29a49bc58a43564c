package vn.tdkt.audit;

/** One sealed record of the chain exactly as stored: the hash covers every other field. */
public record ChainLink(long seq, long occurredAtMillis, long recordedAtMillis, String kind, String processInstanceId,
                        String rootProcessInstanceId, String businessKey, String actor, String subject,
                        String payload, String prevHash, String hash) {
}
