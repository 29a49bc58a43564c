package vn.tdkt.proposal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many comments one network address may send from the public page in an hour. The page needs no sign-in, so
 * without a limit one person could bury the real comments under thousands. Counted on the wall clock (the engine's
 * clock may be moved in tests and demos) and kept in memory: a restart forgets, which is acceptable for a courtesy
 * limit.
 */
@Component
public class PublicCommentThrottle {

    static final Duration WINDOW = Duration.ofHours(1);
    private static final int MAX_SOURCES = 50_000;

    private final int perHour;
    private final Clock clock;
    private final Map<String, Deque<Instant>> sent = new ConcurrentHashMap<>();

    @Autowired
    public PublicCommentThrottle(@Value("${tdkt.consultation.public-comments-per-hour:10}") int perHour) {
        this(perHour, Clock.systemUTC());
    }

    PublicCommentThrottle(int perHour, Clock clock) {
        this.perHour = perHour;
        this.clock = clock;
    }

    /** Counts one comment from that source if the limit allows it; false when it is reached. */
    public boolean tryAcquire(String source) {
        Instant now = clock.instant();
        if (sent.size() > MAX_SOURCES) {
            sent.entrySet().removeIf(e -> isStale(e.getValue(), now));
        }
        Deque<Instant> times = sent.computeIfAbsent(source, s -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= perHour) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    private static boolean isStale(Deque<Instant> times, Instant now) {
        synchronized (times) {
            return times.isEmpty() || !times.peekLast().isAfter(now.minus(WINDOW));
        }
    }

    /** Forgets every count (tests that send from the same address as others). */
    void forgetAll() {
        sent.clear();
    }
}
