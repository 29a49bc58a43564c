package vn.tdkt.tasks;

import java.util.Optional;

/**
 * The subject of one process's tasks, appended to the modelled task name so that a reviewer sees in Tasklist whom
 * or what a task is about ("Thẩm định hồ sơ đề nghị khen thưởng: Nguyễn Văn A – Sở Tư pháp"). One Spring bean per
 * process, found by its process definition key; a process without one keeps its modelled names.
 */
public interface TaskSubjectProvider {

    /** The key of the process whose tasks this provider names. */
    String processDefinitionKey();

    /** The subject of the task, or empty when the data to name it are not there (the modelled name then stays). */
    Optional<String> subject(TaskFacts task);
}
