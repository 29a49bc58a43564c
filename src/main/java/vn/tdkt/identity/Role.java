package vn.tdkt.identity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles of the province's TĐKT work. Each role is a Camunda group with a Vietnamese name;
 * {@link #tasklistFilterName} names the Tasklist filter that lists the tasks waiting for the role.
 */
public enum Role {
    UNIT_OFFICER("unit-officer", "Cán bộ làm công tác TĐKT đơn vị", App.TASKLIST, "Hồ sơ của đơn vị"),
    UNIT_HEAD("unit-head", "Thủ trưởng cơ quan, đơn vị", App.TASKLIST, "Chờ thủ trưởng ký duyệt"),
    BLOCK_LEADER("block-leader", "Khối trưởng khối thi đua", App.TASKLIST, "Việc của Khối trưởng"),
    BLOCK_MEMBER("block-member", "Đại diện đơn vị thành viên khối", App.TASKLIST, "Việc của thành viên khối"),
    RECEIVER("sa-receiver", "Bộ phận tiếp nhận hồ sơ (Sở Nội vụ)", App.TASKLIST, "Hồ sơ chờ tiếp nhận"),
    SPECIALIST("sa-specialist", "Chuyên viên thẩm định (Sở Nội vụ)", App.TASKLIST, "Hồ sơ chờ thẩm định"),
    AGENCY_HEAD("sa-head", "Lãnh đạo cơ quan thường trực (Sở Nội vụ)", App.TASKLIST_AND_COCKPIT, "Chờ lãnh đạo Sở duyệt"),
    COUNCIL_MEMBER("council-member", "Thành viên Hội đồng TĐKT tỉnh", App.TASKLIST, "Phiếu bầu chờ bỏ phiếu"),
    COUNCIL_SECRETARY("council-secretary", "Thư ký Hội đồng TĐKT tỉnh", App.TASKLIST, "Việc của Thư ký Hội đồng"),
    CHAIRMAN("chairman", "Chủ tịch UBND tỉnh - Chủ tịch Hội đồng TĐKT", App.TASKLIST, "Chờ Chủ tịch quyết định"),
    /** Decides and signs for the chairman ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"), as provinces assign commendation work. */
    VICE_CHAIRMAN("vice-chairman", "Phó Chủ tịch UBND tỉnh (ký thay Chủ tịch)", App.TASKLIST,
            "Chờ Phó Chủ tịch ký thay Chủ tịch"),
    AUDITOR("auditor", "Thanh tra, kiểm tra", App.COCKPIT, null),
    ADMIN("camunda-admin", "Quản trị hệ thống", App.ALL, null);

    /** Which Camunda webapps a role may open. */
    public enum App { TASKLIST, COCKPIT, TASKLIST_AND_COCKPIT, ALL }

    public static final String GROUP_TYPE = "WORKFLOW";
    /** Type of the per-unit groups (for example {@code unit-head.stp}) of unit-scoped roles. */
    public static final String UNIT_GROUP_TYPE = "UNIT";

    private final String groupId;
    private final String vietnameseName;
    private final App apps;
    private final String tasklistFilterName;

    Role(String groupId, String vietnameseName, App apps, String tasklistFilterName) {
        this.groupId = groupId;
        this.vietnameseName = vietnameseName;
        this.apps = apps;
        this.tasklistFilterName = tasklistFilterName;
    }

    public String groupId() { return groupId; }
    public String vietnameseName() { return vietnameseName; }
    public App apps() { return apps; }
    public String tasklistFilterName() { return tasklistFilterName; }

    /**
     * Roles whose tasks belong to one unit: besides the role group, each member is in the role's group
     * of their unit ({@code <role>.<unitCode>}), which unit-scoped tasks name as candidate group.
     */
    public boolean unitScoped() {
        return this == UNIT_OFFICER || this == UNIT_HEAD || this == BLOCK_MEMBER;
    }

    /** The role's group in one unit, for example {@code unit-head.stp}. */
    public String unitGroupId(String unitCode) {
        if (!unitScoped()) {
            throw new IllegalArgumentException(name() + " is not scoped to a unit");
        }
        return groupId + "." + unitCode;
    }

    public boolean usesTasklist() {
        return apps == App.TASKLIST || apps == App.TASKLIST_AND_COCKPIT || apps == App.ALL;
    }

    public boolean usesCockpit() {
        return apps == App.COCKPIT || apps == App.TASKLIST_AND_COCKPIT || apps == App.ALL;
    }

    /** Spring Security authority of the role's members. */
    public String authority() { return CurrentUser.authority(groupId); }

    public static Optional<Role> ofGroupId(String groupId) {
        return Arrays.stream(values()).filter(r -> r.groupId.equals(groupId)).findFirst();
    }
}
