package vn.tdkt.testing;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.spring.boot.starter.spin.CamundaJacksonFormatConfiguratorJSR310;
import org.camunda.bpm.spring.boot.starter.spin.CamundaJacksonFormatConfiguratorJdk8;
import org.camunda.bpm.spring.boot.starter.spin.CamundaJacksonFormatConfiguratorParameterNames;
import org.camunda.spin.DataFormats;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.mockito.Mockito;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bare process engine for fast model tests: in-memory H2, full history, no job executor, no Spring and none of
 * the application's engine plugins (auditing, answer validation, task texts). Beans named in expressions
 * ({@code ${someDelegate}}) resolve from {@link org.camunda.bpm.engine.test.mock.Mocks}, where each test registers
 * Mockito mocks. The models are read from {@code processes/} and {@code forms/} on disk, as the Modeler saves them.
 */
public final class BareEngine {

    private static final Pattern DELEGATE_EXPRESSION = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"");

    private BareEngine() { }

    /** A new engine with its own database; close it when the test class is done. */
    public static ProcessEngine start(String name) {
        quietLogging();
        StandaloneInMemProcessEngineConfiguration config = new StandaloneInMemProcessEngineConfiguration();
        String unique = name + "-" + UUID.randomUUID();
        config.setProcessEngineName("bare-" + unique);
        config.setJdbcUrl("jdbc:h2:mem:bare-" + unique);
        config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
        config.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        config.setJobExecutorActivate(false);
        config.setMetricsEnabled(false);
        config.setDbMetricsReporterActivate(false);
        config.setEnforceHistoryTimeToLive(true);
        config.setExpressionManager(new MockExpressionManager());
        // as in the application: lists and maps are stored as JSON, java.time values (a DMN input's FEEL date in the
        // decision history) too, with the Jackson modules the Spring Boot starter registers
        config.setDefaultSerializationFormat("application/json");
        config.getProcessEnginePlugins().add(new SpinProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                DataFormats.loadDataFormats(BareEngine.class.getClassLoader(), List.of(
                        new CamundaJacksonFormatConfiguratorJSR310(), new CamundaJacksonFormatConfiguratorJdk8(),
                        new CamundaJacksonFormatConfiguratorParameterNames()));
            }
        });
        return config.buildProcessEngine();
    }

    /** Deploys files given relative to the repository root (e.g. {@code processes/council-review.bpmn}) as one deployment. */
    public static void deploy(ProcessEngine engine, String... files) {
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("bare-model-test");
        for (String file : files) {
            try {
                deployment.addInputStream(file, Files.newInputStream(root().resolve(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        deployment.deploy();
    }

    /** The bean names a model calls through {@code camunda:delegateExpression="${name}"}. */
    public static Set<String> delegateExpressions(String bpmnFile) {
        try {
            Matcher m = DELEGATE_EXPRESSION.matcher(Files.readString(root().resolve(bpmnFile)));
            Set<String> names = new TreeSet<>();
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A mocked service task delegate that runs {@code body} (to set the variables the real one would) and can be verified. */
    public static JavaDelegate delegate(Consumer<DelegateExecution> body) {
        JavaDelegate mock = Mockito.mock(JavaDelegate.class);
        try {
            Mockito.doAnswer(call -> {
                body.accept(call.getArgument(0));
                return null;
            }).when(mock).execute(Mockito.any());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return mock;
    }

    /** A mocked service task delegate that does nothing. */
    public static JavaDelegate delegate() {
        return Mockito.mock(JavaDelegate.class);
    }

    /** A mocked execution listener that runs {@code body}. */
    public static ExecutionListener executionListener(Consumer<DelegateExecution> body) {
        ExecutionListener mock = Mockito.mock(ExecutionListener.class);
        try {
            Mockito.doAnswer(call -> {
                body.accept(call.getArgument(0));
                return null;
            }).when(mock).notify(Mockito.any(DelegateExecution.class));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return mock;
    }

    /** A mocked task listener that runs {@code body}. */
    public static TaskListener taskListener(Consumer<DelegateTask> body) {
        TaskListener mock = Mockito.mock(TaskListener.class);
        Mockito.doAnswer(call -> {
            body.accept(call.getArgument(0));
            return null;
        }).when(mock).notify(Mockito.any(DelegateTask.class));
        return mock;
    }

    /**
     * Without Spring, logback runs unconfigured and logs everything at DEBUG (every SQL statement of the engine),
     * which costs seconds: then warnings only, as application-test.yml has it.
     */
    private static void quietLogging() {
        if (org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                instanceof ch.qos.logback.classic.Logger root && root.getLevel() == ch.qos.logback.classic.Level.DEBUG) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    private static Path root() {
        return Path.of(System.getProperty("tdkt.repository.root", "."));
    }

    /** Registers a mock for the model's {@code ${name}} expressions and hands it back. */
    public static <T> T register(String name, T mock) {
        org.camunda.bpm.engine.test.mock.Mocks.register(name, mock);
        return mock;
    }

    /** After a test: removes every instance it left, forgets the mocks and camunda-bpm-assert's engine. */
    public static void endTest(ProcessEngine engine) {
        engine.getRuntimeService().createProcessInstanceQuery().list().forEach(p -> engine.getRuntimeService()
                .deleteProcessInstance(p.getId(), "test over", true, true));
        org.camunda.bpm.engine.test.mock.Mocks.reset();
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset();
    }

    /** Fails when the model names a bean no mock stands for (a new delegate the test does not know yet). */
    public static void assertEveryDelegateMocked(String model) {
        org.assertj.core.api.Assertions.assertThat(delegateExpressions(model)).allSatisfy(name ->
                org.assertj.core.api.Assertions.assertThat(org.camunda.bpm.engine.test.mock.Mocks.get(name))
                        .as(name).isNotNull());
    }
}
