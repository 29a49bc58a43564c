package vn.tdkt.workflow;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Rows read once per transaction: a task's listeners, delegates and validators often ask a repository for the same
 * row within one engine command. An owner (a repository) reads through {@link #read} and calls {@link #forget} on
 * every write, so a read after a write in the same transaction sees the write. Outside a transaction nothing is kept.
 */
public final class TransactionReads {

    private TransactionReads() { }

    @SuppressWarnings("unchecked")
    public static <T> T read(Object owner, String key, Supplier<T> reader) {
        Map<String, Object> reads = reads(owner);
        if (reads == null) {
            return reader.get();
        }
        if (reads.containsKey(key)) {
            return (T) reads.get(key);
        }
        T value = reader.get();
        reads.put(key, value);
        return value;
    }

    /** Forgets everything the owner read in this transaction. */
    public static void forget(Object owner) {
        if (TransactionSynchronizationManager.getResource(owner) instanceof Map<?, ?> reads) {
            reads.clear();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> reads(Object owner) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            return null;
        }
        Map<String, Object> reads = (Map<String, Object>) TransactionSynchronizationManager.getResource(owner);
        if (reads == null) {
            Map<String, Object> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(owner, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void suspend() {
                    TransactionSynchronizationManager.unbindResourceIfPossible(owner);
                }

                @Override
                public void resume() {
                    TransactionSynchronizationManager.bindResource(owner, fresh);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(owner);
                }
            });
            reads = fresh;
        }
        return reads;
    }
}
