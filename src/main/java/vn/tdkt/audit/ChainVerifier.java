package vn.tdkt.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads the chain in sequence order over plain JDBC and recomputes every hash; names the first broken link.
 * Plain JDBC on purpose: the same check runs inside the application (endpoint) and from the command line
 * without the engine ({@link VerifyAuditChainCommand}).
 */
public final class ChainVerifier {

    private static final String SELECT = """
            SELECT seq, occurred_at, recorded_at, kind, process_instance_id, root_process_instance_id, business_key,
                   actor, subject, payload, hash
            FROM audit_event ORDER BY seq""";

    private ChainVerifier() {
    }

    public static ChainVerification verify(Connection connection) throws SQLException {
        long expected = 1;
        String previous = ChainHasher.GENESIS;
        try (PreparedStatement statement = connection.prepareStatement(SELECT)) {
            statement.setFetchSize(1000);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    // the previous hash is the one the row before holds (it is not stored twice)
                    ChainLink link = new ChainLink(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                            rs.getString(10), previous, ChainHasher.read(rs.getObject(11)));
                    if (link.seq() != expected) {
                        return ChainVerification.broken(expected - 1, previous, expected, "MISSING",
                                "bản ghi số " + expected + (link.seq() - expected > 1 ? " đến " + (link.seq() - 1) : "")
                                        + " không còn trong chuỗi (đã bị xóa).");
                    }
                    if (!ChainHasher.hash(link).equals(link.hash())) {
                        return ChainVerification.broken(expected - 1, previous, link.seq(), "ALTERED",
                                "nội dung bản ghi số " + link.seq() + " (" + link.kind() + ", "
                                        + (link.businessKey() == null ? "" : link.businessKey() + ", ")
                                        + "hash lưu " + link.hash().substring(0, 12) + "…) đã bị sửa"
                                        + (link.seq() > 1 ? ", hoặc bản ghi số " + (link.seq() - 1)
                                           + " trước nó đã bị viết lại với hash mới" : "")
                                        + ": hash tính lại không khớp.");
                    }
                    previous = link.hash();
                    expected++;
                }
            }
        }
        long count = expected - 1;
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1");
             ResultSet rs = statement.executeQuery()) {
            if (!rs.next()) {
                return ChainVerification.broken(count, previous, count + 1, "HEAD_MISMATCH",
                        "không tìm thấy bản ghi đầu chuỗi (audit_chain_head).");
            }
            long headSeq = rs.getLong(1);
            String headHash = trim(rs.getString(2));
            if (headSeq != count || !headHash.equals(previous)) {
                return ChainVerification.broken(count, previous, Math.min(headSeq, count) + 1, "HEAD_MISMATCH",
                        headSeq > count
                                ? "các bản ghi số " + (count + 1) + " đến " + headSeq + " ở cuối chuỗi đã bị xóa."
                                : "đầu chuỗi ghi bản ghi cuối là số " + headSeq + " nhưng chuỗi có " + count
                                  + " bản ghi hoặc hash cuối không khớp.");
            }
        }
        return ChainVerification.ok(count, previous);
    }

    private static String trim(String hash) {
        return hash == null ? "" : hash.strip();
    }
}
