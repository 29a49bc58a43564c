package vn.tdkt.decisions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tdkt.eligibility.EligibilityFacts;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The boundaries of the brief (§1.3) on the table processes/award-eligibility.dmn as deployed. */
class AwardEligibilityTableTest {

    /** A person meeting every individual criterion; each test breaks exactly one. */
    private static Facts person(String awardType) {
        return new Facts(awardType, "CA_NHAN");
    }

    private static Facts collective(String awardType) {
        return new Facts(awardType, "TAP_THE");
    }

    private static List<String> reasons(Facts f) {
        return DmnTables.evaluate("award-eligibility", f.build().asVariables()).getResultList().stream()
                .map(r -> (String) r.get("reasonCode")).toList();
    }

    @Test
    void aFullyQualifiedPersonMeetsEveryIndividualTitle() {
        for (String type : List.of("LDTT", "CSTDCS", "CSTD_TINH", "CSTD_TQ", "BK_TINH")) {
            assertThat(reasons(person(type))).as(type).isEmpty();
        }
    }

    @Test
    void aFullyQualifiedCollectiveMeetsEveryCollectiveTitle() {
        for (String type : List.of("TTLDTT", "TTLDXS", "BK_TINH", "CO_TINH")) {
            assertThat(reasons(collective(type))).as(type).isEmpty();
        }
    }

    @Test
    void provincialFighterNeedsThreeConsecutiveGrassrootsTitlesNotTwo() {
        Facts f = person("CSTD_TINH");
        f.consecutiveCstdcs = 3;
        assertThat(reasons(f)).isEmpty();
        f.consecutiveCstdcs = 2;
        assertThat(reasons(f)).containsExactly("CSTDT_CHUOI");
    }

    @Test
    void provincialFighterNeedsAnInitiativeOfProvincialScope() {
        Facts f = person("CSTD_TINH");
        f.initiativeScopeRank = 1;
        assertThat(reasons(f)).containsExactly("CSTDT_PHAM_VI");
    }

    @ParameterizedTest(name = "{0} LĐTT in the unit, {1} CSTĐCS with this one -> within quota {2}")
    @CsvSource({"20,3,true", "20,4,false", "19,2,true", "19,3,false", "7,1,true", "6,1,false", "0,1,false"})
    void grassrootsFighterQuotaIsFifteenPercentOfLdttRoundedDown(int ldtt, int withThis, boolean within) {
        Facts f = person("CSTDCS");
        f.ldttInUnit = ldtt;
        f.cstdcsInUnitWithThis = withThis;
        assertThat(reasons(f).contains("CSTDCS_TY_LE")).isEqualTo(!within);
    }

    /**
     * The 15 % quota of Decree 91/2017 is confirmed for its own period and only warns afterwards: the same facts
     * judged on the last day of 2023 block, on the last day of 2024 (Decree 98/2023) and of 2025 (Decree 152/2025) warn.
     */
    @ParameterizedTest(name = "judged on {0}: confirmed {1}")
    @CsvSource({"2023-12-31,true", "2024-01-01,false", "2025-06-30,false", "2025-07-01,false"})
    void theGrassrootsQuotaIsConfirmedOnlyForTheOldRegime(String day, boolean confirmed) {
        Facts f = person("CSTDCS");
        f.ldttInUnit = 20;
        f.cstdcsInUnitWithThis = 4;
        f.judgedOn = day;
        var rows = DmnTables.evaluate("award-eligibility", f.build().asVariables()).getResultList();
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.get("reasonCode")).isEqualTo("CSTDCS_TY_LE");
            assertThat(r.get("confirmed")).isEqualTo(confirmed);
            assertThat((String) r.get("legalBasis")).contains("91/2017");
        });
    }

    @Test
    void grassrootsFighterNeedsLdttExcellenceAndAnInitiative() {
        Facts f = person("CSTDCS");
        f.hasLdtt = false;
        f.taskRating = "TOT";
        f.initiativeThisYear = false;
        assertThat(reasons(f)).containsExactly("CSTDCS_LDTT", "CSTDCS_NHIEM_VU", "CSTDCS_SANG_KIEN");
    }

    @ParameterizedTest(name = "LĐTT share {0}, completed {1} -> {2}")
    @CsvSource({"0.70,1.0,''", "0.69,1.0,TTLDXS_TY_LE_LDTT", "0.95,0.99,TTLDXS_HOAN_THANH", "1.0,1.0,''"})
    void excellentCollectiveNeedsSeventyPercentLdttAndEveryoneCompleting(double ldtt, double completed, String reason) {
        Facts f = collective("TTLDXS");
        f.shareMembersLdtt = ldtt;
        f.shareMembersCompleted = completed;
        assertThat(reasons(f)).isEqualTo(reason.isEmpty() ? List.of() : List.of(reason));
    }

    @Test
    void excellentCollectiveNeedsAGrassrootsFighter() {
        Facts f = collective("TTLDXS");
        f.membersCstdcs = 0;
        assertThat(reasons(f)).containsExactly("TTLDXS_CSTDCS");
    }

    @ParameterizedTest(name = "LĐTT share {0} -> eligible {1}")
    @CsvSource({"0.50,false", "0.51,true"})
    void advancedCollectiveNeedsMoreThanHalfLdtt(double share, boolean eligible) {
        Facts f = collective("TTLDTT");
        f.shareMembersLdtt = share;
        assertThat(reasons(f).isEmpty()).isEqualTo(eligible);
    }

    @Test
    void suspensionStopsEveryTitle() {
        for (String type : List.of("LDTT", "CSTDCS", "CSTD_TINH", "BK_TINH")) {
            Facts f = person(type);
            f.suspended = true;
            assertThat(reasons(f)).as(type).startsWith("TAM_HOAN");
        }
        Facts c = collective("CO_TINH");
        c.suspended = true;
        assertThat(reasons(c)).containsExactly("TAM_HOAN");
    }

    @Test
    void certificateOfMeritArticle74dByTwoGrassrootsTitlesOrTwoExcellentYearsWithTwoInitiatives() {
        Facts f = person("BK_TINH");
        f.consecutiveCstdcs = 2;
        f.consecutiveExcellentYears = 0;
        assertThat(reasons(f)).isEmpty();
        f.consecutiveCstdcs = 1;
        f.consecutiveExcellentYears = 2;
        f.initiativesInTwoYears = 2;
        assertThat(reasons(f)).isEmpty();
        f.initiativesInTwoYears = 1;
        assertThat(reasons(f)).containsExactly("BKT_DIEM_D");
        f.consecutiveExcellentYears = 1;
        f.initiativesInTwoYears = 5;
        assertThat(reasons(f)).containsExactly("BKT_DIEM_D");
    }

    @Test
    void exceptionalMeritSkipsTheStreakCriteriaButNotSuspension() {
        Facts f = person("BK_TINH");
        f.commendationKind = "DOT_XUAT";
        f.consecutiveCstdcs = 0;
        f.consecutiveExcellentYears = 0;
        f.initiativesInTwoYears = 0;
        assertThat(reasons(f)).isEmpty();
        f.suspended = true;
        assertThat(reasons(f)).containsExactly("TAM_HOAN");
        Facts title = person("CSTD_TINH");
        title.commendationKind = "DOT_XUAT";
        assertThat(reasons(title)).containsExactly("DOT_XUAT_HINH_THUC");
    }

    @Test
    void advancedWorkerNeedsTenMonthsAndNoDiscipline() {
        Facts f = person("LDTT");
        f.monthsWorked = 9;
        f.disciplineInYear = "KHIEN_TRACH";
        assertThat(reasons(f)).containsExactly("LDTT_THOI_GIAN", "LDTT_KY_LUAT");
        f.monthsWorked = 10;
        f.disciplineInYear = "NONE";
        assertThat(reasons(f)).isEmpty();
    }

    @Test
    void flagNeedsTheBlockLead() {
        Facts f = collective("CO_TINH");
        f.ledBlock = false;
        assertThat(reasons(f)).containsExactly("CO_TINH_DAN_DAU");
    }

    @Test
    void anUnconfiguredAwardIsLeftToTheSpecialist() {
        assertThat(reasons(person("BK_TTG"))).containsExactly("CHUA_CAU_HINH");
    }

    /** Mutable test builder for the facts record. */
    static final class Facts {
        String awardType;
        String commendationKind = "CONG_TRANG";
        String recipientKind;
        boolean suspended;
        String taskRating = "XUAT_SAC";
        Integer monthsWorked = 12;
        String disciplineInYear = "NONE";
        boolean hasLdtt = true;
        int consecutiveCstdcs = 3;
        int consecutiveCstdTinh = 2;
        int consecutiveExcellentYears = 3;
        int initiativesInTwoYears = 2;
        boolean initiativeThisYear = true;
        int initiativeScopeRank = 3;
        Double shareMembersLdtt = 0.8;
        Double shareMembersCompleted = 1.0;
        Integer membersCstdcs = 2;
        Integer membersDisciplined = 0;
        Integer ldttInUnit = 40;
        Integer cstdcsInUnitWithThis = 1;
        boolean ledBlock = true;
        String judgedOn = "2025-12-31";

        Facts(String awardType, String recipientKind) {
            this.awardType = awardType;
            this.recipientKind = recipientKind;
            if ("TAP_THE".equals(recipientKind)) {
                ldttInUnit = null;
                cstdcsInUnitWithThis = null;
            } else {
                shareMembersLdtt = null;
                shareMembersCompleted = null;
                membersCstdcs = null;
                membersDisciplined = null;
            }
        }

        EligibilityFacts build() {
            return new EligibilityFacts(awardType, commendationKind, recipientKind, suspended, taskRating, monthsWorked,
                    disciplineInYear, hasLdtt, consecutiveCstdcs, consecutiveCstdTinh, consecutiveExcellentYears,
                    initiativesInTwoYears, initiativeThisYear, initiativeScopeRank, shareMembersLdtt,
                    shareMembersCompleted, membersCstdcs, membersDisciplined, ldttInUnit, cstdcsInUnitWithThis,
                    ledBlock, judgedOn);
        }
    }
}
