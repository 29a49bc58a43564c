package vn.tdkt.demo.simulation;

import java.util.List;
import java.util.Map;

/** What a simulated province-year did and measured: written as summary.json and drawn in report.html. */
public record SimulationReport(
        String tag, String database, String startedAt, int emulationYear, int periodYear,
        int blocks, int units, int proposals, int sessionSize, long seed, int workers,
        long wallMillis, double proposalsPerSecond, double wallMillisPerProposal,
        long tasksCompleted, long instancesStarted,
        List<Stage> stages, List<ProcessEnd> processes, Map<String, Long> proposalsByPlan,
        Map<String, Long> proposalStatuses, List<String> proposalMismatches, Map<String, Long> awardsByKind,
        List<BlockRanking> rankings, List<SlaStep> sla, long incidents, long jobsLeft,
        long auditRecords, boolean auditIntact, String auditProblem, long pdfs, long pdfBytes,
        long dossierDocuments, long notifications, int councilSessions, long blockCycleProposalsWaiting) {

    /** One stage of the year: wall time, how far the engine's clock moved, instances started and tasks completed. */
    public record Stage(String id, String label, long wallMillis, long engineMillis, long instancesStarted,
                        long tasksCompleted, double tasksPerSecond) { }

    /** How many instances of a process are in a state, ended at an end event (or waiting at an activity). */
    public record ProcessEnd(String processKey, String state, String at, long count) { }

    /** A block's ranking: the seeded order, the order the engine's scoring gave, the first rows. */
    public record BlockRanking(String blockCode, String blockName, List<String> expected, List<String> actual,
                               boolean matches, List<RankRow> top) { }

    public record RankRow(int rank, String unitCode, String unitName, double score) { }

    /** A user task of the year with a due date: how many had one and how many were completed by it. */
    public record SlaStep(String processKey, String taskKey, String taskName, long completed, long met) { }

    /** True when everything ended as its data says: the check the CI test and the exit status rest on. */
    public boolean consistent() {
        return proposalMismatches.isEmpty() && incidents == 0 && jobsLeft == 0 && auditIntact
                && rankings.stream().allMatch(BlockRanking::matches);
    }
}
