package vn.tdkt.delegation;

import vn.tdkt.ballot.SecretBallotHistoryFilter;

import java.util.Collection;
import java.util.Set;

/**
 * User tasks that never go to a substitute, decided when a model is parsed:
 * <ol>
 *   <li>every task that carries a secret ballot — an input/output parameter whose name starts with
 *   {@value SecretBallotHistoryFilter#PREFIX}, the convention the ballot box and its history filter already rely on
 *   (the council's {@code Task_Vote} and {@code Task_WrittenBallot}, the block's {@code Task_Vote}): a member's vote is
 *   personal, and written ballots are the secretary's own duty;</li>
 *   <li>the tasks listed in {@code tdkt.leave.never-delegated} as {@code processKey:taskId}.</li>
 * </ol>
 */
public final class NeverDelegated {

    private NeverDelegated() { }

    public static boolean excluded(String processKey, String taskId, Collection<String> ioParameterNames,
                                   Set<String> configured) {
        if (ioParameterNames.stream().anyMatch(n -> n != null && n.startsWith(SecretBallotHistoryFilter.PREFIX))) {
            return true;
        }
        return configured.contains(processKey + ":" + taskId);
    }
}
