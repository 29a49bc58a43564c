package vn.tdkt.exemplar;

/**
 * Port: who looks after a model example — the group that vets it and the group that approves its publication (and may
 * withdraw it). An example of a movement is the business of the movement's standing unit; a package above this one
 * implements the port as a bean for that. Without such a bean {@link ExampleStewardship} answers with the Sở Nội vụ's
 * groups of the configuration ({@link ExemplarProperties}).
 */
public interface ExampleStewards {

    /** The Camunda group that vets the example; {@code movementId} may be null. */
    String vettingGroup(Long movementId);

    /** The Camunda group that approves publishing and may withdraw the example; {@code movementId} may be null. */
    String publishingApprovalGroup(Long movementId);
}
