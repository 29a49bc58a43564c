package vn.tdkt.delegation;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.tdkt.audit.AuditKind;
import vn.tdkt.audit.AuditRecord;
import vn.tdkt.audit.AuditTrail;
import vn.tdkt.registry.common.Today;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies {@link ReroutePlanner} to a task event inside the engine command that raised it: sets the assignee or adds
 * the candidate user through the task itself (so the engine writes its identity links, history and the authorization
 * that lets the substitute read and work on the task), and seals one {@link AuditKind#TASK_REROUTED_TO_SUBSTITUTE}
 * record per change in the same transaction. "Today" is the engine's clock in the province's zone
 * ({@link Today}).
 */
@Component
public class TaskRerouting {

    private static final Logger log = LoggerFactory.getLogger(TaskRerouting.class);

    private final SubstitutionRepository substitutions;
    private final Today today;
    private final AuditTrail audit;

    public TaskRerouting(SubstitutionRepository substitutions, Today today, AuditTrail audit) {
        this.substitutions = substitutions;
        this.today = today;
        this.audit = audit;
    }

    public void onTaskEvent(DelegateTask task) {
        LocalDate day = today.date();
        if (!substitutions.anyInForce(day)) {
            return;
        }
        boolean creation = TaskListener.EVENTNAME_CREATE.equals(task.getEventName());
        Set<String> candidateUsers = new LinkedHashSet<>();
        Set<String> candidateGroups = new LinkedHashSet<>();
        for (IdentityLink link : task.getCandidates()) {
            if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                continue;
            }
            if (link.getUserId() != null) {
                candidateUsers.add(link.getUserId());
            }
            if (link.getGroupId() != null) {
                candidateGroups.add(link.getGroupId());
            }
        }
        CommandContext command = Context.getCommandContext();
        String acting = command == null ? null : command.getAuthenticatedUserId();
        IdentityService identity = task.getProcessEngineServices().getIdentityService();
        ReroutePlanner.Lookup lookup = new ReroutePlanner.Lookup() {
            @Override
            public Optional<Substitution> inForce(String userId) {
                return substitutions.inForce(userId, day).filter(s -> exists(identity, command, s.substituteId()));
            }

            @Override
            public List<String> membersOf(String groupId) {
                return withoutAuthorization(command, () -> identity.createUserQuery().memberOfGroup(groupId).list()
                        .stream().map(User::getId).toList());
            }
        };
        List<ReroutePlanner.Reroute> plan = ReroutePlanner.plan(
                new ReroutePlanner.TaskPeople(task.getAssignee(), candidateUsers, candidateGroups),
                acting, creation, lookup);
        for (ReroutePlanner.Reroute reroute : plan) {
            apply(task, reroute, acting, day);
        }
    }

    private void apply(DelegateTask task, ReroutePlanner.Reroute reroute, String acting, LocalDate day) {
        Substitution s = reroute.substitution();
        if (reroute.assigns()) {
            task.setAssignee(s.substituteId());
        } else {
            task.addCandidateUser(s.substituteId());
        }
        log.info("Task {} ({}) rerouted to substitute {} of {} via {} (substitution {})", task.getId(),
                task.getTaskDefinitionKey(), s.substituteId(), s.userId(), reroute.via(), s.id());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("taskId", task.getId());
        details.put("taskDefinitionKey", task.getTaskDefinitionKey());
        details.put("event", task.getEventName());
        details.put("absentUserId", s.userId());
        details.put("substituteId", s.substituteId());
        details.put("via", reroute.via());
        details.put("substitutionId", s.id());
        details.put("fromDate", s.fromDate().toString());
        details.put("toDate", s.toDate().toString());
        details.put("day", day.toString());
        String businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
        audit.record(AuditRecord.domain(AuditKind.TASK_REROUTED_TO_SUBSTITUTE, today.now(), businessKey,
                task.getProcessInstanceId(), acting, task.getName(), details));
    }

    /** A substitute whose account was deleted since gets nothing: the task stays where it was. */
    private static boolean exists(IdentityService identity, CommandContext command, String userId) {
        return withoutAuthorization(command, () -> identity.createUserQuery().userId(userId).count() > 0);
    }

    private static <T> T withoutAuthorization(CommandContext command, java.util.concurrent.Callable<T> query) {
        try {
            return command == null ? query.call() : command.runWithoutAuthorization(query);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
