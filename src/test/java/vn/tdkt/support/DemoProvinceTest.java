package vn.tdkt.support;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application as {@link IntegrationTest} gives it, with the demo province seeded: for the tests of the demo
 * itself (its seeders, the year's walkthrough by its users) and for the tests not yet moved onto data of their own,
 * which still sign in as demo users or read demo units, persons and award history.
 * <p>
 * These classes carry the tag {@value #TAG}: Maven runs them in a JVM of their own (the surefire execution
 * {@code default-test}), before the tests that build their own data run on a province without the demo
 * ({@code own-data-tests}). Moving a class onto its own data means building what it reads with
 * {@link TestOrganisation} (or a fixture of its package) and changing this annotation to {@link IntegrationTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(DemoProvinceTest.TAG)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "tdkt.demo.enabled=true")
public @interface DemoProvinceTest {

    /** The JUnit tag of the demo-province tests, named in the POM's surefire executions. */
    String TAG = "demo-province";
}
