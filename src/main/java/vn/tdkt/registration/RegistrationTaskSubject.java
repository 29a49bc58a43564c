package vn.tdkt.registration;

import org.springframework.stereotype.Component;
import vn.tdkt.registry.unit.Unit;
import vn.tdkt.registry.unit.UnitRepository;
import vn.tdkt.tasks.TaskFacts;
import vn.tdkt.tasks.TaskSubjectProvider;

import java.util.Optional;

/** The subject of a registration's tasks: the registering unit (from {@code org_unit}) and the year, "Sở Tư pháp – năm 2027". */
@Component
public class RegistrationTaskSubject implements TaskSubjectProvider {

    private final UnitRepository units;

    public RegistrationTaskSubject(UnitRepository units) {
        this.units = units;
    }

    @Override
    public String processDefinitionKey() {
        return RegistrationVariables.PROCESS;
    }

    @Override
    public Optional<String> subject(TaskFacts task) {
        String code = task.text(RegistrationVariables.UNIT_CODE);
        if (code == null) {
            return Optional.empty();
        }
        String year = task.text(RegistrationVariables.EMULATION_YEAR);
        return units.findByCode(code).map(Unit::name).map(name -> year == null ? name : name + " – năm " + year);
    }
}
