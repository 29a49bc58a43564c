package vn.tdkt.identity;

/**
 * Told by the engine's identity provider whenever a user, a password, a group, a membership or a tenant changes,
 * whichever door the change came through (Camunda Admin, /engine-rest, the Java API): once when the change is made
 * and once more when its transaction commits. Implemented by the security package's credential cache, which must
 * stop trusting what it remembered about the users concerned.
 */
public interface IdentityChanges {

    /** Something about this user changed (password, profile, memberships, deletion). */
    void userChanged(String userId);

    /** A change that may concern any user (a group or tenant deleted, a group's tenant membership). */
    void everyoneChanged();

    /** Nobody remembers anything (an engine built without the application). */
    IdentityChanges NONE = new IdentityChanges() {
        @Override
        public void userChanged(String userId) { }

        @Override
        public void everyoneChanged() { }
    };
}
