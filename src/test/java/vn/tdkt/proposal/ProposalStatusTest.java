package vn.tdkt.proposal;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tdkt.proposal.ProposalStatus.*;

/** The moves of a proposal's status, as commendation-proposal.bpmn and its steps make them (no Spring). */
class ProposalStatusTest {

    /** Every move a step of the process makes: from, to. */
    private static final Map<ProposalStatus, List<ProposalStatus>> LEGAL = Map.ofEntries(
            Map.entry(DRAFT, List.of(SUBMITTED)),                                   // Task_SubmitDossier
            Map.entry(RETURNED, List.of(SUBMITTED)),                                // Task_SubmitDossier, next round
            Map.entry(SUBMITTED, List.of(WAITING_INTAKE, RETURNED)),                // Task_HeadSign / Task_ReturnByHead
            Map.entry(WAITING_INTAKE, List.of(ACCEPTED, RETURNED)),                 // Task_AcceptDossier / ReturnByIntake
            Map.entry(ACCEPTED, List.of(APPRAISED, WAITING_DECISION, RETURNED)),    // RecordAppraisal / ReturnByAppraisal
            Map.entry(APPRAISED, List.of(NOT_AWARDED)),                             // Task_NotifyNotAwarded
            Map.entry(WAITING_DECISION, List.of(COUNCIL, CONSULTATION, AWARDED, NOT_AWARDED)),
            Map.entry(COUNCIL, List.of(WAITING_DECISION, NOT_AWARDED)),             // ApplyCouncilResult / none passed
            Map.entry(CONSULTATION, List.of(FORWARDED, NOT_AWARDED)),               // ForwardUpward / all stopped
            Map.entry(FORWARDED, List.of(AWARDED, NOT_AWARDED)),                    // Task_RecordCentralAwards
            Map.entry(AWARDED, List.of()),
            Map.entry(NOT_AWARDED, List.of()));

    @Test
    void everyMoveTheProcessMakesIsAccepted() {
        LEGAL.forEach((from, tos) -> tos.forEach(to -> assertThatCode(() -> checkMove("DN-1", from, to))
                .as(from + " -> " + to).doesNotThrowAnyException()));
    }

    @Test
    void everyOtherMoveIsRefused() {
        assertThat(LEGAL).containsOnlyKeys(values());
        for (ProposalStatus from : values()) {
            for (ProposalStatus to : values()) {
                assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(LEGAL.get(from).contains(to));
            }
        }
    }

    @Test
    void anIllegalMoveIsAProgrammingErrorNamingBothStatuses() {
        assertThatThrownBy(() -> checkMove("DN-2026-0001", DRAFT, AWARDED))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Proposal DN-2026-0001 cannot move from status DRAFT to AWARDED; allowed from DRAFT: "
                        + "[SUBMITTED]");
        assertThatThrownBy(() -> checkMove("DN-1", AWARDED, NOT_AWARDED))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("none (final)");
        assertThatThrownBy(() -> checkMove("DN-1", SUBMITTED, SUBMITTED)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> checkMove("DN-1", WAITING_INTAKE, WAITING_DECISION))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> checkMove("DN-1", CONSULTATION, AWARDED)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> checkMove("DN-1", COUNCIL, CONSULTATION)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyTheTwoOutcomesAreFinal() {
        assertThat(java.util.Arrays.stream(values()).filter(ProposalStatus::isFinal)).containsExactly(AWARDED,
                NOT_AWARDED);
    }

    @Test
    void anUnknownStoredValueIsRefused() {
        assertThat(of("COUNCIL")).isEqualTo(COUNCIL);
        assertThatThrownBy(() -> of("Chờ Hội đồng")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Unknown proposal status");
    }
}
