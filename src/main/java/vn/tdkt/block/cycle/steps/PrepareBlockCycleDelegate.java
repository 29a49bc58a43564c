package vn.tdkt.block.cycle.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.block.cycle.BlockCycleStarter;
import vn.tdkt.registry.unit.Unit;

import java.util.ArrayList;

/** Records the cycle and sets what its tasks need: members, leader, dates of the mid-year and year-end steps. */
@Component("prepareBlockCycleDelegate")
public class PrepareBlockCycleDelegate implements JavaDelegate {

    private final BlockCycleStarter starter;

    public PrepareBlockCycleDelegate(BlockCycleStarter starter) {
        this.starter = starter;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BlockCycleStarter.Started s = starter.start(execution.getVariable("blockCode"),
                execution.getVariable("emulationYear"), (String) execution.getVariable("initiator"),
                execution.getProcessInstanceId());
        execution.setProcessBusinessKey(s.key());
        execution.setVariable("cycleKey", s.key());
        execution.setVariable("blockId", s.block().id());
        execution.setVariable("blockCode", s.block().code());
        execution.setVariable("blockName", s.block().name());
        execution.setVariable("emulationYear", s.year());
        execution.setVariable("leaderUnit", s.leader().code());
        execution.setVariable("leaderUnitName", s.leader().name());
        execution.setVariable("members", new ArrayList<>(s.members().stream().map(Unit::code).toList()));
        execution.setVariable("midYearDate", s.midYear());
        execution.setVariable("yearEndDate", s.yearEnd());
        execution.setVariable("pactText", "Các đơn vị thành viên " + s.block().name() + " cam kết hoàn thành xuất sắc"
                + " các chỉ tiêu, nhiệm vụ năm " + s.year() + " do UBND tỉnh giao; thực hiện nghiêm chủ trương, chính"
                + " sách; tham gia đầy đủ hoạt động của khối; chấm điểm theo bảng tiêu chí của khối.");
        execution.setVariable("pactStatus", "");
        execution.setVariable("midYearReports", "");
    }
}
