package vn.tdkt.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.tdkt.engine.EngineClock;

import java.time.Clock;
import java.time.ZoneId;

/** The one clock: the engine's time in the province's time zone (see {@link EngineClock}). */
@Configuration
public class ClockConfig {

    @Bean
    Clock clock(@Value("${tdkt.time-zone:Asia/Ho_Chi_Minh}") String zone) {
        return new EngineClock(ZoneId.of(zone));
    }
}
