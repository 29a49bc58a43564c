package vn.tdkt.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who may do what: one table, role by action, as docs/security.md shows it ("Ai được làm gì"). Each row is an
 * action on /api, /engine-rest or the webapps' API; each column a role (with the login of the tests' province, the
 * demo's too, that holds it)
 * and the anonymous caller. A cell says what the caller gets:
 * <ul>
 *   <li>{@code ✓} — done, or refused for its content only (the right to ask was granted: the matrix sends requests
 *   that are harmless when granted, e.g. an incomplete body answered 400);</li>
 *   <li>{@code ✗} — refused for who asks: 401 without sign-in, 403 (409 for a task that has ended), nothing
 *   changed;</li>
 *   <li>{@code ∅} — the thing is not there for the caller: 404, or an empty list.</li>
 * </ul>
 * {@link RoleActionMatrixTest} runs every cell; {@code ReadmeMatrixTest} checks that docs/security.md shows this table.
 */
final class RoleActionMatrix {

    /** The columns: role, login (null: anonymous). */
    enum Who {
        ANONYMOUS("ẩn danh", null),
        UNIT_OFFICER("unit-officer", "canbo.stp"),
        UNIT_HEAD("unit-head", "thutruong.stp"),
        DEPUTY_HEAD("phó thủ trưởng", "phothutruong.stp"),
        BLOCK_LEADER("block-leader", "thutruong.cat"),
        BLOCK_MEMBER("block-member", "thutruong.vksnd"),
        RECEIVER("sa-receiver", "tiepnhan"),
        SPECIALIST("sa-specialist", "thamdinh"),
        AGENCY_HEAD("sa-head", "lanhdao.snv"),
        COUNCIL_MEMBER("council-member", "thutruong.syt"),
        COUNCIL_SECRETARY("council-secretary", "thuky.hd"),
        CHAIRMAN("chairman", "chutich"),
        VICE_CHAIRMAN("vice-chairman", "phochutich"),
        AUDITOR("auditor", "thanhtra"),
        ADMIN("camunda-admin", "admin");

        final String role;
        final String user;

        Who(String role, String user) {
            this.role = role;
            this.user = user;
        }
    }

    enum Expect {
        OK("✓"), DENIED("✗"), HIDDEN("∅");

        final String symbol;

        Expect(String symbol) {
            this.symbol = symbol;
        }

        static Expect of(String symbol) {
            return Arrays.stream(values()).filter(e -> e.symbol.equals(symbol)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Unknown cell '" + symbol + "'"));
        }
    }

    /**
     * The table. Placeholders: {stp} a proposal of Sở Tư pháp waiting for its head's signature (its task {headTask},
     * its completed dossier task {doneTask}), {intakeTask} another one's intake task (sa-receiver), {sxd} a decision for
     * Sở Xây dựng, {NC}/{y} the Nội chính block this year (leader: Công an tỉnh, cat).
     * Columns: anonymous, canbo.stp, thutruong.stp, phothutruong.stp, thutruong.cat, thutruong.vksnd, tiepnhan,
     * thamdinh, lanhdao.snv, thutruong.syt, thuky.hd, chutich, phochutich, thanhtra, admin.
     */
    static final String TABLE = """
            | Thao tác | ẩn danh | unit-officer | unit-head | phó thủ trưởng | block-leader | block-member | sa-receiver | sa-specialist | sa-head | council-member | council-secretary | chairman | vice-chairman | auditor | camunda-admin |
            |---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
            | GET /api/me | ✗ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ |
            | GET /api/session | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ |
            | GET /api/units | ✗ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ |
            | POST /api/units | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✓ |
            | PUT /api/user-profiles/{user} | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✓ |
            | PUT /api/persons/{p}/assessments/{year} | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✓ |
            | POST /api/import/units | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✓ |
            | POST /api/calendar/exceptions/{date} | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✓ |
            | PUT /api/council/terms/{term} | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✓ |
            | GET /api/council/sessions | ✗ | ✗ | ✓ | ✗ | ✗ | ✗ | ✗ | ✗ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ |
            | GET /api/proposals/{stp} | ✗ | ✓ | ✓ | ✗ | ✗ | ✗ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ |
            | POST /api/proposals | ✗ | ✓ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✓ |
            | POST /api/proposals/{stp}/comments | ✗ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✗ | ✓ | ✓ | ✓ | ✓ | ✗ | ✓ |
            | GET /api/dossiers/{stp}/documents | ✗ | ✓ | ✓ | ✗ | ✗ | ✗ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ |
            | POST /api/dossiers/{stp}/documents | ✗ | ✓ | ✗ | ✗ | ✗ | ✗ | ✓ | ✓ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✓ |
            | GET /api/decisions/{sxd} | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✓ | ✓ | ✓ | ✗ | ✓ | ✓ | ✓ | ✓ | ✓ |
            | POST /api/decisions/{sxd}/signed-original | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ |
            | GET /api/register | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✓ | ✓ | ✓ | ✗ | ✓ | ✓ | ✓ | ✓ | ✓ |
            | POST /api/register/numbers | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ |
            | POST /api/register/paper-numbers | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ |
            | GET /api/notifications?businessKey={sxd} | ✗ | ∅ | ∅ | ✗ | ∅ | ∅ | ✓ | ✓ | ✓ | ∅ | ✗ | ✗ | ✗ | ✓ | ✓ |
            | GET /api/audit/proposals | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✓ | ✓ |
            | GET /api/statistics/reports | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✓ | ✓ | ✗ | ✗ | ✗ | ✗ | ✓ | ✗ |
            | GET /api/sla/dossiers | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✓ | ✗ | ✗ | ✓ | ✓ | ✓ | ✓ |
            | GET /api/sla/monthly | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✓ | ✗ | ✗ | ✓ | ✓ | ✓ | ✓ |
            | GET /api/substitutions | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✓ |
            | POST /api/me/substitutions | ✗ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ |
            | POST /api/blocks/{NC}/years/{y}/cycle | ✗ | ✗ | ✗ | ✗ | ✓ | ✗ | ✗ | ✗ | ✓ | ✗ | ✗ | ✗ | ✗ | ✗ | ✓ |
            | PUT /api/blocks/{NC}/years/{y}/scoring-table | ✗ | ✗ | ✗ | ✗ | ✓ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✓ |
            | GET /api/block-cycles/{NC-y}/dashboard | ✗ | ✓ | ✓ | ✗ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ |
            | GET /api/block-supervision | ✗ | ✗ | ✓ | ✗ | ✗ | ✗ | ✗ | ✗ | ✓ | ✓ | ✓ | ✓ | ✗ | ✓ | ✓ |
            | PUT /api/block-supervision/{NC}/{y} | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✓ | ✗ | ✗ | ✗ | ✗ |
            | GET /api/security/login-locks | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✓ |
            | GET /engine-rest/task/{headTask} | ✗ | ∅ | ✓ | ∅ | ∅ | ∅ | ∅ | ∅ | ∅ | ∅ | ∅ | ∅ | ∅ | ∅ | ✓ |
            | POST /engine-rest/task/{headTask}/claim | ✗ | ✗ | ✓ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✓ |
            | POST /engine-rest/task/{headTask}/complete | ✗ | ✗ | ✓ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✓ |
            | PUT /engine-rest/task/{headTask}/localVariables/{name} | ✗ | ✗ | ✓ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✓ |
            | POST /engine-rest/task/{headTask}/comment/create | ✗ | ✗ | ✓ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✓ |
            | POST /engine-rest/task/{headTask}/attachment/create | ✗ | ✗ | ✓ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✓ |
            | POST /engine-rest/task/{intakeTask}/comment/create | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✓ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✓ |
            | POST /engine-rest/task/{doneTask}/comment/create | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ |
            | GET /engine-rest/history/process-instance?processInstanceId={stp} | ✗ | ∅ | ∅ | ∅ | ∅ | ∅ | ∅ | ∅ | ✓ | ∅ | ∅ | ∅ | ∅ | ✓ | ✓ |
            | GET /engine-rest/history/task?taskId={headTask} | ✗ | ∅ | ✓ | ∅ | ∅ | ∅ | ∅ | ∅ | ✓ | ∅ | ∅ | ∅ | ∅ | ✓ | ✓ |
            | GET /engine-rest/history/variable-instance?processInstanceId={stp} | ✗ | ✓ | ✓ | ∅ | ∅ | ∅ | ∅ | ∅ | ✓ | ∅ | ∅ | ∅ | ∅ | ✓ | ✓ |
            | POST /engine-rest/process-definition/key/commendation-proposal/start | ✗ | ✓ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✓ |
            | PUT /engine-rest/process-instance/{stp}/variables/{name} | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✓ |
            | POST /engine-rest/process-definition/{id}/restart | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✓ |
            | POST /engine-rest/message | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✓ |
            | POST /engine-rest/deployment/create | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✓ |
            | DELETE /engine-rest/deployment/{id} | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✓ |
            | POST /engine-rest/migration/execute | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✓ |
            | DELETE /engine-rest/process-instance/{id} | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✓ |
            | POST /engine-rest/job/{id}/execute | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✓ |
            | POST /engine-rest/user/create | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✓ |
            | PUT /engine-rest/group/camunda-admin/members/{user} | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✓ |
            | POST /engine-rest/authorization/create | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✓ |
            | POST /engine-rest/identity/verify | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ |
            | POST /camunda/api/admin/setup/default/user/create | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ |
            """;

    /** One cell of the table. */
    record Cell(String action, Who who, Expect expect) {
        @Override
        public String toString() {
            return who.role + (who.user == null ? "" : " (" + who.user + ")") + " · " + action + " → " + expect.symbol;
        }
    }

    private RoleActionMatrix() { }

    /** The table's rows (action → its cells left to right), read from {@link #TABLE}. */
    static Map<String, List<Expect>> rows() {
        Map<String, List<Expect>> rows = new LinkedHashMap<>();
        List<String> lines = TABLE.lines().filter(l -> l.startsWith("|")).toList();
        for (String line : lines.subList(2, lines.size())) {
            String[] parts = line.substring(1, line.length() - 1).split("\\|");
            List<Expect> cells = new ArrayList<>();
            for (int i = 1; i < parts.length; i++) {
                cells.add(Expect.of(parts[i].strip()));
            }
            if (cells.size() != Who.values().length) {
                throw new IllegalStateException("Row '" + parts[0].strip() + "' has " + cells.size() + " cells");
            }
            if (rows.put(parts[0].strip(), cells) != null) {
                throw new IllegalStateException("Row '" + parts[0].strip() + "' twice");
            }
        }
        return rows;
    }

    static List<Cell> cells() {
        List<Cell> out = new ArrayList<>();
        rows().forEach((action, expects) -> {
            for (int i = 0; i < expects.size(); i++) {
                out.add(new Cell(action, Who.values()[i], expects.get(i)));
            }
        });
        return out;
    }
}
