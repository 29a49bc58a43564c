package vn.tdkt.exemplar;

import org.springframework.stereotype.Component;
import vn.tdkt.tasks.TaskFacts;
import vn.tdkt.tasks.TaskSubjectProvider;

import java.util.Optional;

/** The subject of a model example's tasks: its headline and unit, "Nông dân sản xuất giỏi – Hội Nông dân tỉnh". */
@Component
public class ModelExampleTaskSubject implements TaskSubjectProvider {

    @Override
    public String processDefinitionKey() {
        return ModelExampleVariables.PROCESS;
    }

    @Override
    public Optional<String> subject(TaskFacts task) {
        String title = task.text(ModelExampleVariables.TITLE);
        if (title == null) {
            return Optional.empty();
        }
        String unit = task.text(ModelExampleVariables.UNIT_NAME);
        return Optional.of(unit == null ? title : title + " – " + unit);
    }
}
