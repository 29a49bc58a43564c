package vn.tdkt.exemplar;

import org.camunda.bpm.engine.delegate.VariableScope;

import java.util.Arrays;

/**
 * The model-example process's variables by name, its step ids and the answers its forms offer; every delegate,
 * listener and validator reads the names from here. ModelExampleVariablesTest checks them against
 * processes/model-example.bpmn and the model-example-*.form files.
 */
final class ModelExampleVariables {

    /** The process definition key. */
    static final String PROCESS = "model-example";

    // --- the start form (and the dossier form, which may edit it) ---
    /** String: user id of the unit officer who proposed the example (assignee of the dossier task). */
    static final String INITIATOR = "initiator";
    /** String: PERSON, COLLECTIVE or MODEL ({@link ExampleKind}). */
    static final String EXAMPLE_KIND = "exampleKind";
    /** String: the example's headline. */
    static final String TITLE = "title";
    /** String: the person, collective or model the example is about. */
    static final String SUBJECT_NAME = "subjectName";
    /** String: the story of the example. */
    static final String STORY = "story";
    /** String: the evidence (results, figures, earlier awards). */
    static final String EVIDENCE = "evidence";

    // --- Task_RegisterExample ---
    /** Long: id of the model_example row. */
    static final String EXAMPLE_ID = "exampleId";
    /** String: the example's business key, GDH-yyyy-id. */
    static final String EXAMPLE_KEY = "exampleKey";
    /** String: code of the proposing unit (candidate groups unit-head.${unitCode}, unit-officer.${unitCode}). */
    static final String UNIT_CODE = "unitCode";
    /** String: name of the proposing unit. */
    static final String UNIT_NAME = "unitName";
    /** String: the group that vets the example (ExampleStewards). */
    static final String VETTING_GROUP = "vettingGroup";
    /** String: the group that approves publishing and may withdraw (ExampleStewards). */
    static final String PUBLISHING_GROUP = "publishingGroup";
    /** Json: the unit's persons and the unit itself, as the dossier form's choice of the person or collective. */
    static final String NOMINEE_OPTIONS = "nomineeOptions";
    /** Json: the movements the unit takes part in or stands for, as the dossier form's choice of a movement. */
    static final String MOVEMENT_OPTIONS = "movementOptions";
    /** String: the ISO-8601 cycle of the nurture plan's follow-up tasks (configuration). */
    static final String FOLLOW_UP_CYCLE = "followUpCycle";
    /** String: the address of the example's public page (once published). */
    static final String PUBLIC_ADDRESS = "publicAddress";

    // --- the dossier task ---
    /** String: registry code of the person or collective put forward, if the example is one (optional). */
    static final String NOMINEE_CODE = "nomineeCode";
    /** String: id of the movement the example belongs to (optional; one of movementOptions, checked on the server). */
    static final String MOVEMENT_ID = "movementId";

    // --- the unit head ---
    /** String: {@link Decision#APPROVE} or {@link Decision#RETURN}. */
    static final String HEAD_DECISION = "headDecision";
    /** String: the head's reason (required on a return). */
    static final String HEAD_COMMENT = "headComment";

    // --- the standing agency's vetting ---
    /** String: {@link Decision#ACCEPT}, {@link Decision#RETURN} or {@link Decision#REFUSE}. */
    static final String VETTING_DECISION = "vettingDecision";
    /** String: the reason of a return or refusal. */
    static final String VETTING_COMMENT = "vettingComment";
    /** String: the nurture plan (kế hoạch bồi dưỡng), required on acceptance. */
    static final String NURTURE_PLAN = "nurturePlan";
    /** String: the short text the public page and the feed show, required on acceptance. */
    static final String PUBLIC_SUMMARY = "publicSummary";
    /** Boolean: put the example forward for commendation once it is published. */
    static final String PUT_FORWARD = "putForward";

    // --- the approval of publishing ---
    /** String: {@link Decision#APPROVE} or {@link Decision#RETURN}. */
    static final String PUBLISH_DECISION = "publishDecision";
    /** String: the reason of a return. */
    static final String PUBLISH_COMMENT = "publishComment";
    /** String: business key of the commendation proposal started for the example. */
    static final String COMMENDATION_KEY = "commendationKey";

    // --- the monitoring of a published example ---
    /** String: {@link Decision#WITHDRAW} or {@link Decision#CLOSE}. */
    static final String MONITOR_DECISION = "monitorDecision";
    /** String: why the example is withdrawn (required). */
    static final String WITHDRAW_REASON = "withdrawReason";

    // --- a follow-up task ---
    /** String: the unit's report on the nurture plan. */
    static final String FOLLOW_UP_REPORT = "followUpReport";

    private ModelExampleVariables() { }

    static ExampleInput input(VariableScope scope) {
        return new ExampleInput(scope.getVariable(EXAMPLE_KIND), scope.getVariable(TITLE),
                scope.getVariable(SUBJECT_NAME), scope.getVariable(STORY), scope.getVariable(EVIDENCE));
    }

    static long exampleId(VariableScope scope) {
        return ((Number) scope.getVariable(EXAMPLE_ID)).longValue();
    }

    static String text(VariableScope scope, String name) {
        return scope.getVariable(name) instanceof String s && !s.isBlank() ? s.strip() : null;
    }

    /** The answers of the decision fields, spelt as the forms and the model's conditions do. */
    enum Decision {
        APPROVE("approve"), RETURN("return"), ACCEPT("accept"), REFUSE("refuse"), WITHDRAW("withdraw"),
        CLOSE("close");

        private final String value;

        Decision(String value) {
            this.value = value;
        }

        String value() {
            return value;
        }

        boolean is(Object variable) {
            return value.equals(variable);
        }

        static boolean isOneOf(Object variable, Decision... allowed) {
            return Arrays.stream(allowed).anyMatch(d -> d.is(variable));
        }
    }

    /** The step ids the code and the tests name. */
    static final class Steps {
        static final String DOSSIER = "Task_ExampleDossier";
        static final String HEAD_REVIEW = "Task_ExampleHeadReview";
        static final String VETTING = "Task_ExampleVetting";
        static final String PUBLISH_APPROVAL = "Task_ExamplePublishApproval";
        static final String MONITOR = "Task_ExampleMonitor";
        static final String FOLLOW_UP = "Task_ExampleFollowUp";
        static final String FOLLOW_UP_TIMER = "Timer_ExampleFollowUp";

        private Steps() { }
    }
}
