package vn.tdkt.proposal;

/**
 * The block cycle's decisions to propose a unit for an award, as the proposal process needs them: a port, implemented
 * by the block package (which starts those proposals), so the proposal package does not depend on it.
 */
public interface PendingBlockProposals {

    /** The block's decision to propose this unit for this award, not yet turned into a proposal. */
    boolean pendingProposal(String cycleKey, String unitCode, String awardType);
}
