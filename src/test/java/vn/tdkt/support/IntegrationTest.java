package vn.tdkt.support;

import org.springframework.boot.test.context.SpringBootTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application on a random port, on the test profile's database (H2 in memory, or PostgreSQL
 * with -Ppostgres), without the demo province: the test builds what it reads and signs in as users it made
 * ({@link TestOrganisation}, or a fixture of its package). Every such class uses this same configuration so that one
 * Spring context and one process engine serve them all. Tests must not assume empty tables: the other classes' data
 * is there, and on PostgreSQL the demo province of the {@link DemoProvinceTest} classes that ran before.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public @interface IntegrationTest {
}
