package vn.tdkt.registry;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tdkt.registry.award.AwardCategory;
import vn.tdkt.registry.award.RepeatAwards;

import static org.assertj.core.api.Assertions.assertThat;

class RepeatAwardsTest {

    @ParameterizedTest(name = "{0}: {1} after {2} -> same achievement {3}")
    @CsvSource({
            "DANH_HIEU,CONG_TRANG,CONG_TRANG,true",
            "DANH_HIEU,DOT_XUAT,CONG_TRANG,true",
            "HINH_THUC,CONG_TRANG,CONG_TRANG,true",
            "HINH_THUC,KHEN_CAO,CONG_TRANG,true",
            "HINH_THUC,DOT_XUAT,CONG_TRANG,false",
            "HINH_THUC,CONG_TRANG,DOT_XUAT,false",
            "HINH_THUC,DOT_XUAT,DOT_XUAT,false",
            "HINH_THUC,CHUYEN_DE,CHUYEN_DE,false",
            "HINH_THUC,CHUYEN_DE,CONG_TRANG,false"})
    void onlyTheSameAchievementIsRewardedOnce(AwardCategory category, String newKind, String existingKind,
                                              boolean same) {
        assertThat(RepeatAwards.sameAchievement(category, newKind, existingKind)).isEqualTo(same);
    }
}
