package vn.tdkt.audit;

import java.util.Map;

/**
 * Where the readable timeline gets its names from: people and groups (Camunda identity), steps and the labels of
 * data (the deployed process definitions and their forms), decision tables' outputs, and the province's codes.
 * {@link EngineTimelineVocabulary} asks the engine; unit tests give fixed words.
 */
interface TimelineVocabulary {

    /** The user's full name, {@code null} when there is no such user (any more). */
    String userName(String userId);

    /** The group's name, {@code null} when there is no such group. */
    String groupName(String groupId);

    /** The deployed definition {@code key} in {@code version} (the latest when {@code null}); never {@code null}. */
    ProcessWords process(String key, Integer version);

    /** A deployed decision table's outputs: variable name → label; empty when unknown. */
    Map<String, String> decisionOutputs(String decisionDefinitionId);

    /** The province's label of a code (award type, document type, kind of commendation…), {@code null} if none. */
    String code(String value);
}
