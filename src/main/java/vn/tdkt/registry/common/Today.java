package vn.tdkt.registry.common;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/** Today's date in the province's time zone. */
@Component
public class Today {

    private final Clock clock;

    public Today(Clock clock) {
        this.clock = clock;
    }

    public LocalDate date() {
        return LocalDate.now(clock);
    }

    public int year() {
        return date().getYear();
    }
}
