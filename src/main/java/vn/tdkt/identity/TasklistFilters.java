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
            // A council member's ballot is assigned to the member, not offered to the group: the member's own.
            TaskQuery query = role == Role.COUNCIL_MEMBER
                    ? taskService.createTaskQuery().processDefinitionKey("council-review")
                        .taskAssigneeExpression("${currentUser()}")
                    : role.unitScoped()
                    ? taskService.createTaskQuery().taskCandidateGroupLike(role.groupId() + ".%").includeAssignedTasks()
                    : taskService.createTaskQuery().taskCandidateGroup(role.groupId()).includeAssignedTasks();
            Filter own = ensure(role.tasklistFilterName(), 5, "Việc chờ nhóm: " + role.vietnameseName(), query);
            grantRead(role, own);
        }
    }

    /**
     * Process variables each filter shows as columns of its task list, with their Vietnamese labels (Tasklist's
     * filter property {@code variables}); a task without one of them simply does not show it
     * ({@code showUndefinedVariable} false).
     */
    static final List<Map<String, String>> VARIABLE_COLUMNS = List.of(
            column("proposalKey", "Số hồ sơ"),
            column("unitName", "Đơn vị"),
            column("nomineeList", "Danh sách đề nghị"),
            column("awardTypeName", "Hình thức đề nghị"),
            column("blockName", "Khối thi đua"),
            column("emulationYear", "Năm thi đua"),
            column("sessionKey", "Số phiên họp"),
            column("meetingDate", "Ngày họp"));

    /**
     * Creates the filter, or brings an existing one (from an earlier start, kept in the database) up to date: the
     * properties are written again only when they differ (other properties an administrator added are kept), so a
     * restart changes nothing twice. The query of an existing filter is kept. Tasklist 7.24 shows the number of tasks
     * of the filter that is open ("counter" next to its name); with {@code refresh} it reloads that list and its count
     * every 10 seconds.
     */
    private Filter ensure(String name, int priority, String description, TaskQuery query) {
        Map<String, Object> properties = properties(priority, description);
        Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filterService.newTaskFilter(name).setQuery(query).setProperties(properties);
            return filterService.saveFilter(filter);
        }
        // properties of its own that an administrator gave the filter in Tasklist (a colour, say) stay
        Map<String, Object> merged = new LinkedHashMap<>(filter.getProperties() == null ? Map.of() : filter.getProperties());
        merged.putAll(properties);
        if (!merged.equals(filter.getProperties())) {
            filter.setProperties(merged);
            return filterService.saveFilter(filter);
        }
        return filter;
    }

    static Map<String, Object> properties(int priority, String description) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("priority", priority);
        properties.put("description", description);
        properties.put("refresh", true);
        properties.put("showUndefinedVariable", false);
        properties.put("variables", VARIABLE_COLUMNS);
        return properties;
    }

    private static Map<String, String> column(String name, String label) {
        Map<String, String> column = new LinkedHashMap<>();
        column.put("name", name);
        column.put("label", label);
        return column;
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
