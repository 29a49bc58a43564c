package vn.tdkt.block.cycle.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.block.cycle.BlockCycleStarter;
import vn.tdkt.registry.unit.Unit;

import java.util.ArrayList;

import static vn.tdkt.block.cycle.BlockCycleVariables.BLOCK_CODE;
import static vn.tdkt.block.cycle.BlockCycleVariables.BLOCK_ID;
import static vn.tdkt.block.cycle.BlockCycleVariables.BLOCK_NAME;
import static vn.tdkt.block.cycle.BlockCycleVariables.CYCLE_KEY;
import static vn.tdkt.block.cycle.BlockCycleVariables.EMULATION_YEAR;
import static vn.tdkt.block.cycle.BlockCycleVariables.INITIATOR;
import static vn.tdkt.block.cycle.BlockCycleVariables.LEADER_UNIT;
import static vn.tdkt.block.cycle.BlockCycleVariables.LEADER_UNIT_NAME;
import static vn.tdkt.block.cycle.BlockCycleVariables.MEMBERS;
import static vn.tdkt.block.cycle.BlockCycleVariables.MID_YEAR_DATE;
import static vn.tdkt.block.cycle.BlockCycleVariables.MID_YEAR_REPORTS;
import static vn.tdkt.block.cycle.BlockCycleVariables.PACT_STATUS;
import static vn.tdkt.block.cycle.BlockCycleVariables.PACT_TEXT;
import static vn.tdkt.block.cycle.BlockCycleVariables.YEAR_END_DATE;

/** Records the cycle and sets what its tasks need: members, leader, dates of the mid-year and year-end steps. */
@Component("prepareBlockCycleDelegate")
public class PrepareBlockCycleDelegate implements JavaDelegate {

    private final BlockCycleStarter starter;

    public PrepareBlockCycleDelegate(BlockCycleStarter starter) {
        this.starter = starter;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BlockCycleStarter.Started s = starter.start(execution.getVariable(BLOCK_CODE),
                execution.getVariable(EMULATION_YEAR), (String) execution.getVariable(INITIATOR),
                execution.getProcessInstanceId());
        execution.setProcessBusinessKey(s.key());
        execution.setVariable(CYCLE_KEY, s.key());
        execution.setVariable(BLOCK_ID, s.block().id());
        execution.setVariable(BLOCK_CODE, s.block().code());
        execution.setVariable(BLOCK_NAME, s.block().name());
        execution.setVariable(EMULATION_YEAR, s.year());
        execution.setVariable(LEADER_UNIT, s.leader().code());
        execution.setVariable(LEADER_UNIT_NAME, s.leader().name());
        execution.setVariable(MEMBERS, new ArrayList<>(s.members().stream().map(Unit::code).toList()));
        execution.setVariable(MID_YEAR_DATE, s.midYear());
        execution.setVariable(YEAR_END_DATE, s.yearEnd());
        execution.setVariable(PACT_TEXT, "Các đơn vị thành viên " + s.block().name() + " cam kết hoàn thành xuất sắc"
                + " các chỉ tiêu, nhiệm vụ năm " + s.year() + " do UBND tỉnh giao; thực hiện nghiêm chủ trương, chính"
                + " sách; tham gia đầy đủ hoạt động của khối; chấm điểm theo bảng tiêu chí của khối.");
        execution.setVariable(PACT_STATUS, "");
        execution.setVariable(MID_YEAR_REPORTS, "");
    }
}
