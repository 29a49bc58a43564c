package vn.tdkt.config;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Spring Boot's actuator records an observation (timers, long-task timers, their tags) for every HTTP request, and
 * Spring Security one for every filter of its chain. Nothing reads them: the actuator serves health only and no
 * registry exports metrics. In a profile of the reviewers' stress test that recording was 5.1 % of the request
 * threads' samples (docs/performance-rest.md, 8). So observations are off by default
 * ({@code management.observations.enable.all}, {@code TDKT_OBSERVATIONS}), and Spring Security then leaves its chain
 * undecorated; an operator who adds a metrics registry switches them on with that one setting.
 */
@Configuration
class ObservationSettings {

    @Bean
    @ConditionalOnProperty(name = "management.observations.enable.all", havingValue = "false")
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }
}
