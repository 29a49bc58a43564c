package vn.tdkt.ballot;

import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetTaskPropertyCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import vn.tdkt.workflow.CommandFields;
import vn.tdkt.workflow.InputRejectedException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Nothing of a ballot exists before it is cast: on a secret-ballot task ({@link SecretBallotTasks}) the only way in
 * is completing it, by its own voter, with the ballot and nothing else. Every other door that writes variables —
 * {@code /task/{id}/variables}, {@code /localVariables}, binary {@code …/data}, the execution's local variables,
 * modifications, removals, whatever the client — is refused with 403, so no draft of a ballot is ever stored; so is
 * any variable named like a ballot outside such a task. Nor is a ballot handed to someone else: no assigning,
 * delegating or changing its candidates; a member claims his unit's ballot only for himself. Runs inside every
 * engine command, for every client (REST, Tasklist's own API, Java); the engine's own calls without a signed-in
 * user (delegates, tests) only meet the variable rules.
 */
class SecretBallotTaskGuard extends CommandInterceptor {

    /** What a voting form may submit besides the ballot: the member whose written ballot the secretary enters. */
    private static final Set<String> ALSO_ACCEPTED = Set.of(SecretBallotCaster.WRITTEN_VOTER);

    @Override
    public <T> T execute(Command<T> command) {
        CommandContext ctx = Context.getCommandContext();
        if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
            TaskEntity task = task(ctx, CommandFields.read(command, "taskId"));
            if (task != null && isBallotTask(task)) {
                Object variables = CommandFields.read(command, command instanceof CompleteTaskCmd ? "variables" : "properties");
                checkCompletion(ctx, task, variables instanceof Map<?, ?> m ? m.keySet() : Set.of());
            }
        } else if (command instanceof ClaimTaskCmd) {
            TaskEntity task = task(ctx, CommandFields.read(command, "taskId"));
            if (task != null && isBallotTask(task)) {
                checkClaim(ctx, task, CommandFields.read(command, "userId"));
            }
        } else if (command instanceof AbstractSetTaskPropertyCmd || command instanceof DeleteIdentityLinkCmd
                || command instanceof DelegateTaskCmd) {
            TaskEntity task = task(ctx, CommandFields.read(command, "taskId"));
            if (task != null && isBallotTask(task) && ctx.getAuthentication() != null) {
                throw reassignRefused();
            }
        } else if (command instanceof SaveTaskCmd) {
            Object saved = CommandFields.read(command, "task");
            TaskEntity task = saved instanceof TaskEntity t && t.getId() != null ? task(ctx, t.getId()) : null;
            if (task != null && isBallotTask(task) && ctx.getAuthentication() != null) {
                throw reassignRefused();
            }
        } else if (command instanceof SetTaskVariablesCmd || command instanceof RemoveTaskVariablesCmd
                || command instanceof PatchTaskVariablesCmd) {
            TaskEntity task = task(ctx, CommandFields.read(command, "entityId"));
            if (task != null && isBallotTask(task)) {
                throw refused();
            }
            checkNames(command);
        } else if (command instanceof AbstractSetVariableCmd || command instanceof AbstractRemoveVariableCmd
                || command instanceof AbstractPatchVariablesCmd) {
            Object executionId = CommandFields.read(command, "entityId");
            ExecutionEntity execution = executionId instanceof String id ? ctx.getExecutionManager().findExecutionById(id) : null;
            if (execution != null && SecretBallotTasks.isBallotActivity(execution.getActivity())) {
                throw refused();
            }
            checkNames(command);
        }
        return next.execute(command);
    }

    /** A member claims his unit's ballot for himself, or gives back the one he holds; nobody hands it to another. */
    private static void checkClaim(CommandContext ctx, TaskEntity task, Object userId) {
        Authentication auth = ctx.getAuthentication();
        if (auth == null || auth.getUserId() == null) {
            return;
        }
        boolean selfClaim = auth.getUserId().equals(userId) && isCandidate(task, auth);
        boolean giveBack = userId == null && auth.getUserId().equals(task.getAssignee());
        if (!selfClaim && !giveBack) {
            throw reassignRefused();
        }
    }

    private static TaskEntity task(CommandContext ctx, Object taskId) {
        return taskId instanceof String id ? ctx.getTaskManager().findTaskById(id) : null;
    }

    private static boolean isBallotTask(TaskEntity task) {
        return task.getExecution() != null && SecretBallotTasks.isBallotActivity(task.getExecution().getActivity());
    }

    /** The ballot's own voter — the assignee, or a member of a candidate group — sends the ballot and nothing else. */
    private static void checkCompletion(CommandContext ctx, TaskEntity task, Collection<?> names) {
        Authentication auth = ctx.getAuthentication();
        if (auth == null || auth.getUserId() == null) {
            return; // the engine's own calls (tests, delegates); the caster still requires a signed-in voter
        }
        if (!isOwnTask(task, auth)) {
            throw new InputRejectedException("Chỉ người được giao phiếu bầu này mới bỏ phiếu được; không ai bỏ phiếu"
                    + " thay người khác.", 403);
        }
        List<String> others = new ArrayList<>();
        for (Object name : names) {
            if (!(name instanceof String n) || !(SecretBallotTasks.isBallotVariable(n) || ALSO_ACCEPTED.contains(n))) {
                others.add(String.valueOf(name));
            }
        }
        if (!others.isEmpty()) {
            throw new InputRejectedException("Phiếu bầu kín chỉ nhận phiếu bầu; không ghi thêm dữ liệu nào khác ("
                    + String.join(", ", others) + ").", 400);
        }
    }

    /**
     * The assignee of a ballot assigned by the model (a council member's own paper); for a ballot offered to a
     * group (a block member unit's), a member of that group — who must also hold it, if someone does.
     */
    private static boolean isOwnTask(TaskEntity task, Authentication auth) {
        boolean offeredToGroup = task.getIdentityLinks().stream().anyMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType()));
        if (offeredToGroup) {
            return isCandidate(task, auth) && (task.getAssignee() == null || task.getAssignee().equals(auth.getUserId()));
        }
        return auth.getUserId().equals(task.getAssignee());
    }

    private static boolean isCandidate(TaskEntity task, Authentication auth) {
        List<String> groups = auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
        for (IdentityLinkEntity link : task.getIdentityLinks()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType())
                    && (auth.getUserId().equals(link.getUserId()) || groups.contains(link.getGroupId()))) {
                return true;
            }
        }
        return false;
    }

    private static void checkNames(Object command) {
        List<String> names = new ArrayList<>();
        if (command instanceof AbstractPatchVariablesCmd) {
            addNames(names, CommandFields.read(command, "variables"));
            addNames(names, CommandFields.read(command, "deletions"));
        } else if (command instanceof AbstractSetVariableCmd) {
            addNames(names, CommandFields.read(command, "variables"));
        } else {
            addNames(names, CommandFields.read(command, "variableNames"));
        }
        if (names.stream().anyMatch(SecretBallotTasks::isBallotVariable)) {
            throw refused();
        }
    }

    private static void addNames(List<String> names, Object from) {
        if (from instanceof Map<?, ?> map) {
            map.keySet().forEach(k -> names.add(String.valueOf(k)));
        } else if (from instanceof Collection<?> c) {
            c.forEach(k -> names.add(String.valueOf(k)));
        }
    }

    private static InputRejectedException reassignRefused() {
        return new InputRejectedException("Phiếu bầu kín không được giao lại, chuyển hay sửa: chỉ người được giao phiếu"
                + " mới bỏ phiếu.", 403);
    }

    private static InputRejectedException refused() {
        return new InputRejectedException("Phiếu bầu kín không được lưu nháp hay ghi từng phần: phiếu chỉ được gửi một"
                + " lần, khi bỏ phiếu (Hoàn thành).", 403);
    }
}
