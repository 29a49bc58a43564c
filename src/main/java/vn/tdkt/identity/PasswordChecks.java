package vn.tdkt.identity;

/**
 * What the engine asks before and tells after every password check ({@code IdentityService.checkPassword}: HTTP
 * Basic, the webapps' login, the REST API's identity/verify, a password change), so that guessing is throttled
 * whichever way it comes. Implemented by the login throttle of the security package.
 */
public interface PasswordChecks {

    /** False while attempts for the account from the current source are held back: the check then fails. */
    boolean mayTry(String userId);

    /** A wrong password (or an unknown account) was given. */
    void failed(String userId);

    /** The right password was given. */
    void succeeded(String userId);

    /** An administrator lifted the account's lock (Camunda Admin's "unlock", or the API). */
    void unlocked(String userId);

    /** No throttling: every check is made (for an engine built without the application). */
    PasswordChecks NONE = new PasswordChecks() {
        @Override
        public boolean mayTry(String userId) {
            return true;
        }

        @Override
        public void failed(String userId) { }

        @Override
        public void succeeded(String userId) { }

        @Override
        public void unlocked(String userId) { }
    };
}
