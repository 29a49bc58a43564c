package vn.tdkt.awarddecision;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tdkt.refusal.Refusal;
import vn.tdkt.registry.award.AwardRecordService;
import vn.tdkt.registry.award.AwardRecordView;
import vn.tdkt.registry.person.PersonService;
import vn.tdkt.registry.unit.UnitService;
import vn.tdkt.support.IntegrationTest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tdkt.awarddecision.DecisionRequest.Awardee.person;
import static vn.tdkt.awarddecision.DecisionTestData.bangKhen;
import static vn.tdkt.awarddecision.DecisionTestData.unique;

/** Issuing decisions: number, register, award history, and all-or-nothing refusals. */
@IntegrationTest
class AwardDecisionServiceTest {

    @Autowired AwardDecisionService decisions;
    @Autowired DecisionNumbering numbering;
    @Autowired AwardRecordService awards;
    @Autowired PersonService persons;
    @Autowired UnitService units;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired Clock clock;

    private final int year = 2026;

    @Test
    void issueNumbersTheDecisionAndRecordsEveryAwardInTheHistory() {
        String tuyet = DecisionTestData.person(persons, "stp", "Nguyễn Thị Ánh Tuyết", "Chuyên viên");
        String duc = DecisionTestData.person(persons, "stp", "Trần Văn Đức", null);
        String unit = DecisionTestData.unit(units, "Phòng Hành chính tư pháp");
        String ref = unique("TT");
        int before = numbering.last(year);
        DecisionRequest request = bangKhen(year, "stp")
                .awardee(person(tuyet, "Hoàn thành xuất sắc nhiệm vụ năm 2026", ref)
                        .withPositionAndUnit("Chuyên viên Phòng Hành chính, Sở Tư pháp"))
                .awardee(person(duc, "Có sáng kiến cấp tỉnh", null))
                .awardee(DecisionRequest.Awardee.unit(unit, "Tập thể tiêu biểu", null))
                .build();

        IssuedDecision issued = decisions.issue(request);

        assertThat(issued.number()).isEqualTo(String.format("%02d/QĐ-UBND", before + 1));
        assertThat(issued.signedOn()).isEqualTo(LocalDate.of(year, 11, 25));
        DecisionView d = decisions.find(issued.id()).orElseThrow();
        assertThat(d.number()).isEqualTo(issued.number());
        assertThat(d.sequenceNumber()).isEqualTo(before + 1);
        assertThat(decisions.findByNumber((before + 1) + "/QĐ-UBND", year)).as("typed without the leading zero")
                .map(DecisionView::id).contains(issued.id());
        assertThat(d.issuingYear()).isEqualTo(year);
        assertThat(d.subject()).isEqualTo("Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh");
        assertThat(d.awardTypeName()).isEqualTo("Bằng khen của Chủ tịch UBND tỉnh");
        assertThat(d.signerTitle()).isEqualTo("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH");
        assertThat(d.achievementText()).isEqualTo("đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2026");
        assertThat(d.legalBases()).last().isEqualTo("Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số"
                + " 245/TTr-SNV ngày 20 tháng 11 năm 2026.");
        assertThat(d.legalBases()).contains("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;");
        assertThat(d.ownerUnitName()).isEqualTo("Sở Tư pháp");
        assertThat(d.awardees()).extracting(DecisionView.Awardee::seq).containsExactly(1, 2, 3);
        assertThat(d.awardees()).extracting(DecisionView.Awardee::displayName)
                .containsExactly("Nguyễn Thị Ánh Tuyết", "Trần Văn Đức", "Phòng Hành chính tư pháp");
        assertThat(d.awardees().get(0).positionAndUnit()).isEqualTo("Chuyên viên Phòng Hành chính, Sở Tư pháp");
        assertThat(d.awardees().get(1).positionAndUnit()).isEqualTo("Sở Tư pháp");
        assertThat(d.awardees().get(2).positionAndUnit()).isNull();
        assertThat(d.individualCount()).isEqualTo(2);
        assertThat(d.collectiveCount()).isEqualTo(1);

        List<AwardRecordView> history = awards.list(tuyet, null, year, DecisionTestData.BK);
        assertThat(history).hasSize(1);
        AwardRecordView award = history.get(0);
        assertThat(award.decisionNumber()).isEqualTo(issued.number());
        assertThat(award.decisionDate()).isEqualTo(issued.signedOn());
        assertThat(award.decisionAuthority()).isEqualTo("Chủ tịch UBND tỉnh");
        assertThat(award.achievementRef()).isEqualTo(ref);
        assertThat(award.commendationKind()).isEqualTo("CONG_TRANG");
        assertThat(d.awardees().get(0).awardRecordId()).isEqualTo(award.id());
        assertThat(d.awardees()).allSatisfy(a -> assertThat(a.awardRecordId()).isNotNull());
        assertThat(awards.list(null, unit, year, DecisionTestData.BK)).hasSize(1);

        assertThat(decisions.findByNumber(issued.number(), year)).map(DecisionView::id).contains(issued.id());
        assertThat(decisions.findByNumber(issued.number(), year - 1)).isEmpty();
        assertThat(decisions.listByYear(year)).filteredOn(s -> s.id() == issued.id()).singleElement()
                .satisfies(s -> {
                    assertThat(s.awardeeCount()).isEqualTo(3);
                    assertThat(s.awardTypeName()).isEqualTo("Bằng khen của Chủ tịch UBND tỉnh");
                });
        assertThat(decisions.byBusinessKey(request.businessKey())).extracting(DecisionView::id)
                .containsExactly(issued.id());
    }

    @Test
    void everyAwardeeIsEnteredInTheYearsCertificateRegisterAndKeepsItsNumber() {
        String anh = DecisionTestData.person(persons, "stp", "Nguyễn Thị Vân Anh", "Chuyên viên", "NU");
        String binh = DecisionTestData.person(persons, "stp", "Phạm Thanh Bình", "Chuyên viên", "NAM");
        String unit = DecisionTestData.unit(units, "Phòng Bổ trợ tư pháp");
        int lastRegistered = lastRegistered(year);

        IssuedDecision issued = decisions.issue(bangKhen(year, "stp").awardee(person(anh, null, null))
                .awardee(person(binh, null, null)).awardee(DecisionRequest.Awardee.unit(unit, null, null)).build());

        DecisionView d = decisions.get(issued.id());
        assertThat(d.awardees()).extracting(DecisionView.Awardee::registerNumber).containsExactly(
                String.format("%05d/%d", lastRegistered + 1, year), String.format("%05d/%d", lastRegistered + 2, year),
                String.format("%05d/%d", lastRegistered + 3, year));
        assertThat(d.awardees()).extracting(DecisionView.Awardee::gender).containsExactly("NU", "NAM", null);
        // read again (a certificate printed again): the same numbers, none handed out anew
        assertThat(decisions.get(issued.id()).awardees()).extracting(DecisionView.Awardee::registerNumber)
                .isEqualTo(d.awardees().stream().map(DecisionView.Awardee::registerNumber).toList());
        assertThat(lastRegistered(year)).isEqualTo(lastRegistered + 3);
    }

    @Test
    void theDecisionCitesTheUnitsSubmissionLetterAndTheCouncilsMinutes() {
        String person = DecisionTestData.person(persons, "stp", "Trần Thị Kim Ngân", "Chuyên viên", "NU");
        IssuedDecision issued = decisions.issue(bangKhen(year, "stp").proposalReference(null)
                .submission(new DecisionRequest.Submission("Giám đốc Sở Tư pháp", "12/TTr-STP", LocalDate.of(year, 11, 5)))
                .councilMinutes(new DecisionRequest.CouncilMinutes("05/BB-HĐTĐKT", LocalDate.of(year, 11, 18)))
                .awardee(person(person, null, null)).build());

        List<String> bases = decisions.get(issued.id()).legalBases();
        assertThat(bases).endsWith("Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng tỉnh số 05/BB-HĐTĐKT ngày 18"
                        + " tháng 11 năm " + year + ";",
                "Xét đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 12/TTr-STP ngày 05 tháng 11 năm " + year
                        + " và của Giám đốc Sở Nội vụ.");

        // a letter dated after the signing day is refused, nothing taken
        Counts before = counts();
        assertThat(refusal(bangKhen(year, "stp").submission(new DecisionRequest.Submission("Giám đốc Sở Tư pháp",
                "13/TTr-STP", LocalDate.of(year, 11, 26))).awardee(person(person, null, null)).build()))
                .isEqualTo("SUBMISSION_AFTER_DECISION");
        assertThat(refusal(bangKhen(year, "stp").submission(new DecisionRequest.Submission("Giám đốc Sở Tư pháp",
                " ", LocalDate.of(year, 11, 2))).awardee(person(person, null, null)).build()))
                .isEqualTo("INVALID_DECISION");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aDraftIsWordedAsTheDecisionWouldBeAndTakesNothing() {
        String person = DecisionTestData.person(persons, "stp", "Lê Văn Dự Thảo", "Chuyên viên", "NAM");
        Counts before = counts();

        DecisionView draft = decisions.draft(DecisionRequest.builder().awardTypeCode(DecisionTestData.BK)
                .awardYear(year).ownerUnitCode("stp").businessKey("DNKT-" + year + "-99999")
                .submission(new DecisionRequest.Submission("Giám đốc Sở Tư pháp", "12/TTr-STP", LocalDate.of(year, 1, 5)))
                .awardee(person(person, "Hoàn thành xuất sắc", null)).build());

        assertThat(draft.draft()).isTrue();
        assertThat(draft.number()).isNull();
        assertThat(draft.signedOn()).isNull();
        assertThat(draft.ownerUnitName()).isEqualTo("Sở Tư pháp");
        assertThat(draft.legalBases()).last().asString().startsWith("Xét đề nghị của Giám đốc Sở Tư pháp tại Tờ trình"
                + " số 12/TTr-STP");
        assertThat(draft.awardees()).singleElement().satisfies(a -> {
            assertThat(a.displayName()).isEqualTo("Lê Văn Dự Thảo");
            assertThat(a.gender()).isEqualTo("NAM");
            assertThat(a.registerNumber()).isNull();
            assertThat(a.awardRecordId()).isNull();
        });
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void defaultsComeFromTheClockAndTheAward() {
        String person = DecisionTestData.person(persons, "syt", "Lê Hoàng Phụng", "Phó Giám đốc");
        LocalDate today = LocalDate.now(clock);
        IssuedDecision issued = decisions.issue(DecisionRequest.builder()
                .signer("chutich", "Nguyễn Văn Bình", null)
                .awardTypeCode("CSTD_TINH").awardYear(today.getYear() - 1)
                .awardee(person(person, null, null)).build());

        assertThat(issued.signedOn()).isEqualTo(today);
        DecisionView d = decisions.get(issued.id());
        assertThat(d.issuingYear()).isEqualTo(today.getYear());
        assertThat(d.signerTitle()).isEqualTo("CHỦ TỊCH");
        assertThat(d.commendationKind()).isEqualTo("CONG_TRANG");
        assertThat(d.subject()).isEqualTo("Về việc tặng danh hiệu Chiến sĩ thi đua cấp tỉnh năm " + (today.getYear() - 1));
        assertThat(d.legalBases()).last().isEqualTo("Theo đề nghị của Giám đốc Sở Nội vụ.");
        assertThat(d.awardees().get(0).positionAndUnit()).isEqualTo("Phó Giám đốc, Sở Y tế");
        assertThat(d.ownerUnitCode()).isNull();
    }

    @Test
    void aSecondAwardOfTheSameTypeAndYearIsRefusedAndNothingIsKept() {
        String first = DecisionTestData.person(persons, "stp", "Võ Thị Hai Lần", "Chuyên viên");
        String other = DecisionTestData.person(persons, "stp", "Đặng Văn Chưa Khen", "Chuyên viên");
        decisions.issue(bangKhen(year, "stp").awardee(person(first, "Lần đầu", null)).build());
        Counts before = counts();

        assertThatThrownBy(() -> decisions.issue(bangKhen(year, "stp")
                .awardee(person(other, "Người chưa được khen", unique("TT")))
                .awardee(person(first, "Lần thứ hai", null)).build()))
                .isInstanceOfSatisfying(Refusal.class, e -> {
                    assertThat(e.kind()).isEqualTo(Refusal.Kind.CONFLICT); // a conflict with the award already recorded (issue 13)
                    assertThat(e.code()).isEqualTo("DUPLICATE_AWARD");
                    assertThat(e.getMessage()).contains(first).contains("2026");
                });

        assertThat(counts()).isEqualTo(before);
        assertThat(awards.list(other, null, year, null)).isEmpty();
        // the same person twice in one decision is the same refusal
        assertThatThrownBy(() -> decisions.issue(bangKhen(year, "stp")
                .awardee(person(other, null, null)).awardee(person(other, null, null)).build()))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code()).isEqualTo("DUPLICATE_AWARD"));
        assertThat(counts()).isEqualTo(before);
        // the refused decision's number was not consumed
        IssuedDecision next = decisions.issue(bangKhen(year, "stp").awardee(person(other, "Lần đầu", null)).build());
        assertThat(next.number()).isEqualTo(String.format("%02d/QĐ-UBND", before.lastNumber() + 1));
    }

    @Test
    void anAwardTheHistoryAlreadyHoldsIsRefused() {
        String held = DecisionTestData.person(persons, "stp", "Phạm Văn Hưởng", null);
        int heldYear = year - 3;
        decisions.issue(bangKhen(year, "stp").awardYear(heldYear).awardee(person(held, null, null)).build());
        Counts before = counts();

        assertThatThrownBy(() -> decisions.issue(bangKhen(year, "stp").awardYear(heldYear)
                .awardee(person(held, null, null)).build()))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code()).isEqualTo("DUPLICATE_AWARD"));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aReusedAchievementIsRefusedAndNothingIsKept() {
        String first = DecisionTestData.person(persons, "stp", "Huỳnh Thị Một Lần", "Chuyên viên");
        String second = DecisionTestData.person(persons, "stp", "Lý Văn Dùng Lại", "Chuyên viên");
        String ref = unique("SANG-KIEN");
        decisions.issue(bangKhen(year, "stp").awardee(person(first, "Sáng kiến", ref)).build());
        Counts before = counts();

        assertThatThrownBy(() -> decisions.issue(bangKhen(year, "stp")
                .awardee(person(second, "Cùng sáng kiến", ref)).build()))
                .isInstanceOfSatisfying(Refusal.class, e -> {
                    assertThat(e.code()).isEqualTo("ACHIEVEMENT_ALREADY_AWARDED");
                    assertThat(e.getMessage()).contains(ref).contains("một lần");
                });
        assertThat(counts()).isEqualTo(before);
        assertThat(awards.list(second, null, null, null)).isEmpty();
    }

    @Test
    void aCallerThatCatchesTheRefusalKeepsItsTransaction() {
        String taken = DecisionTestData.person(persons, "stp", "Phan Thị Đã Khen", "Chuyên viên");
        String free = DecisionTestData.person(persons, "stp", "Bùi Văn Được Khen", "Chuyên viên");
        decisions.issue(bangKhen(year, "stp").awardee(person(taken, null, null)).build());
        int last = numbering.last(year);

        IssuedDecision issued = tx.execute(status -> {
            try {
                decisions.issue(bangKhen(year, "stp").awardee(person(taken, null, null)).build());
                throw new AssertionError("the second award should be refused");
            } catch (Refusal refused) {
                assertThat(refused.code()).isEqualTo("DUPLICATE_AWARD");
            }
            return decisions.issue(bangKhen(year, "stp").awardee(person(free, null, null)).build());
        });

        assertThat(issued.number()).isEqualTo(String.format("%02d/QĐ-UBND", last + 1));
        assertThat(decisions.find(issued.id())).isPresent();
        assertThat(awards.list(free, null, year, DecisionTestData.BK)).hasSize(1);
    }

    @Test
    void badRequestsAreRefusedBeforeANumberIsTaken() {
        String person = DecisionTestData.person(persons, "stp", "Trương Văn Thử", "Chuyên viên");
        Counts before = counts();
        assertThat(refusal(bangKhen(year, "stp").build())).isEqualTo("NO_AWARDEES");
        assertThat(refusal(bangKhen(year, "stp").awardee(new DecisionRequest.Awardee(person, "stp", null, null, null))
                .build())).isEqualTo("RECIPIENT_REQUIRED");
        assertThat(refusal(bangKhen(year, "stp").awardTypeCode("LDTT").awardee(person(person, null, null)).build()))
                .isEqualTo("AWARD_NOT_DECIDED_BY_CHAIRMAN");
        assertThat(refusal(bangKhen(year, "stp").awardTypeCode("KHONG_CO").awardee(person(person, null, null))
                .build())).isEqualTo("UNKNOWN_AWARD_TYPE");
        assertThat(refusal(bangKhen(year, "stp").awardee(person("KHONG-CO-AI", null, null)).build()))
                .isEqualTo("UNKNOWN_PERSON");
        assertThat(refusal(bangKhen(year, "khong-co").awardee(person(person, null, null)).build()))
                .isEqualTo("UNKNOWN_UNIT");
        assertThat(refusal(bangKhen(year, "stp").signedOn(LocalDate.of(year + 1, 1, 2))
                .awardee(person(person, null, null)).build())).isEqualTo("SIGNED_OUTSIDE_ISSUING_YEAR");
        assertThat(refusal(bangKhen(year, "stp").commendationKind("THUONG_XUYEN").awardee(person(person, null, null))
                .build())).isEqualTo("UNKNOWN_COMMENDATION_KIND");
        assertThat(refusal(bangKhen(year, "stp").signer(" ", "Nguyễn Văn Bình", null)
                .awardee(person(person, null, null)).build())).isEqualTo("INVALID_DECISION");
        assertThat(counts()).isEqualTo(before);
    }

    /** Thông tư 15/2025/TT-BNV: no commendation for a unit that had stopped existing before the decision. */
    @Test
    void aUnitMergedBeforeTheDecisionIsNotAwarded() {
        String ended = "sap-nhap-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("INSERT INTO org_unit (code, name, unit_type, valid_from, valid_to, end_reason)"
                        + " VALUES (?, 'Phòng thử đã sáp nhập', 'SO_NGANH', ?, ?, 'MERGED')")
                .params(ended, LocalDate.of(2015, 1, 1), LocalDate.of(year, 6, 30)).update();
        Counts before = counts();

        assertThat(refusal(bangKhen(year, "stp").signedOn(LocalDate.of(year, 7, 15))
                .awardee(DecisionRequest.Awardee.unit(ended, null, null)).build())).isEqualTo("UNIT_ENDED");
        assertThat(counts()).isEqualTo(before);
    }

    private String refusal(DecisionRequest request) {
        try {
            decisions.issue(request);
        } catch (Refusal e) {
            assertThat(e.kind()).isEqualTo(Refusal.Kind.INVALID);
            return e.code();
        }
        throw new AssertionError("the request should be refused");
    }

    private record Counts(long decisions, long awardees, long awards, int lastNumber, int lastRegistered) { }

    private Counts counts() {
        return new Counts(count("decision"), count("decision_awardee"), count("award_record"), numbering.last(year),
                lastRegistered(year));
    }

    private int lastRegistered(int registerYear) {
        return jdbc.sql("SELECT last_number FROM certificate_register_sequence WHERE register_year = ?")
                .param(registerYear).query(Integer.class).optional().orElse(0);
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
