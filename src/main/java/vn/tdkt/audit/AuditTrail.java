package vn.tdkt.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * The one way into the audit chain. Records made inside a transaction are kept until that transaction is about
 * to commit and written then, unsealed and in the same transaction ({@link ChainWriter}, no lock): a rolled-back
 * step leaves no trace, a committed one always does. Right after the commit the node's sealer seals them into the
 * chain ({@link AuditSealing}) while the step returns: no writing transaction waits for the chain. Outside a
 * transaction a record is written and sealed at once in its own.
 */
@Component
public class AuditTrail {

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);
    private static final Object PENDING_KEY = new Object();

    private final ChainWriter writer;
    private final AuditSealing sealing;
    private final TransactionTemplate ownTransaction;

    AuditTrail(ChainWriter writer, AuditSealing sealing, PlatformTransactionManager transactions) {
        this.writer = writer;
        this.sealing = sealing;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public void record(AuditRecord record) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            ownTransaction.executeWithoutResult(status -> writer.stage(List.of(record)));
            sealing.sealWaiting();
            return;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(PENDING_KEY);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(PENDING_KEY, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        TaskCreationFold.add(pending.records, record);
    }

    private final class Pending implements TransactionSynchronization {
        private final List<AuditRecord> records = new ArrayList<>();
        private boolean written;

        @Override
        public int getOrder() {
            // after the other before-commit work of the transaction, which may still record
            return LOWEST_PRECEDENCE;
        }

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResource(PENDING_KEY);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(PENDING_KEY, this);
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            if (records.isEmpty()) {
                return;
            }
            if (readOnly) {
                log.warn("{} audit records made in a read-only transaction are sealed in their own", records.size());
                ownTransaction.executeWithoutResult(status -> writer.stage(records));
                sealing.sealWaiting();
            } else {
                writer.stage(records);
                written = true;
            }
            records.clear();
        }

        @Override
        public void afterCommit() {
            if (written) {
                written = false;
                sealing.sealAfterCommit();
            }
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(PENDING_KEY);
        }
    }
}
