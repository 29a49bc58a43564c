package vn.tdkt.model;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.impl.bpmn.parser.ResourceReportImpl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A deployment refused by {@link ModelChecker}. A {@link ParseException}, because that is what Camunda REST answers
 * with 400 and a {@code details} map of per-resource errors, which Camunda Modeler lists under its deploy error;
 * the message lists every problem too, for clients that show the message only.
 */
public class ModelsRefusedException extends ParseException {

    private final transient List<ModelProblem> problems;

    public ModelsRefusedException(List<ModelProblem> problems) {
        super(message(problems), problems.get(0).resource(), List.of(), List.of());
        this.problems = List.copyOf(problems);
        Map<String, List<Problem>> byResource = new LinkedHashMap<>();
        for (ModelProblem problem : problems) {
            byResource.computeIfAbsent(problem.resource(), r -> new ArrayList<>()).add(new CheckProblem(problem));
        }
        List<ResourceReport> reports = new ArrayList<>();
        byResource.forEach((resource, errors) -> reports.add(new ResourceReportImpl(resource, errors, List.of())));
        this.resorceReports = reports;
    }

    public List<ModelProblem> problems() {
        return problems;
    }

    private static String message(List<ModelProblem> problems) {
        return "Không triển khai được: mô hình có " + problems.size() + " lỗi cần sửa:\n- "
                + String.join("\n- ", problems.stream().map(ModelProblem::toString).toList());
    }

    /** One problem as the engine reports it (the checker works on the XML, so there is no line or column). */
    private record CheckProblem(ModelProblem problem) implements Problem {
        @Override
        public String getMessage() {
            return problem.element() == null ? problem.message() : problem.element() + ": " + problem.message();
        }

        @Override
        public int getLine() {
            return 0;
        }

        @Override
        public int getColumn() {
            return 0;
        }

        @Override
        public String getMainElementId() {
            return problem.element();
        }

        @Override
        public List<String> getElementIds() {
            return problem.element() == null ? List.of() : List.of(problem.element());
        }
    }
}
