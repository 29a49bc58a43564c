package vn.tdkt.support;

import org.springframework.boot.test.context.SpringBootTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application on a random port, on the test profile's database (H2 in memory, or PostgreSQL
 * with -Ppostgres). Every test class uses this same configuration so that one Spring context and one
 * process engine serve the whole suite. Tests must not assume empty tables: the demo province is seeded.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public @interface IntegrationTest {
}
