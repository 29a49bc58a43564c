package vn.tdkt.delegation;

import org.junit.jupiter.api.Test;
import vn.tdkt.delegation.SubstitutionRules.Facts;
import vn.tdkt.delegation.SubstitutionRules.Person;
import vn.tdkt.delegation.SubstitutionRules.Request;
import vn.tdkt.delegation.SubstitutionRules.Violation;
import vn.tdkt.identity.Role;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of naming a substitute, on plain facts. */
class SubstitutionRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final Person HEAD = new Person("thutruong.stp", true,
            Set.of("unit-head", "unit-head.stp", "block-member", "block-member.stp", "council-member"), "stp", true);
    static final Person DEPUTY = new Person("phothutruong.stp", true, Set.of("unit-head"), "stp", true);

    static Request req(String substitute, LocalDate from, LocalDate to) {
        return new Request("thutruong.stp", substitute, from, to, "Đi công tác Hà Nội");
    }

    static Facts facts(Person substitute) {
        return new Facts(TODAY, HEAD, substitute, List.of(), List.of(), List.of());
    }

    static Substitution existing(long id, String user, String substitute, LocalDate from, LocalDate to) {
        return new Substitution(id, user, substitute, from, to, "Nghỉ phép", user, Instant.EPOCH, null, null);
    }

    static List<String> codes(List<Violation> v) {
        return v.stream().map(Violation::code).toList();
    }

    @Test
    void theDeputyOfTheSameUnitMayStandInFromTodayOn() {
        assertThat(SubstitutionRules.check(req("phothutruong.stp", TODAY, TODAY.plusDays(4)), facts(DEPUTY))).isEmpty();
        assertThat(SubstitutionRules.check(req("phothutruong.stp", TODAY.plusDays(3), TODAY.plusDays(3)), facts(DEPUTY)))
                .as("one day, later").isEmpty();
    }

    @Test
    void datesMustBeOrderedAndNotPast() {
        assertThat(codes(SubstitutionRules.check(req("phothutruong.stp", TODAY.plusDays(5), TODAY.plusDays(2)),
                facts(DEPUTY)))).containsExactly("RANGE_REVERSED");
        List<Violation> past = SubstitutionRules.check(req("phothutruong.stp", TODAY.minusDays(1), TODAY.plusDays(2)),
                facts(DEPUTY));
        assertThat(codes(past)).containsExactly("IN_THE_PAST");
        assertThat(past.get(0).message()).contains("09/03/2026").contains("10/03/2026");
        assertThat(codes(SubstitutionRules.check(req("phothutruong.stp", null, TODAY), facts(DEPUTY))))
                .containsExactly("DATES_REQUIRED");
    }

    @Test
    void aReasonIsNeeded() {
        Request blank = new Request("thutruong.stp", "phothutruong.stp", TODAY, TODAY, "  ");
        assertThat(codes(SubstitutionRules.check(blank, facts(DEPUTY)))).containsExactly("REASON_REQUIRED");
        Request longOne = new Request("thutruong.stp", "phothutruong.stp", TODAY, TODAY, "x".repeat(501));
        assertThat(codes(SubstitutionRules.check(longOne, facts(DEPUTY)))).containsExactly("REASON_TOO_LONG");
    }

    @Test
    void theSubstituteMustExistBeActiveAndNotBeTheUser() {
        assertThat(codes(SubstitutionRules.check(req("thutruong.stp", TODAY, TODAY), facts(HEAD))))
                .containsExactly("SELF_SUBSTITUTE");
        assertThat(codes(SubstitutionRules.check(req("khongco", TODAY, TODAY), facts(Person.missing("khongco")))))
                .containsExactly("SUBSTITUTE_NOT_FOUND");
        assertThat(codes(SubstitutionRules.check(req(" ", TODAY, TODAY), facts(Person.missing(null)))))
                .containsExactly("SUBSTITUTE_REQUIRED");
        Person noRoles = new Person("cu.stp", true, Set.of(), "stp", true);
        assertThat(codes(SubstitutionRules.check(req("cu.stp", TODAY, TODAY), facts(noRoles))))
                .contains("SUBSTITUTE_INACTIVE", "SUBSTITUTE_LACKS_ROLE");
        Person endedUnit = new Person("phothutruong.cu", true, Set.of("unit-head"), "stp", false);
        assertThat(codes(SubstitutionRules.check(req("phothutruong.cu", TODAY, TODAY), facts(endedUnit))))
                .containsExactly("SUBSTITUTE_INACTIVE");
    }

    @Test
    void theListToPickFromHoldsThoseWhoMayStandInWhateverTheDays() {
        List<Role> delegable = SubstitutionRules.delegableRoles(HEAD);
        assertThat(delegable).containsExactly(Role.UNIT_HEAD);
        assertThat(SubstitutionRules.standInViolations(HEAD, DEPUTY, delegable)).isEmpty();
        Person officer = new Person("canbo.stp", true, Set.of("unit-officer", "unit-officer.stp"), "stp", true);
        assertThat(codes(SubstitutionRules.standInViolations(HEAD, officer, delegable)))
                .containsExactly("SUBSTITUTE_LACKS_ROLE");
        Person otherHead = new Person("thutruong.stc", true, Set.of("unit-head", "unit-head.stc"), "stc", true);
        assertThat(codes(SubstitutionRules.standInViolations(HEAD, otherHead, delegable)))
                .containsExactly("SUBSTITUTE_OTHER_UNIT");
        Person endedUnit = new Person("phothutruong.cu", true, Set.of("unit-head"), "stp", false);
        assertThat(codes(SubstitutionRules.standInViolations(HEAD, endedUnit, delegable)))
                .containsExactly("SUBSTITUTE_INACTIVE");
        assertThat(SubstitutionRules.delegableRoles(new Person("thanhtra", true, Set.of("auditor"), "ttt", true)))
                .isEmpty();
    }

    @Test
    void theSubstituteHoldsEveryDelegableRoleInTheSameUnit() {
        Person officer = new Person("canbo.stp", true, Set.of("unit-officer", "unit-officer.stp"), "stp", true);
        List<Violation> v = SubstitutionRules.check(req("canbo.stp", TODAY, TODAY), facts(officer));
        assertThat(codes(v)).containsExactly("SUBSTITUTE_LACKS_ROLE");
        assertThat(v.get(0).message()).contains("Thủ trưởng cơ quan, đơn vị").contains("unit-head");

        Person otherHead = new Person("thutruong.stc", true, Set.of("unit-head", "unit-head.stc"), "stc", true);
        assertThat(codes(SubstitutionRules.check(req("thutruong.stc", TODAY, TODAY), facts(otherHead))))
                .containsExactly("SUBSTITUTE_OTHER_UNIT");

        // council and block membership are not delegable: the deputy need not hold them
        assertThat(SubstitutionRules.check(req("phothutruong.stp", TODAY, TODAY), facts(DEPUTY))).isEmpty();

        // a provincial role: the substitute holds it, wherever they work
        Person specialist = new Person("thamdinh", true, Set.of("sa-specialist"), "snv", true);
        Person other = new Person("thamdinh2", true, Set.of("sa-specialist"), "snv", true);
        Request r = new Request("thamdinh", "thamdinh2", TODAY, TODAY, "Nghỉ phép năm");
        assertThat(SubstitutionRules.check(r, new Facts(TODAY, specialist, other, List.of(), List.of(), List.of())))
                .isEmpty();
        Person receiver = new Person("tiepnhan", true, Set.of("sa-receiver"), "snv", true);
        assertThat(codes(SubstitutionRules.check(new Request("thamdinh", "tiepnhan", TODAY, TODAY, "Nghỉ phép"),
                new Facts(TODAY, specialist, receiver, List.of(), List.of(), List.of()))))
                .containsExactly("SUBSTITUTE_LACKS_ROLE");
    }

    @Test
    void someoneWithoutDelegableRolesHasNothingToDelegate() {
        Person auditor = new Person("thanhtra", true, Set.of("auditor"), "ttt", true);
        Person other = new Person("thanhtra2", true, Set.of("auditor"), "ttt", true);
        assertThat(codes(SubstitutionRules.check(new Request("thanhtra", "thanhtra2", TODAY, TODAY, "Nghỉ phép"),
                new Facts(TODAY, auditor, other, List.of(), List.of(), List.of())))).containsExactly("NOTHING_TO_DELEGATE");
        assertThat(codes(SubstitutionRules.check(req("phothutruong.stp", TODAY, TODAY),
                new Facts(TODAY, Person.missing("thutruong.stp"), DEPUTY, List.of(), List.of(), List.of()))))
                .containsExactly("USER_NOT_FOUND");
    }

    @Test
    void rangesOfOneUserDoNotOverlap() {
        Substitution first = existing(7, "thutruong.stp", "phothutruong.stp", TODAY.plusDays(2), TODAY.plusDays(6));
        Facts f = new Facts(TODAY, HEAD, DEPUTY, List.of(first), List.of(), List.of());
        List<Violation> v = SubstitutionRules.check(req("phothutruong.stp", TODAY.plusDays(6), TODAY.plusDays(9)), f);
        assertThat(codes(v)).containsExactly("OVERLAP");
        assertThat(v.get(0).message()).contains("số 7").contains("16/03/2026");
        assertThat(SubstitutionRules.check(req("phothutruong.stp", TODAY.plusDays(7), TODAY.plusDays(9)), f))
                .as("the day after").isEmpty();
        assertThat(SubstitutionRules.check(req("phothutruong.stp", TODAY, TODAY.plusDays(1)), f))
                .as("the day before").isEmpty();
    }

    @Test
    void noChainsEitherWay() {
        Substitution deputyAway = existing(8, "phothutruong.stp", "thutruong.stp", TODAY.plusDays(3), TODAY.plusDays(4));
        assertThat(codes(SubstitutionRules.check(req("phothutruong.stp", TODAY, TODAY.plusDays(3)),
                new Facts(TODAY, HEAD, DEPUTY, List.of(), List.of(deputyAway), List.of()))))
                .containsExactly("SUBSTITUTE_AWAY");
        Substitution headCovers = existing(9, "thutruong.stc", "thutruong.stp", TODAY, TODAY.plusDays(1));
        List<Violation> v = SubstitutionRules.check(req("phothutruong.stp", TODAY.plusDays(1), TODAY.plusDays(2)),
                new Facts(TODAY, HEAD, DEPUTY, List.of(), List.of(), List.of(headCovers)));
        assertThat(codes(v)).containsExactly("USER_COVERS_OTHER");
        assertThat(v.get(0).message()).contains("thutruong.stc");
        assertThat(SubstitutionRules.check(req("phothutruong.stp", TODAY.plusDays(2), TODAY.plusDays(2)),
                new Facts(TODAY, HEAD, DEPUTY, List.of(), List.of(deputyAway), List.of(headCovers))))
                .as("outside both ranges").isEmpty();
    }

    @Test
    void substitutionStatesByDay() {
        Substitution s = existing(1, "a", "b", TODAY, TODAY.plusDays(2));
        assertThat(s.statusOn(TODAY.minusDays(1))).isEqualTo(Substitution.Status.UPCOMING);
        assertThat(s.statusOn(TODAY.plusDays(2))).isEqualTo(Substitution.Status.IN_FORCE);
        assertThat(s.inForceOn(TODAY.plusDays(2))).isTrue();
        assertThat(s.statusOn(TODAY.plusDays(3))).isEqualTo(Substitution.Status.ENDED);
        Substitution cancelled = new Substitution(1, "a", "b", TODAY, TODAY, "x", "a", Instant.EPOCH, "a", Instant.EPOCH);
        assertThat(cancelled.inForceOn(TODAY)).isFalse();
        assertThat(cancelled.statusOn(TODAY).label()).isEqualTo("Đã hủy");
    }
}
