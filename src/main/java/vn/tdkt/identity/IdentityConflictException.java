package vn.tdkt.identity;

import org.camunda.bpm.engine.BadUserRequestException;
import vn.tdkt.refusal.Conflict;

/**
 * A change of users, groups or memberships that conflicts with what exists: a membership that is already there, the
 * last administrator removed. /engine-rest answers 409 with the Vietnamese message; the webapps' API answers 400.
 */
public class IdentityConflictException extends BadUserRequestException implements Conflict {

    public IdentityConflictException(String message) {
        super(message);
    }
}
