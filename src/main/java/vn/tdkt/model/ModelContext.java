package vn.tdkt.model;

import vn.tdkt.identity.Role;

/**
 * What {@link ModelChecker} may look up beyond the resources deployed together: definitions already
 * deployed (for references with binding {@code latest} or {@code version}) and the Camunda groups that
 * candidate groups name.
 */
public interface ModelContext {

    /** The kinds of definition a model can reference. */
    enum Kind { FORM, DECISION, PROCESS }

    /**
     * Whether a definition of this kind and key is already deployed.
     *
     * @param version a definition version, or null for any (the latest)
     */
    boolean deployed(Kind kind, String key, Integer version);

    /** Whether a Camunda group with this id exists. */
    boolean groupExists(String groupId);

    /**
     * No engine at hand (the build-time check of processes/ and forms/): nothing is deployed yet and the known
     * groups are the roles' groups, which {@code IdentityBootstrap} creates at every start.
     */
    static ModelContext standalone() {
        return new ModelContext() {
            @Override
            public boolean deployed(Kind kind, String key, Integer version) {
                return false;
            }

            @Override
            public boolean groupExists(String groupId) {
                return Role.ofGroupId(groupId).isPresent();
            }
        };
    }
}
