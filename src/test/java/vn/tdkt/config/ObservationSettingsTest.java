package vn.tdkt.config;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.config.observation.SecurityObservationSettings;
import vn.tdkt.support.IntegrationTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With observations off (the default, {@link ObservationSettings}), requests to the pages and to the engine's REST API
 * are answered as before and leave no request or security-filter timer behind; Spring Security is told to observe
 * nothing.
 */
@IntegrationTest
class ObservationSettingsTest {

    @Autowired MeterRegistry meters;
    @Autowired SecurityObservationSettings securityObservations;
    @LocalServerPort int port;

    @Test
    void requestsAreAnsweredAndNoTimerIsRecorded() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        String basic = "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> engine = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/engine-rest/engine")).header("Authorization", basic).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(engine.statusCode()).isEqualTo(200);

        assertThat(meters.find("http.server.requests").meters()).isEmpty();
        assertThat(meters.getMeters()).noneMatch(meter -> meter.getId().getName().startsWith("spring.security"));
        assertThat(securityObservations.shouldObserveRequests()).isFalse();
        assertThat(securityObservations.shouldObserveAuthentications()).isFalse();
        assertThat(securityObservations.shouldObserveAuthorizations()).isFalse();
    }
}
