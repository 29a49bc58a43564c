package vn.tdkt.ballot;

import java.util.List;

/** The totals of a ballot: per candidate, and how many of the eligible voters have voted (in writing or not). */
public record Tally(String sessionId, int eligibleVoters, int votesCast, int writtenVotes, List<CandidateTotal> candidates) {

    public record CandidateTotal(String code, String name, int agree, int disagree, int blank) { }
}
