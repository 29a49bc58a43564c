package vn.tdkt.decisions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The routing tables of the proposal process: required documents, the council, deadlines. */
class ProposalRoutingTablesTest {

    private static List<Object> documents(String awardType, String kind, String recipient) {
        return DmnTables.evaluate("required-documents", Map.of("awardType", awardType, "commendationKind", kind,
                "recipientKind", recipient)).collectEntries("documentType");
    }

    @Test
    void provincialFighterNeedsTheBallotMinutesAndInitiativeProof() {
        assertThat(documents("CSTD_TINH", "CONG_TRANG", "CA_NHAN"))
                .containsExactlyInAnyOrder("TTR", "BCTT", "BB_PHIEU", "CNSK");
    }

    @Test
    void certificateOfMeritNeedsMinutesWithoutBallot() {
        assertThat(documents("BK_TINH", "CONG_TRANG", "CA_NHAN")).containsExactlyInAnyOrder("TTR", "BCTT", "BB");
    }

    @Test
    void flagNeedsTheBlockMinutes() {
        assertThat(documents("CO_TINH", "CONG_TRANG", "TAP_THE"))
                .containsExactlyInAnyOrder("TTR", "BCTT", "BB_PHIEU", "BBKHOI");
    }

    @Test
    void exceptionalMeritNeedsNoMinutes() {
        assertThat(documents("BK_TINH", "DOT_XUAT", "CA_NHAN")).containsExactlyInAnyOrder("TTR", "BCTT");
    }

    @Test
    void upwardProposalsNeedConcurrenceAndThePartyCommitteeOpinion() {
        assertThat(documents("BK_TTG", "KHEN_CAO", "CA_NHAN")).containsExactlyInAnyOrder("TTR", "BCTT", "BB", "HY", "TU");
    }

    /** The council follows the award and who decides it (the catalogue's deciding level), not only the kind. */
    @ParameterizedTest(name = "{0} {1} {2} -> council {3} ({4})")
    @CsvSource({"CSTD_TINH,CONG_TRANG,TINH,true,CSTD_TINH", "CO_TINH,CONG_TRANG,TINH,true,CO_TINH",
            "BK_TTG,KHEN_CAO,TRUNG_UONG,true,KHEN_CAO", "CO_CP,KHEN_CAO,TRUNG_UONG,true,KHEN_CAO",
            "HCLD_3,KHEN_CAO,TRUNG_UONG,true,KHEN_CAO", "BK_TINH,CONG_TRANG,TINH,false,KHONG",
            "BK_TINH,DOT_XUAT,TINH,false,KHONG", "BK_TINH,CHUYEN_DE,TINH,false,KHONG",
            "CSTD_TINH,DOT_XUAT,TINH,false,KHONG", "CSTD_TQ,KHEN_CAO,TRUNG_UONG,true,CSTD_TOAN_QUOC",
            "TTLDXS,CONG_TRANG,TINH,false,KHONG"})
    void councilRouting(String awardType, String kind, String decidingLevel, boolean needsCouncil, String voteType) {
        Map<String, Object> out = DmnTables.evaluate("needs-council", Map.of("awardType", awardType,
                "commendationKind", kind, "decidingLevel", decidingLevel)).getSingleResult().getEntryMap();
        assertThat(out).containsEntry("needsCouncil", needsCouncil).containsEntry("voteType", voteType);
    }

    @ParameterizedTest(name = "{0} {1} concurrence={2} -> {3} working days")
    @CsvSource({"PROCESSING,CONG_TRANG,false,20", "PROCESSING,CONG_TRANG,true,30", "PROCESSING,DOT_XUAT,false,10",
            "REMINDER_BEFORE,CONG_TRANG,false,3", "CONCURRENCE,CONG_TRANG,true,7", "CONSULTATION,KHEN_CAO,true,10"})
    void deadlines(String step, String kind, boolean concurrence, int days) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("deadlineStep", step);
        vars.put("commendationKind", kind);
        vars.put("needsConcurrence", concurrence);
        assertThat(((Number) DmnTables.evaluate("processing-deadline", vars).getSingleEntry()).intValue())
                .isEqualTo(days);
    }
}
