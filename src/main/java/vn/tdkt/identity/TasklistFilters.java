package vn.tdkt.identity;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tasklist filters in Vietnamese: three shared by every Tasklist role ("Việc của tôi", "Việc của nhóm",
 * "Sắp đến hạn") and one per role listing the tasks that wait for that role's group.
 */
@Component
public class TasklistFilters {

    public static final String MY_TASKS = "Việc của tôi";
    public static final String GROUP_TASKS = "Việc của nhóm";
    public static final String DUE_SOON = "Sắp đến hạn";
    public static final String ALL_TASKS = "Tất cả công việc";

    private final FilterService filterService;
    private final TaskService taskService;
    private final AuthorizationService authorizationService;

    public TasklistFilters(FilterService filterService, TaskService taskService,
                           AuthorizationService authorizationService) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.authorizationService = authorizationService;
    }

    public void ensureFilters() {
        List<Role> tasklistRoles = Arrays.stream(Role.values())
                .filter(r -> r.usesTasklist() && r != Role.ADMIN).toList();

        Filter mine = ensure(MY_TASKS, -10, "Các việc đã giao cho tôi hoặc tôi đã nhận",
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        Filter group = ensure(GROUP_TASKS, -5, "Các việc chờ nhóm của tôi, chưa ai nhận",
                taskService.createTaskQuery().taskCandidateUserExpression("${currentUser()}"));
        Filter dueSoon = ensure(DUE_SOON, 0, "Việc của tôi hoặc của nhóm đến hạn trong 3 ngày tới",
                taskService.createTaskQuery()
                        .or().taskAssigneeExpression("${currentUser()}")
                        .taskCandidateUserExpression("${currentUser()}").includeAssignedTasks().endOr()
                        .dueBeforeExpression("${dateTime().plusDays(3)}"));
        ensure(ALL_TASKS, 20, "Mọi công việc đang mở (quản trị)", taskService.createTaskQuery());

        for (Role role : tasklistRoles) {
            for (Filter shared : List.of(mine, group, dueSoon)) {
                grantRead(role, shared);
            }
            // Unit-scoped tasks wait for the role's group of one unit (unit-head.stp): match them all,
            // the engine's task authorizations then show each user only those of their own unit.
            TaskQuery query = role.unitScoped()
                    ? taskService.createTaskQuery().taskCandidateGroupLike(role.groupId() + ".%").includeAssignedTasks()
                    : taskService.createTaskQuery().taskCandidateGroup(role.groupId()).includeAssignedTasks();
            Filter own = ensure(role.tasklistFilterName(), 5, "Việc chờ nhóm: " + role.vietnameseName(), query);
            grantRead(role, own);
        }
    }

    private Filter ensure(String name, int priority, String description, TaskQuery query) {
        Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
        if (filter != null) {
            return filter;
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("priority", priority);
        properties.put("description", description);
        properties.put("refresh", true);
        filter = filterService.newTaskFilter(name).setQuery(query).setProperties(properties);
        return filterService.saveFilter(filter);
    }

    private void grantRead(Role role, Filter filter) {
        boolean exists = authorizationService.createAuthorizationQuery()
                .groupIdIn(role.groupId()).resourceType(Resources.FILTER).resourceId(filter.getId()).count() > 0;
        if (!exists) {
            Authorization auth = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            auth.setGroupId(role.groupId());
            auth.setResource(Resources.FILTER);
            auth.setResourceId(filter.getId());
            auth.addPermission(Permissions.READ);
            authorizationService.saveAuthorization(auth);
        }
    }
}
