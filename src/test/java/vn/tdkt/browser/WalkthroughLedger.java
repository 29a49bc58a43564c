package vn.tdkt.browser;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import vn.tdkt.support.TaskCompletionChannels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What the walkthrough did: the process instances its users started in the browser, and, read from the engine's
 * history at the end, every user task completed in them with the channel it was completed through. A user task
 * is covered when one of its instances was completed from Tasklist; any task of these instances completed through
 * /engine-rest, or ended without a completion request from Tasklist (e.g. by the test's Java code), is a step the
 * walkthrough did not do as a person would.
 */
final class WalkthroughLedger {

    private final Set<String> processInstanceIds = new LinkedHashSet<>();
    private final List<String> scenesRun = new ArrayList<>();
    private final List<String> wordsOnScreens = new ArrayList<>();

    /** An English or developer word seen on a screen of the walkthrough. */
    public synchronized void wordOnScreen(String where) {
        wordsOnScreens.add(where);
    }

    public synchronized List<String> wordsOnScreens() {
        return List.copyOf(wordsOnScreens);
    }

    /** Registers an instance a user started in the browser (a scene calls this right after the start). */
    public synchronized void started(String processInstanceId) {
        processInstanceIds.add(processInstanceId);
    }

    public synchronized void sceneRan(String scene) {
        scenesRun.add(scene);
    }

    public synchronized List<String> scenesRun() {
        return List.copyOf(scenesRun);
    }

    /** Every user task modelled in processes/*.bpmn, as "processKey/taskId". */
    public static Set<String> modelledUserTasks() {
        Set<String> all = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                for (UserTask task : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(UserTask.class)) {
                    ModelElementInstance parent = task.getParentElement();
                    while (!(parent instanceof Process)) {
                        parent = parent.getParentElement();
                    }
                    all.add(((Process) parent).getId() + "/" + task.getId());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    public record Coverage(Set<String> coveredInTasklist, List<String> notThroughTasklist) { }

    /** Reads the engine's history of the walkthrough's instances (and the instances they started). */
    public synchronized Coverage coverage(ProcessEngine engine) {
        Set<String> instances = new LinkedHashSet<>(processInstanceIds);
        // sub-processes started by call activities or by the processes themselves (a block's proposals)
        // are registered by the scenes; call activities' children are found through the super instance
        boolean grew = true;
        while (grew) {
            grew = false;
            for (String id : List.copyOf(instances)) {
                for (var child : engine.getHistoryService().createHistoricProcessInstanceQuery()
                        .superProcessInstanceId(id).list()) {
                    grew |= instances.add(child.getId());
                }
            }
        }
        Set<String> covered = new TreeSet<>();
        List<String> wrong = new ArrayList<>();
        for (String pi : instances) {
            for (HistoricTaskInstance task : engine.getHistoryService().createHistoricTaskInstanceQuery()
                    .processInstanceId(pi).finished().list()) {
                String key = processKeyOf(engine, task) + "/" + task.getTaskDefinitionKey();
                String channel = TaskCompletionChannels.channelOf(task.getId());
                if (TaskCompletionChannels.TASKLIST.equals(channel)) {
                    covered.add(key);
                } else if ("completed".equals(task.getDeleteReason())) {
                    wrong.add(key + " (" + task.getName() + ") completed " + (channel == null
                            ? "without a request from Tasklist" : "through " + channel));
                }
            }
        }
        return new Coverage(covered, wrong);
    }

    private static String processKeyOf(ProcessEngine engine, HistoricTaskInstance task) {
        return task.getProcessDefinitionKey();
    }
}
