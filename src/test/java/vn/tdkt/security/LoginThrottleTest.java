package vn.tdkt.security;

import org.junit.jupiter.api.Test;
import vn.tdkt.audit.AuditKind;
import vn.tdkt.audit.AuditRecord;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The throttle's rules on a clock of the test's own: waits grow, end by themselves, and hold back only strangers. */
class LoginThrottleTest {

    static final String OWNER = "10.0.0.5";
    static final String STRANGER = "203.0.113.9";

    final MovableClock clock = new MovableClock();
    final List<AuditRecord> audit = new ArrayList<>();
    final LoginThrottle throttle = new LoginThrottle(LoginThrottleProperties.defaults(), clock, audit::add);

    /** Wrong passwords, each sent as soon as the throttle lets it through (a patient guesser). */
    private void wrong(String user, String source, int times) {
        for (int i = 0; i < times; i++) {
            clock.move(throttle.decide(user, source).retryAfter());
            assertThat(throttle.decide(user, source).allowed()).as("attempt %d of %s from %s", i + 1, user, source)
                    .isTrue();
            throttle.recordFailure(user, source);
        }
    }

    @Test
    void threeWrongPasswordsAreFreeThenTheWaitDoublesUpToFifteenMinutes() {
        wrong("canbo.stp", STRANGER, 3);
        LoginThrottle.Decision held = throttle.decide("canbo.stp", STRANGER);
        assertThat(held.allowed()).isFalse();
        assertThat(held.retryAfter()).isEqualTo(Duration.ofSeconds(1));
        assertThat(held.reason()).contains("3 lần", "hãy chờ 1 giây");
        clock.move(Duration.ofSeconds(1));
        wrong("canbo.stp", STRANGER, 1);
        assertThat(throttle.decide("canbo.stp", STRANGER).retryAfter()).isEqualTo(Duration.ofSeconds(2));
        wrong("canbo.stp", STRANGER, 20);
        // a guesser who keeps going stays at the longest wait
        assertThat(throttle.decide("canbo.stp", STRANGER).retryAfter()).isEqualTo(Duration.ofMinutes(15));
        wrong("canbo.stp", STRANGER, 1);
        assertThat(throttle.decide("canbo.stp", STRANGER).retryAfter()).isEqualTo(Duration.ofMinutes(15));
        // the wait ends by itself
        clock.move(Duration.ofMinutes(15));
        assertThat(throttle.decide("canbo.stp", STRANGER).allowed()).isTrue();
    }

    @Test
    void attemptsHeldBackCountForNothingSoInsistingDoesNotLengthenTheWait() {
        wrong("chutich", STRANGER, 3);
        assertThat(throttle.decide("chutich", STRANGER).allowed()).isFalse();
        Instant until = clock.instant().plus(throttle.decide("chutich", STRANGER).retryAfter());
        for (int i = 0; i < 50; i++) {
            assertThat(throttle.decide("chutich", STRANGER).allowed()).isFalse(); // refused, nothing recorded
        }
        assertThat(clock.instant().plus(throttle.decide("chutich", STRANGER).retryAfter())).isEqualTo(until);
        assertThat(audit).filteredOn(r -> r.kind() == AuditKind.LOGIN_FAILED).hasSize(3);
    }

    @Test
    void aStrangersGuessesDoNotHoldTheOwnerBack() {
        wrong("admin", STRANGER, 10);
        clock.move(Duration.ofSeconds(1));
        assertThat(throttle.decide("admin", STRANGER).allowed()).isFalse();
        assertThat(throttle.decide("admin", OWNER).allowed()).isTrue();
        throttle.recordSuccess("admin", OWNER);
        assertThat(throttle.decide("admin", OWNER).allowed()).isTrue();
    }

    @Test
    void aSourceGuessingManyAccountsWaitsExceptForAccountsItHasSignedInTo() {
        String office = "198.51.100.7";
        throttle.recordSuccess("canbo.syt", office);
        for (int i = 0; i < 30; i++) {
            throttle.recordFailure("khong-co-" + i, office);
        }
        LoginThrottle.Decision held = throttle.decide("canbo.stc", office);
        assertThat(held.allowed()).isFalse();
        assertThat(held.reason()).contains("Máy này đã nhập sai mật khẩu quá nhiều lần");
        assertThat(throttle.decide("canbo.syt", office).allowed()).as("an account signed in from there").isTrue();
        assertThat(throttle.decide("canbo.stc", OWNER).allowed()).as("another source").isTrue();
        clock.move(Duration.ofMinutes(15));
        assertThat(throttle.decide("canbo.stc", office).allowed()).as("the window has passed").isTrue();
        assertThat(audit).filteredOn(r -> r.kind() == AuditKind.LOGIN_HELD_BACK)
                .anySatisfy(r -> assertThat(String.valueOf(r.details().get("scope"))).contains("mọi tài khoản từ " + office));
    }

    @Test
    void guessingSpreadOverManySourcesHoldsBackOnlyTheSourcesTheOwnerNeverUsed() {
        throttle.recordSuccess("thutruong.stp", OWNER);
        for (int i = 0; i < 50; i++) {
            throttle.recordFailure("thutruong.stp", "192.0.2." + i);
        }
        assertThat(throttle.decide("thutruong.stp", "192.0.2.200").allowed()).isFalse();
        assertThat(throttle.decide("thutruong.stp", "192.0.2.200").reason()).contains("từ nhiều nơi");
        assertThat(throttle.decide("thutruong.stp", OWNER).allowed()).as("the owner's own machine").isTrue();
        // an administrator lifts it early
        assertThat(throttle.lift("thutruong.stp")).isTrue();
        assertThat(throttle.decide("thutruong.stp", "192.0.2.200").allowed()).isTrue();
    }

    @Test
    void aKnownSourceIsForgottenAfterThirtyDays() {
        throttle.recordSuccess("thuky.hd", OWNER);
        clock.move(Duration.ofDays(31));
        for (int i = 0; i < 50; i++) {
            throttle.recordFailure("thuky.hd", "192.0.2." + i);
        }
        assertThat(throttle.decide("thuky.hd", OWNER).allowed()).isFalse();
    }

    @Test
    void holdsAreListedAndLiftedByAnAdministrator() {
        wrong("tiepnhan", STRANGER, 4);
        assertThat(throttle.decide("tiepnhan", STRANGER).allowed()).isFalse();
        assertThat(throttle.holds()).anySatisfy(h -> {
            assertThat(h.scope()).isEqualTo("ACCOUNT_FROM_SOURCE");
            assertThat(h.account()).isEqualTo("tiepnhan");
            assertThat(h.source()).isEqualTo(STRANGER);
            assertThat(h.failures()).isEqualTo(4);
        });
        assertThat(throttle.lift("TiepNhan")).as("account names are matched regardless of case").isTrue();
        assertThat(throttle.holds()).isEmpty();
        assertThat(throttle.decide("tiepnhan", STRANGER).allowed()).isTrue();
        assertThat(throttle.lift("tiepnhan")).isFalse();
    }

    @Test
    void everyWrongPasswordIsARecordOfTheAuditChain() {
        throttle.recordFailure("khong-ton-tai", STRANGER);
        assertThat(audit).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(AuditKind.LOGIN_FAILED);
            assertThat(r.subject()).isEqualTo("khong-ton-tai");
            assertThat(r.details()).containsEntry("source", STRANGER).containsEntry("failures", 1);
            assertThat(r.actor()).isNull();
        });
    }

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T01:00:00Z");

        void move(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
