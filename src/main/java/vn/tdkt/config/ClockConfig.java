package vn.tdkt.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

/** One clock in the province's time zone, replaceable in tests. */
@Configuration
public class ClockConfig {

    @Bean
    Clock clock(@Value("${tdkt.time-zone:Asia/Ho_Chi_Minh}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
