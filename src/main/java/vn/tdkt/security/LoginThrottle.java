package vn.tdkt.security;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.tdkt.audit.AuditKind;
import vn.tdkt.audit.AuditRecord;
import vn.tdkt.audit.AuditTrail;
import vn.tdkt.identity.PasswordChecks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Slows down password guessing without letting anyone lock anyone else out. Every password check of the engine goes
 * through it (HTTP Basic, the webapps' login, password changes: {@link PasswordChecks}); a wrong password is a
 * record of the audit chain. Three rules, all of which let go by themselves:
 * <ol>
 *   <li><b>One account from one source</b> (client address): after {@code freeAttempts} wrong passwords each further
 *   attempt waits {@code firstDelay}, doubled after every wrong password, up to {@code maxDelay} (15 minutes). Only
 *   that source waits: the owner at their own machine is not held back by a stranger's guesses.</li>
 *   <li><b>One source, any accounts</b>: {@code sourceLimit} wrong passwords within {@code window} hold the source back
 *   until the oldest of them is older than the window — except for accounts the source has signed in to before.</li>
 *   <li><b>One account, any sources</b> (guessing spread over many machines): {@code accountLimit} wrong passwords
 *   within the window hold back every source that has not signed in to the account within {@code knownSourceTtl};
 *   sources the owner uses keep working.</li>
 * </ol>
 * Attempts held back check no password and count for nothing, so a stranger cannot lengthen a wait by insisting. An
 * administrator lifts every wait of an account early ({@code DELETE /api/security/login-locks/accounts/{userId}}, or
 * "Mở khóa" in Camunda Admin). State is kept in memory: a restart forgets it (it also forgets the waits).
 */
@Component
public class LoginThrottle implements PasswordChecks {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy", Locale.ROOT)
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final int MAX_ENTRIES = 50_000;

    private final LoginThrottleProperties properties;
    private final Clock clock;
    private final Consumer<AuditRecord> audit;

    private final Map<String, Pair> pairs = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> sourceFailures = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> accountFailures = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Instant>> knownSources = new ConcurrentHashMap<>();

    @Autowired
    public LoginThrottle(LoginThrottleProperties properties, AuditTrail trail) {
        this(properties, Clock.systemUTC(), trail::record);
    }

    LoginThrottle(LoginThrottleProperties properties, Clock clock, Consumer<AuditRecord> audit) {
        this.properties = properties;
        this.clock = clock;
        this.audit = audit;
    }

    /** Whether an attempt may be made now, and if not, how long to wait and why (in Vietnamese). */
    public record Decision(boolean allowed, Duration retryAfter, String reason) {
        static final Decision ALLOW = new Decision(true, Duration.ZERO, null);

        public long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }

    /** One account or one source held back, for administrators. */
    public record Hold(String scope, String account, String source, Instant until, int failures) { }

    // PasswordChecks: the engine's password checks, from the source of the request being served ////////////

    @Override
    public boolean mayTry(String userId) {
        return decide(userId, LoginSource.current()).allowed();
    }

    @Override
    public void failed(String userId) {
        recordFailure(userId, LoginSource.current());
    }

    @Override
    public void succeeded(String userId) {
        recordSuccess(userId, LoginSource.current());
    }

    @Override
    public void unlocked(String userId) {
        lift(userId);
    }

    // the rules ////////////////////////////////////////////////////////////////////////////////////////////////

    public Decision decide(String userId, String source) {
        Instant now = clock.instant();
        String account = key(userId);
        Pair pair = pairs.get(account + "\n" + source);
        if (pair != null && pair.heldUntil(properties) != null && now.isBefore(pair.heldUntil(properties))) {
            Duration wait = Duration.between(now, pair.heldUntil(properties));
            return new Decision(false, wait, "Đã nhập sai mật khẩu " + pair.failures + " lần cho tài khoản này từ máy"
                    + " này; hãy chờ " + human(wait) + " rồi thử lại.");
        }
        boolean known = isKnown(account, source, now);
        if (!known) {
            Optional<Instant> sourceUntil = heldUntil(sourceFailures.get(source), properties.sourceLimit(), now);
            if (sourceUntil.isPresent()) {
                Duration wait = Duration.between(now, sourceUntil.get());
                return new Decision(false, wait, "Máy này đã nhập sai mật khẩu quá nhiều lần; hãy chờ " + human(wait)
                        + " rồi thử lại, hoặc đăng nhập từ máy anh/chị thường dùng.");
            }
            Optional<Instant> accountUntil = heldUntil(accountFailures.get(account), properties.accountLimit(), now);
            if (accountUntil.isPresent()) {
                Duration wait = Duration.between(now, accountUntil.get());
                return new Decision(false, wait, "Tài khoản này đang bị dò mật khẩu từ nhiều nơi nên tạm chỉ nhận đăng"
                        + " nhập từ máy đã từng đăng nhập; hãy chờ " + human(wait) + " hoặc nhờ quản trị viên mở khóa.");
            }
        }
        return Decision.ALLOW;
    }

    public void recordFailure(String userId, String source) {
        Instant now = clock.instant();
        String account = key(userId);
        housekeeping(now);
        Pair pair = pairs.compute(account + "\n" + source, (k, p) -> {
            Pair next = p == null || p.expired(now, properties) ? new Pair() : p;
            next.failures++;
            next.lastFailure = now;
            return next;
        });
        boolean sourceWasHeld = heldUntil(sourceFailures.get(source), properties.sourceLimit(), now).isPresent();
        boolean accountWasHeld = heldUntil(accountFailures.get(account), properties.accountLimit(), now).isPresent();
        add(sourceFailures, source, now);
        add(accountFailures, account, now);

        Map<String, Object> details = new LinkedHashMap<>();
        details.put("source", source);
        details.put("failures", pair.failures);
        audit.accept(AuditRecord.domain(AuditKind.LOGIN_FAILED, now, null, null, null, cut(userId), details));

        Instant pairUntil = pair.heldUntil(properties);
        if (pairUntil != null) {
            held("tài khoản '" + cut(userId) + "' từ " + source, userId, source, pairUntil, pair.failures, now);
        }
        heldUntil(sourceFailures.get(source), properties.sourceLimit(), now).filter(u -> !sourceWasHeld)
                .ifPresent(until -> held("mọi tài khoản từ " + source, null, source, until,
                        properties.sourceLimit(), now));
        heldUntil(accountFailures.get(account), properties.accountLimit(), now).filter(u -> !accountWasHeld)
                .ifPresent(until -> held("tài khoản '" + cut(userId) + "' từ các máy chưa từng đăng nhập", userId, null,
                        until, properties.accountLimit(), now));
    }

    public void recordSuccess(String userId, String source) {
        Instant now = clock.instant();
        String account = key(userId);
        pairs.remove(account + "\n" + source);
        knownSources.computeIfAbsent(account, a -> new ConcurrentHashMap<>()).put(source, now);
        Map<String, Instant> known = knownSources.get(account);
        if (known.size() > 20) {
            known.entrySet().stream().min(Map.Entry.comparingByValue()).ifPresent(e -> known.remove(e.getKey()));
        }
    }

    /** Lifts every wait of the account; true when there was one. */
    public boolean lift(String userId) {
        String account = key(userId);
        boolean any = accountFailures.remove(account) != null;
        any |= pairs.keySet().removeIf(k -> k.startsWith(account + "\n"));
        return any;
    }

    /** Lifts the wait of a source (all accounts); true when there was one. */
    public boolean liftSource(String source) {
        boolean any = sourceFailures.remove(source) != null;
        any |= pairs.keySet().removeIf(k -> k.endsWith("\n" + source));
        return any;
    }

    /** Every wait in force now. */
    public List<Hold> holds() {
        Instant now = clock.instant();
        List<Hold> out = new ArrayList<>();
        pairs.forEach((k, p) -> {
            Instant until = p.heldUntil(properties);
            if (until != null && now.isBefore(until)) {
                String[] parts = k.split("\n", 2);
                out.add(new Hold("ACCOUNT_FROM_SOURCE", parts[0], parts[1], until, p.failures));
            }
        });
        sourceFailures.forEach((s, d) -> heldUntil(d, properties.sourceLimit(), now)
                .ifPresent(u -> out.add(new Hold("SOURCE", null, s, u, recent(d, now)))));
        accountFailures.forEach((a, d) -> heldUntil(d, properties.accountLimit(), now)
                .ifPresent(u -> out.add(new Hold("ACCOUNT_FROM_UNKNOWN_SOURCES", a, null, u, recent(d, now)))));
        out.sort(Comparator.comparing(Hold::until));
        return out;
    }

    // internals ////////////////////////////////////////////////////////////////////////////////////////////////

    private void held(String scope, String userId, String source, Instant until, int failures, Instant now) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("scope", scope);
        details.put("until", TIME.format(until));
        details.put("failures", failures);
        if (source != null) {
            details.put("source", source);
        }
        audit.accept(AuditRecord.domain(AuditKind.LOGIN_HELD_BACK, now, null, null, null,
                userId == null ? source : cut(userId), details));
    }

    private boolean isKnown(String account, String source, Instant now) {
        Map<String, Instant> known = knownSources.get(account);
        Instant last = known == null ? null : known.get(source);
        return last != null && last.plus(properties.knownSourceTtl()).isAfter(now);
    }

    /** When a sliding count over the window reached the limit: held until its oldest counted failure leaves it. */
    private Optional<Instant> heldUntil(Deque<Instant> failures, int limit, Instant now) {
        if (failures == null) {
            return Optional.empty();
        }
        synchronized (failures) {
            prune(failures, now);
            if (failures.size() < limit) {
                return Optional.empty();
            }
            // the (size - limit + 1)-th oldest failure must leave the window for the count to fall below the limit
            Instant leaving = failures.stream().skip(failures.size() - limit).findFirst().orElseThrow();
            return Optional.of(leaving.plus(properties.window()));
        }
    }

    private int recent(Deque<Instant> failures, Instant now) {
        synchronized (failures) {
            prune(failures, now);
            return failures.size();
        }
    }

    private void add(Map<String, Deque<Instant>> map, String key, Instant now) {
        Deque<Instant> failures = map.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (failures) {
            failures.addLast(now);
            prune(failures, now);
            while (failures.size() > 1000) {
                failures.removeFirst();
            }
        }
    }

    /** A failure counts while it is younger than the window. */
    private void prune(Deque<Instant> failures, Instant now) {
        while (!failures.isEmpty() && !failures.peekFirst().plus(properties.window()).isAfter(now)) {
            failures.removeFirst();
        }
    }

    private void housekeeping(Instant now) {
        if (pairs.size() + sourceFailures.size() + accountFailures.size() < MAX_ENTRIES) {
            return;
        }
        pairs.entrySet().removeIf(e -> e.getValue().expired(now, properties));
        sourceFailures.entrySet().removeIf(e -> recent(e.getValue(), now) == 0);
        accountFailures.entrySet().removeIf(e -> recent(e.getValue(), now) == 0);
    }

    private static String key(String userId) {
        return userId == null ? "" : userId.strip().toLowerCase(Locale.ROOT);
    }

    private static String cut(String userId) {
        if (userId == null) {
            return "";
        }
        String s = userId.strip();
        return s.length() > 64 ? s.substring(0, 61) + "…" : s;
    }

    static String human(Duration d) {
        long seconds = Math.max(1, (d.toMillis() + 999) / 1000);
        if (seconds < 60) {
            return seconds + " giây";
        }
        long minutes = (seconds + 59) / 60;
        return minutes + " phút";
    }

    /** Failures of one account from one source since its last success. */
    private static final class Pair {
        int failures;
        Instant lastFailure;

        /** Until when further attempts wait, or null while the free attempts last. */
        Instant heldUntil(LoginThrottleProperties p) {
            if (failures < p.freeAttempts() || lastFailure == null) {
                return null;
            }
            int doublings = Math.min(30, failures - p.freeAttempts());
            Duration wait = p.firstDelay().multipliedBy(1L << doublings);
            if (wait.compareTo(p.maxDelay()) > 0 || wait.isNegative()) {
                wait = p.maxDelay();
            }
            return lastFailure.plus(wait);
        }

        /**
         * Forgotten after a quiet period as long as the longest wait, counted from the end of the current wait: a
         * source that keeps guessing stays at the longest wait; one that stops starts afresh.
         */
        boolean expired(Instant now, LoginThrottleProperties p) {
            if (lastFailure == null) {
                return true;
            }
            Instant held = heldUntil(p);
            return !now.isBefore((held == null ? lastFailure : held).plus(p.maxDelay()));
        }
    }
}
