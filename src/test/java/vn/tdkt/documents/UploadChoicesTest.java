package vn.tdkt.documents;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The document types the dossier page's upload form offers, in each situation. */
class UploadChoicesTest {

    private static final List<String> REQUIRED = List.of("TTR", "BCTT", "BB_PHIEU");

    private static UploadChoices.Offer offer(boolean open, String finished, boolean mayUpload, boolean agency,
                                             Set<String> present) {
        return UploadChoices.of(new UploadChoices.Situation(open, finished, mayUpload, agency), REQUIRED, present,
                "DNKT-2026-00001");
    }

    private static List<String> codes(UploadChoices.Offer offer, String group) {
        return offer.choices().stream().filter(c -> c.group().equals(group)).map(UploadChoices.Choice::code).toList();
    }

    @Test
    void theUnitSeesWhatIsMissingThenOtherPapersThenWhatItMayReplace() {
        UploadChoices.Offer o = offer(true, null, true, false, Set.of("BCTT"));
        assertThat(o.refusal()).isNull();
        assertThat(o.choices()).extracting(UploadChoices.Choice::code).containsExactly("TTR", "BB_PHIEU", "KHAC", "BCTT");
        assertThat(codes(o, UploadChoices.MISSING)).containsExactly("TTR", "BB_PHIEU");
        assertThat(codes(o, UploadChoices.OTHER)).containsExactly("KHAC");
        assertThat(codes(o, UploadChoices.REPLACE)).containsExactly("BCTT");
        assertThat(o.choices().get(0).label()).isEqualTo("Tờ trình và danh sách đề nghị");
        assertThat(o.choices().get(2).label()).isEqualTo("Tài liệu khác");
    }

    @Test
    void anEvidenceDossierWithoutRequiredTypesTakesOtherPapers() {
        UploadChoices.Offer o = UploadChoices.of(new UploadChoices.Situation(true, null, true, false), List.of(),
                Set.of("KHAC"), "KTD-NC-2026-stp");
        assertThat(o.choices()).extracting(UploadChoices.Choice::code).containsExactly("KHAC");
    }

    @Test
    void theStandingAgencyAddsOpinionsEvenUnderReviewAndTheUnitNothing() {
        assertThat(codes(offer(true, null, true, true, Set.of()), UploadChoices.OTHER)).containsExactly("HY", "KHAC");
        UploadChoices.Offer agency = offer(false, null, true, true, Set.of());
        assertThat(agency.choices()).extracting(UploadChoices.Choice::code).containsExactly("HY", "KHAC");
        UploadChoices.Offer unit = offer(false, null, true, false, Set.of());
        assertThat(unit.choices()).isEmpty();
        assertThat(unit.refusal()).contains("đang được xem xét", "DNKT-2026-00001");
    }

    @Test
    void aFinishedDossierOrAReaderGetsNoChoiceAndTheReason() {
        UploadChoices.Offer finished = offer(true, "Hồ sơ đề nghị DNKT-2026-00001 đã có kết quả.", true, true, Set.of());
        assertThat(finished.choices()).isEmpty();
        assertThat(finished.refusal()).isEqualTo("Hồ sơ đề nghị DNKT-2026-00001 đã có kết quả.");
        UploadChoices.Offer reader = offer(true, null, false, false, Set.of());
        assertThat(reader.choices()).isEmpty();
        assertThat(reader.refusal()).startsWith("Chỉ cán bộ TĐKT của đơn vị lập hồ sơ");
    }
}
