package vn.tdkt.revocation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

import static vn.tdkt.revocation.RevocationVariables.*;

/**
 * Reads what the revocation-authority table (D16) concluded for the awards' deciding level and records it: who signs
 * the annulment (the gateway routes by the table's answer), its legal basis and flag for the forms, the stored
 * "above the province" for the centre; a unit head's request naming several units is refused.
 */
@Component("recordRevocationAuthorityListener")
public class RecordRevocationAuthorityListener implements ExecutionListener {

    private final RevocationService service;

    public RecordRevocationAuthorityListener(RevocationService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Object rule = execution.getVariable(AUTHORITY_RULE);
        Map<?, ?> row = rule instanceof Map<?, ?> m ? m : Map.of();
        Authority authority = Authority.of(row.get("authority"));
        Object units = execution.getVariable(RECOVERY_UNITS);
        List<String> unitCodes = units instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
        String text = service.authority(RevocationActors.revocationId(execution), authority,
                String.valueOf(row.get("legalBasis")), Boolean.TRUE.equals(row.get("confirmed")), unitCodes,
                String.valueOf(execution.getVariable(DECIDING_LEVEL)));
        execution.setVariable(AUTHORITY_TEXT, text);
        execution.setVariable(ABOVE_PROVINCE, authority == Authority.CENTRAL);
    }
}
