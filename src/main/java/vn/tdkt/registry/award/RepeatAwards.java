package vn.tdkt.registry.award;

/**
 * Whether a new award would reward an achievement already rewarded (Law on Emulation and Commendation 2022, Art. 5:
 * one achievement is rewarded once). An emulation title (danh hiệu) is given for a year's work, so once a year. A
 * form of commendation (hình thức) for the year's merit (theo công trạng) is given once for that year's work; one
 * for a campaign (chuyên đề) or an exceptional feat (đột xuất) rewards another achievement and may come in a year
 * that already has one. A khen cao proposal is recorded as merit of its year.
 */
public final class RepeatAwards {

    private RepeatAwards() { }

    public static boolean sameAchievement(AwardCategory category, String newKind, String existingKind) {
        if (category == AwardCategory.DANH_HIEU) {
            return true;
        }
        return isYearlyMerit(newKind) && isYearlyMerit(existingKind);
    }

    private static boolean isYearlyMerit(String kind) {
        return kind == null || "CONG_TRANG".equals(kind) || "KHEN_CAO".equals(kind);
    }
}
