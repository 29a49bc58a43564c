package vn.tdkt;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Locations;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package map of docs/development.md ("Package map (enforced by ArchitectureTest)"), checked on the compiled
 * main classes: no cycles between the feature packages {@code vn.tdkt.<name>} (a subpackage counts with its top
 * package), every package depends only on its own layer and the layers below, HTTP stays at the edge and Camunda's
 * internals stay in the packages that extend the engine. Plain JUnit, no Spring context: a few seconds.
 */
class ArchitectureTest {

    private static final String BASE = "vn.tdkt";

    /** The application's compiled classes, read from where TdktApplication was loaded (not from the libraries). */
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importLocations(Locations.ofPackage(BASE).stream()
                    .filter(l -> l.contains(TdktApplication.class.getProtectionDomain().getCodeSource().getLocation()
                            .toString()))
                    .collect(Collectors.toSet()));

    /**
     * The layers, lowest first. A package may use the packages of its own layer and of the layers below, never one
     * above; within a layer the cycle rule keeps the packages apart. A new top-level package must be placed here.
     */
    static final List<List<String>> LAYERS = List.of(
            // kernel: refusals, text and number formats, the PDF kit, engine helpers, the calendar, legal rules and
            // the workflow plumbing every process step uses (InputRejectedException, task endings, history sink), the
            // database's schema and upkeep
            List.of("refusal", "format", "pdf", "engine", "calendar", "rules", "workflow", "schema"),
            // who is who: users, roles, units of a user
            List.of("identity"),
            // the registries (units, persons, award types and records, blocks) and the BPMN/DMN model checks
            List.of("registry", "model"),
            // the audit trail every change writes to, and the auditor's reading of it
            List.of("audit"),
            // dossiers and their documents, eligibility rules, task lists, form rules
            List.of("documents", "eligibility", "tasks", "formrules"),
            // award decisions and the outgoing register
            List.of("awarddecision"),
            // services the processes share: the secret ballot, notifications, substitution while on leave; the annual
            // statistics report (it reads the registry's awards)
            List.of("ballot", "notification", "delegation",
                    "statistics"),
            // the commendation proposal process
            List.of("proposal"),
            // the processes that start or feed proposals: block cycles, council sessions, emulation registration,
            // emulation movements, model examples, the revocation of awards, where dossiers are late
            List.of("block", "council", "registration", "movement", "exemplar", "revocation", "sla"),
            // the edge: HTTP mapping, security, the front door, configuration and demo data
            List.of("web", "security", "home", "config", "demo"));

    /** The packages that may use the web package: the edge. */
    private static final String[] WEB_EDGE = {"vn.tdkt.web..", "vn.tdkt.security..", "vn.tdkt.config..",
            "vn.tdkt.home.."};

    /**
     * The packages that extend the engine, so may use its internals ({@code org.camunda.bpm.engine.impl..}):
     * <ul>
     *   <li>engine — running engine calls as the system, inside or outside a command;</li>
     *   <li>workflow — engine plugins, command interceptors, the form-validation refusal, the history sink;</li>
     *   <li>model — the model checks run as a pre-deployer inside the engine;</li>
     *   <li>audit — the engine plugin and history event handler that feed the audit chain, the comment interceptor;</li>
     *   <li>ballot — the secret-ballot plugin, history filter and task guard;</li>
     *   <li>delegation — the leave plugin and parse listener that reroute tasks;</li>
     *   <li>formrules — the plugin and listener that check task forms against their rules;</li>
     *   <li>identity — the guarded identity provider and its plugin;</li>
     *   <li>tasks — the parse listener that makes tasks readable to their candidates;</li>
     *   <li>security — the task-writes plugin and filter (comments and attachments only for participants).</li>
     * </ul>
     */
    private static final String[] ENGINE_EXTENSIONS = {"vn.tdkt.engine..", "vn.tdkt.workflow..", "vn.tdkt.model..",
            "vn.tdkt.audit..", "vn.tdkt.ballot..", "vn.tdkt.delegation..", "vn.tdkt.formrules..", "vn.tdkt.identity..",
            "vn.tdkt.tasks..", "vn.tdkt.security.."};

    /**
     * Engine internals any package may use: the current authentication, which the public {@code IdentityService}
     * returns. The engine's clock ({@code ClockUtil}) is not among them: services read time from the one
     * {@code java.time.Clock} (engine.EngineClock), which reads the engine's time.
     */
    private static final Set<String> PUBLIC_IN_PRACTICE = Set.of("org.camunda.bpm.engine.impl.identity.Authentication");

    /**
     * Frozen: classes outside the engine extensions that still use engine internals other than the clock. Do not add
     * to this list; move such a use behind a class of an engine-extension package instead.
     */
    private static final Set<String> FROZEN_ENGINE_INTERNALS = Set.of(
            "vn.tdkt.proposal.ProposalAnswerValidator",           // Context, ExecutionEntity: the current execution
            "vn.tdkt.proposal.ProposalController",                // FormFieldValidationException: a task-form refusal
            "vn.tdkt.block.cycle.BlockCycleController",           // FormFieldValidationException: a task-form refusal
            "vn.tdkt.notification.UnitRecipientResolver");        // ProcessEngineConfigurationImpl

    /**
     * The province-year simulation's clock (src/demo, not in the production jar): it moves the engine's time as the
     * tests do, so that timers fall due. Nothing else outside the engine extensions may.
     */
    private static final Set<String> MOVES_THE_ENGINE_CLOCK = Set.of("vn.tdkt.demo.simulation.SimulationClock");

    /** Frozen: classes outside controllers and the edge that still use Spring's web types. Do not add to it. */
    private static final Set<String> FROZEN_WEB_TYPES = Set.of(
            "vn.tdkt.registry.importer.ImportService");           // takes the uploaded MultipartFile

    @Test
    void readsTheApplicationsClasses() {
        assertThat(CLASSES.contain(TdktApplication.class)).isTrue();
        assertThat(CLASSES.size()).as("classes read").isGreaterThan(300);
    }

    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching(BASE + ".(*)..").namingSlices("$1").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void everyPackageDependsOnlyOnItsLayerAndTheLayersBelow() {
        Map<String, Integer> layerOf = IntStream.range(0, LAYERS.size()).boxed()
                .flatMap(i -> LAYERS.get(i).stream().map(p -> Map.entry(p, i)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Set<String> unplaced = new TreeSet<>();
        Set<String> upward = new TreeSet<>();
        for (JavaClass c : CLASSES) {
            Optional<String> from = feature(c);
            if (from.isEmpty()) {
                continue;
            }
            if (!layerOf.containsKey(from.get())) {
                unplaced.add(from.get());
                continue;
            }
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                Optional<String> to = feature(d.getTargetClass());
                if (to.isPresent() && layerOf.containsKey(to.get()) && layerOf.get(to.get()) > layerOf.get(from.get())) {
                    upward.add(from.get() + " -> " + to.get() + ": " + d.getDescription());
                }
            }
        }
        assertThat(unplaced).as("packages missing from ArchitectureTest.LAYERS").isEmpty();
        assertThat(upward).as("dependencies on a higher layer of the package map").isEmpty();
    }

    @Test
    void onlyTheEdgeUsesTheWebPackage() {
        noClasses().that().resideOutsideOfPackages(WEB_EDGE)
                .should().dependOnClassesThat().resideInAPackage("vn.tdkt.web..")
                .because("a domain refusal is a vn.tdkt.refusal.Refusal; the web package maps it to HTTP")
                .check(CLASSES);
    }

    @Test
    void refusalsKnowNothingOfSpringOrCamunda() {
        noClasses().that().resideInAPackage("vn.tdkt.refusal..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.camunda..",
                        "jakarta..", "vn.tdkt.web..")
                .check(CLASSES);
    }

    @Test
    void engineInternalsOnlyInTheEngineExtensions() {
        noClasses().that().resideOutsideOfPackages(ENGINE_EXTENSIONS)
                .and(not(named(FROZEN_ENGINE_INTERNALS)))
                .and(not(named(MOVES_THE_ENGINE_CLOCK)))
                .should().dependOnClassesThat(engineInternals())
                .check(CLASSES);
    }

    @Test
    void springWebOnlyInControllersAndTheEdge() {
        noClasses().that().resideOutsideOfPackages(WEB_EDGE)
                .and(not(controllerOrInsideOne()))
                .and(not(named(FROZEN_WEB_TYPES)))
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..",
                        "org.springframework.http..")
                .check(CLASSES);
    }

    /** The top-level package of vn.tdkt a class belongs to, if any. */
    private static Optional<String> feature(JavaClass c) {
        String pkg = c.getPackageName();
        if (!pkg.startsWith(BASE + ".")) {
            return Optional.empty();
        }
        String rest = pkg.substring(BASE.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    private static DescribedPredicate<JavaClass> engineInternals() {
        return DescribedPredicate.describe("are Camunda engine internals other than " + PUBLIC_IN_PRACTICE,
                c -> c.getPackageName().startsWith("org.camunda.bpm.engine.impl")
                        && !PUBLIC_IN_PRACTICE.contains(c.getName()));
    }

    private static DescribedPredicate<JavaClass> named(Set<String> names) {
        return DescribedPredicate.describe("in " + names,
                c -> names.contains(topLevel(c).getName()));
    }

    private static DescribedPredicate<JavaClass> controllerOrInsideOne() {
        return DescribedPredicate.describe("a controller or nested in one", c -> {
            JavaClass top = topLevel(c);
            return top.getSimpleName().endsWith("Controller") || top.isAnnotatedWith(RestController.class)
                    || top.isAnnotatedWith(Controller.class);
        });
    }

    private static JavaClass topLevel(JavaClass c) {
        JavaClass top = c;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }

    private static <T> DescribedPredicate<T> not(DescribedPredicate<T> p) {
        return DescribedPredicate.not(p);
    }
}
