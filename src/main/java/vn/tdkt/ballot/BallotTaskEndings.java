package vn.tdkt.ballot;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricTaskInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.springframework.stereotype.Component;
import vn.tdkt.workflow.TaskEndings;

/** A late or second ballot is told so plainly: the box has closed, or this ballot was already cast. */
@Component
public class BallotTaskEndings implements TaskEndings {

    @Override
    public String message(CommandContext ctx, HistoricTaskInstanceEntity ended) {
        ProcessDefinitionEntity definition = ctx.getProcessEngineConfiguration().getDeploymentCache()
                .findDeployedProcessDefinitionById(ended.getProcessDefinitionId());
        if (definition == null || !SecretBallotTasks.isBallotActivity(definition.findActivity(ended.getTaskDefinitionKey()))) {
            return TaskEndings.ordinary(ended);
        }
        return "completed".equals(ended.getDeleteReason())
                ? "Phiếu bầu này đã được bỏ vào hòm phiếu; mỗi người chỉ bỏ phiếu một lần."
                : "Hòm phiếu đã đóng: phiếu này không được nhận và không được tính.";
    }
}
