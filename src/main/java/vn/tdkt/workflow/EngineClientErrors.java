package vn.tdkt.workflow;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.exception.NullValueException;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * /engine-rest: engine failures caused by the request itself, which Camunda's REST layer answers 500, answered 4xx
 * with a Vietnamese message and Camunda's own sentence in {@code detail}. Nothing was changed in each case: the
 * engine refused before writing, or the transaction was rolled back.
 * <ul>
 *   <li>404: the request names a task, execution or process instance that does not exist ("task abc doesn't
 *   exist", or the deployed form of a missing task);</li>
 *   <li>400: a required value is missing ({@code groupId is null}, {@code workerId is null});</li>
 *   <li>400: a value the database cannot hold (a user id longer than its column, a negative page size): SQL state
 *   class 22, "data exception", on PostgreSQL and H2, and H2's "invalid value" 90008.</li>
 * </ul>
 * Anything else is left to the caller's mapping (a fault of the application stays a 500).
 */
public final class EngineClientErrors {

    /** The engine's sentence for a missing entity: "execution abc doesn't exist: execution is null". */
    private static final Pattern NOT_FOUND = Pattern.compile("doesn't exist: \\w+ is null");

    private EngineClientErrors() { }

    /** The answer for a failure the request caused, or null. Looks through the causes. */
    public static Response answer(Throwable failure) {
        for (Throwable c = failure; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof NullValueException missing) {
                return missing(missing.getMessage());
            }
            if (c.getMessage() != null && NOT_FOUND.matcher(c.getMessage()).find()) {
                // a REST resource that copied the engine's sentence into its own exception, without the cause
                return missing(c.getMessage());
            }
            if (c instanceof SQLException sql && dataError(sql)) {
                return body(Response.Status.BAD_REQUEST, "InvalidRequestException", "Giá trị gửi lên vượt quá giới hạn"
                        + " lưu trữ hoặc không hợp lệ (ví dụ mã quá dài, số lượng âm); không có gì thay đổi.",
                        sql.getMessage());
            }
        }
        return null;
    }

    /**
     * The form of a task that does not exist: Camunda's command dereferences the missing task (a
     * NullPointerException in {@code GetDeployed…FormCmd}'s authorization check) instead of saying so. Null for any
     * other failure.
     */
    public static Response missingFormOwner(NullPointerException e) {
        StackTraceElement[] trace = e.getStackTrace();
        boolean inFormCommand = false;
        for (int i = 0; i < Math.min(trace.length, 6); i++) {
            String cls = trace[i].getClassName();
            inFormCommand |= cls.startsWith("org.camunda.bpm.engine.impl.") && cls.endsWith("FormCmd")
                    && cls.contains("GetDeployed");
        }
        if (inFormCommand && String.valueOf(e.getMessage()).endsWith("is null")) {
            return body(Response.Status.NOT_FOUND, "NotFoundException", "Không tìm thấy công việc hoặc quy trình mà"
                    + " yêu cầu nêu nên không có biểu mẫu để trả về; hãy tải lại danh sách công việc.", e.getMessage());
        }
        return null;
    }

    private static Response missing(String message) {
        String detail = String.valueOf(message);
        if (detail.contains("doesn't exist") || detail.contains("does not exist")) {
            return body(Response.Status.NOT_FOUND, "NotFoundException", "Không tìm thấy đối tượng mà yêu cầu nêu (công"
                    + " việc, phiên chạy quy trình…): có thể nó đã kết thúc hoặc mã sai; không có gì thay đổi.", detail);
        }
        return body(Response.Status.BAD_REQUEST, "InvalidRequestException", "Yêu cầu thiếu dữ liệu bắt buộc nên không xử"
                + " lý được; không có gì thay đổi. Xem chi tiết (detail) để biết trường nào.", detail);
    }

    private static boolean dataError(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            String state = s.getSQLState();
            if (state != null && (state.startsWith("22") || state.equals("90008"))) {
                return true;
            }
        }
        return false;
    }

    private static Response body(Response.Status status, String type, String message, String detail) {
        return json(status, type, message, detail, 0);
    }

    /** The shape of every answer of this package to an engine REST client: type, Vietnamese message, detail, code. */
    static Response json(Response.Status status, String type, String message, String detail, int code) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("message", message);
        body.put("detail", detail);
        body.put("code", code);
        return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
