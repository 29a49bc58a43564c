package vn.tdkt.workflow;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricTaskInstanceEntity;

/** What to tell a user who tries to complete a task that has ended. */
public interface TaskEndings {

    String message(CommandContext ctx, HistoricTaskInstanceEntity ended);

    /** The wording for any task. */
    static String ordinary(HistoricTaskInstanceEntity ended) {
        return "completed".equals(ended.getDeleteReason())
                ? "Công việc này đã được hoàn thành trước đó; tải lại danh sách công việc."
                : "Công việc này đã kết thúc (quy trình đã chuyển bước hoặc bị hủy), không thực hiện được nữa;"
                + " tải lại danh sách công việc.";
    }
}
