package vn.tdkt.proposal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tdkt.registry.award.AwardCategory;
import vn.tdkt.registry.award.AwardType;
import vn.tdkt.registry.award.DecidingLevel;
import vn.tdkt.registry.award.RecipientKind;

import static org.assertj.core.api.Assertions.assertThat;

class AwardRoutingTest {

    private static AwardType award(DecidingLevel level, String name, String decider) {
        return new AwardType("X", name, AwardCategory.HINH_THUC, RecipientKind.CA_NHAN_TAP_THE, level, decider, null,
                null, true, true, null);
    }

    /** Every level with every kind: fits (empty) or a refusal that names what fits. */
    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "TINH|CONG_TRANG|",
            "TINH|CHUYEN_DE|",
            "TINH|DOT_XUAT|",
            "TINH|KHEN_CAO|chỉ dành cho hình thức do Trung ương quyết định",
            "TRUNG_UONG|KHEN_CAO|",
            "TRUNG_UONG|CONG_TRANG|chọn loại hình 'Đề nghị khen cao",
            "TRUNG_UONG|CHUYEN_DE|chọn loại hình 'Đề nghị khen cao",
            "TRUNG_UONG|DOT_XUAT|chọn loại hình 'Đề nghị khen cao",
            "CO_SO|CONG_TRANG|không lập hồ sơ đề nghị lên tỉnh",
            "CO_SO|KHEN_CAO|không lập hồ sơ đề nghị lên tỉnh"})
    void theKindMustFitWhoDecidesTheAward(DecidingLevel level, String kind, String refusal) {
        AwardType award = award(level, "Hình thức thử", "Người quyết định thử");

        if (refusal == null) {
            assertThat(AwardRouting.refusal(award, kind)).isEmpty();
        } else {
            assertThat(AwardRouting.refusal(award, kind)).get().asString()
                    .contains("'Hình thức thử'", "Người quyết định thử", refusal);
        }
    }
}
