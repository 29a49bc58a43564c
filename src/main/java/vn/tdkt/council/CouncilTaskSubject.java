package vn.tdkt.council;

import org.springframework.stereotype.Component;
import vn.tdkt.tasks.TaskFacts;
import vn.tdkt.tasks.TaskSubjectProvider;

import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The subject of a council session's tasks: the session's number and meeting date from {@code council_session}
 * (the new date after a postponement): "phiên họp HDTDKT-2026-01 ngày 15/12/2026".
 */
@Component
public class CouncilTaskSubject implements TaskSubjectProvider {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final CouncilRepository council;

    public CouncilTaskSubject(CouncilRepository council) {
        this.council = council;
    }

    @Override
    public String processDefinitionKey() {
        return "council-review";
    }

    @Override
    public Optional<String> subject(TaskFacts task) {
        if (task.businessKey() == null) {
            return Optional.empty();
        }
        return council.session(task.businessKey())
                .map(s -> "phiên họp " + s.businessKey() + " ngày " + DATE.format(s.meetingDate()));
    }
}
