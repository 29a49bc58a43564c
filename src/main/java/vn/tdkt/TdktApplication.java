package vn.tdkt;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Workflow system for emulation and commendation work (thi đua – khen thưởng) of a province.
 * Spring makes no user of its own: every login is checked against Camunda's identity service.
 */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
public class TdktApplication {

    public static void main(String[] args) {
        SpringApplication.run(TdktApplication.class, args);
    }
}
