package vn.tdkt.config;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The postgres profile has no default password and no demo data; the default profile runs on H2 under ./data. */
class ProfileConfigurationTest {

    @Test
    void postgresProfileHasNoDefaultsThatWouldLeakIntoProduction() throws Exception {
        PropertySource<?> postgres = load("application-postgres.yml");
        assertThat(postgres.getProperty("tdkt.demo.enabled")).isEqualTo(false);
        assertThat(String.valueOf(postgres.getProperty("tdkt.bootstrap.admin.password"))).isEqualTo("${TDKT_ADMIN_PASSWORD:}");
        assertThat(String.valueOf(postgres.getProperty("tdkt.bootstrap.admin.id"))).isEqualTo("${TDKT_ADMIN_ID:}");
        assertThat(String.valueOf(postgres.getProperty("spring.datasource.url"))).startsWith("${TDKT_DB_URL:jdbc:postgresql:");
    }

    @Test
    void defaultProfileKeepsH2UnderData() throws Exception {
        PropertySource<?> defaults = load("application.yml");
        assertThat(String.valueOf(defaults.getProperty("spring.datasource.url"))).startsWith("jdbc:h2:file:./data/");
        assertThat(defaults.getProperty("camunda.bpm.authorization.enabled")).isEqualTo(true);
        assertThat(defaults.getProperty("tdkt.demo.enabled")).isEqualTo(true);
    }

    private PropertySource<?> load(String name) throws Exception {
        List<PropertySource<?>> sources = new YamlPropertySourceLoader().load(name, new ClassPathResource(name));
        return sources.get(0);
    }
}
