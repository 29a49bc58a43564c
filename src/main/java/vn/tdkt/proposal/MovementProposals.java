package vn.tdkt.proposal;

/**
 * An emulation movement's final review (tổng kết) deciding to propose a unit for an award, as the proposal process
 * needs it: a port, implemented by the movement package (which starts those proposals), so the proposal package does
 * not depend on it.
 */
public interface MovementProposals {

    /** The movement's decision to propose this unit for this award, not yet turned into a proposal. */
    boolean pendingProposal(long movementId, String unitCode, String awardType);
}
