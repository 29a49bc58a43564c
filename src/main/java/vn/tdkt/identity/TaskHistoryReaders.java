package vn.tdkt.identity;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A task's own people read its history (its comments, its operations): with {@code enableHistoricInstancePermissions}
 * the engine grants READ on the historic task to the assignee and every candidate user and group when they are
 * given the task. That is what lets a candidate comment on a task in Tasklist (Camunda's comment resource first looks
 * the task up in history). Tasks created before the setting was on get the same grants once, at start.
 */
@Component
@Order(11)
public class TaskHistoryReaders implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TaskHistoryReaders.class);

    private final TaskService taskService;
    private final AuthorizationService authorizationService;

    public TaskHistoryReaders(TaskService taskService, AuthorizationService authorizationService) {
        this.taskService = taskService;
        this.authorizationService = authorizationService;
    }

    @Override
    public void run(ApplicationArguments args) {
        int granted = 0;
        for (Task task : taskService.createTaskQuery().list()) {
            if (authorizationService.createAuthorizationQuery().resourceType(Resources.HISTORIC_TASK)
                    .resourceId(task.getId()).count() > 0) {
                continue;
            }
            Set<String> users = new LinkedHashSet<>();
            Set<String> groups = new LinkedHashSet<>();
            if (task.getAssignee() != null) {
                users.add(task.getAssignee());
            }
            if (task.getOwner() != null) {
                users.add(task.getOwner());
            }
            for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
                if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
                    if (link.getUserId() != null) {
                        users.add(link.getUserId());
                    }
                    if (link.getGroupId() != null) {
                        groups.add(link.getGroupId());
                    }
                }
            }
            for (String user : users) {
                grant(task, user, null);
                granted++;
            }
            for (String group : groups) {
                grant(task, null, group);
                granted++;
            }
        }
        if (granted > 0) {
            log.info("Granted READ on {} historic tasks to the people of tasks created before", granted);
        }
    }

    private void grant(Task task, String userId, String groupId) {
        Authorization auth = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        auth.setResource(Resources.HISTORIC_TASK);
        auth.setResourceId(task.getId());
        auth.setUserId(userId);
        auth.setGroupId(groupId);
        auth.addPermission(HistoricTaskPermissions.READ);
        authorizationService.saveAuthorization(auth);
    }
}
