package vn.tdkt.awarddecision;

import vn.tdkt.registry.award.AwardCategory;
import vn.tdkt.registry.award.CommendationKind;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The sentences of a commendation decision that follow from its data: the trích yếu, the reason of the award
 * ("đã có thành tích ..."), Điều 1, the annex's title and the lines of the signature block. Formal text spells
 * out "UBND" as "Ủy ban nhân dân".
 */
public final class DecisionWording {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    public static final String CHAIRMAN_TITLE = "CHỦ TỊCH";
    /** A vice-chairman deciding for the chairman signs "KT. CHỦ TỊCH" over "PHÓ CHỦ TỊCH" (Nghị định 30/2020). */
    public static final String DEPUTY_SIGNER_TITLE = "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH";

    private static final Pattern UBND = Pattern.compile("\\bUBND\\b");
    private static final Pattern SIGNER_LINE_BREAK = Pattern.compile("\\s+/\\s+|\\R");
    /** "Biên bản (họp Hội đồng …) số " before the number, or "Biên bản: " without "số". */
    private static final Pattern MINUTES_PREFIX = Pattern.compile(
            "^biên\\s+bản\\D*?\\s+số\\s*:?\\s*(?=\\d)|^biên\\s+bản\\s*:?\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private DecisionWording() { }

    /** "Bằng khen của Chủ tịch UBND tỉnh" becomes "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh". */
    public static String formal(String awardName) {
        return UBND.matcher(awardName).replaceAll("Ủy ban nhân dân");
    }

    /** Trích yếu: "Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh". */
    public static String subject(String awardName, AwardCategory category, int awardYear) {
        return category == AwardCategory.DANH_HIEU
                ? "Về việc tặng danh hiệu " + formal(awardName) + " năm " + awardYear
                : "Về việc tặng " + formal(awardName);
    }

    /** The reason of the award when the request states none, by kind of commendation. */
    public static String achievement(CommendationKind kind, int awardYear, String provinceName) {
        return switch (kind) {
            case CONG_TRANG -> "đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm " + awardYear;
            case CHUYEN_DE -> "đã có thành tích xuất sắc trong phong trào thi đua theo chuyên đề năm " + awardYear;
            case DOT_XUAT -> "đã có thành tích xuất sắc đột xuất năm " + awardYear;
            case CONG_HIEN -> "đã có quá trình cống hiến lâu dài cho sự nghiệp xây dựng và phát triển tỉnh "
                    + provinceName;
            case NIEN_HAN -> "đã có thời gian cống hiến theo niên hạn cho sự nghiệp xây dựng và phát triển tỉnh "
                    + provinceName;
            case DOI_NGOAI -> "đã có nhiều đóng góp cho sự nghiệp xây dựng và phát triển tỉnh " + provinceName;
        };
    }

    /** "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 245/TTr-SNV ngày 20 tháng 11 năm 2026." */
    public static String proposalLine(String proposer, String proposalReference) {
        return "Theo đề nghị của " + proposer + reference(proposalReference) + ".";
    }

    /**
     * The proposal line of a decision that answers a unit's tờ trình through the standing agency: "Xét đề nghị của
     * Giám đốc Sở Tư pháp tại Tờ trình số 12/TTr-STP ngày 05 tháng 11 năm 2026 và của Giám đốc Sở Nội vụ." (the
     * agency's own document, when known, follows its title). Without a tờ trình, {@link #proposalLine}.
     */
    public static String proposalLine(DecisionRequest.Submission submission, String agencyProposer,
                                      String agencyReference) {
        if (submission == null) {
            return proposalLine(agencyProposer, agencyReference);
        }
        return "Xét đề nghị của " + submission.proposer().strip() + " tại " + submissionReference(submission)
                + " và của " + agencyProposer + reference(agencyReference) + ".";
    }

    /** "Tờ trình số 12/TTr-STP ngày 05 tháng 11 năm 2026". */
    public static String submissionReference(DecisionRequest.Submission submission) {
        return "Tờ trình số " + submission.number().strip() + " " + VietnameseDates.longForm(submission.date());
    }

    /**
     * The basis the council's result gives: "Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng tỉnh số
     * 05/BB-HĐTĐKT ngày 15 tháng 12 năm 2026;" (without the day when it is not known).
     */
    public static String councilLine(DecisionRequest.CouncilMinutes minutes) {
        return "Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng tỉnh số " + minutesNumber(minutes.number())
                + (minutes.date() == null ? "" : " " + VietnameseDates.longForm(minutes.date())) + ";";
    }

    /**
     * The number of the minutes as the secretary wrote it, without a leading "Biên bản (họp …) số" that some write
     * into the field: "Biên bản số 5/BB-HĐTĐKT" gives "5/BB-HĐTĐKT".
     */
    public static String minutesNumber(String ref) {
        String s = ref == null ? "" : ref.strip();
        s = MINUTES_PREFIX.matcher(s).replaceFirst("");
        return stripFinalPeriod(s).strip();
    }

    /** "Ông" before a man's name, "Bà" before a woman's, nothing for a collective or a person of unknown gender. */
    public static String honorific(DecisionView.Awardee awardee) {
        if (awardee.collective() || awardee.gender() == null) {
            return null;
        }
        return switch (awardee.gender()) {
            case "NAM" -> "Ông";
            case "NU" -> "Bà";
            default -> null;
        };
    }

    /** The register number as the certificate prints it: "00015/2026" (five digits, so it never reads as a month). */
    public static String registerNumber(Integer year, Integer sequence) {
        return year == null || sequence == null ? null : String.format("%05d/%d", sequence, year);
    }

    private static String reference(String document) {
        return document == null || document.isBlank() ? "" : " tại " + stripFinalPeriod(document.strip());
    }

    /** What is awarded, as Điều 1 and the annex name it. */
    public static String awardPhrase(String awardName, String category, int awardYear) {
        return AwardCategory.DANH_HIEU.name().equals(category)
                ? "danh hiệu “" + formal(awardName) + "” năm " + awardYear
                : formal(awardName);
    }

    /** "3 cá nhân", "2 tập thể" or "3 cá nhân và 2 tập thể". */
    public static String recipients(long individuals, long collectives) {
        if (individuals > 0 && collectives > 0) {
            return individuals + " cá nhân và " + collectives + " tập thể";
        }
        return individuals > 0 ? individuals + " cá nhân" : collectives + " tập thể";
    }

    /** "cá nhân", "tập thể" or "cá nhân, tập thể": who the annex lists. */
    public static String recipientKinds(long individuals, long collectives) {
        if (individuals > 0 && collectives > 0) {
            return "cá nhân, tập thể";
        }
        return individuals > 0 ? "cá nhân" : "tập thể";
    }

    /** Điều 1 after its label. */
    public static String articleOne(DecisionView d) {
        return "Tặng " + awardPhrase(d.awardTypeName(), d.awardCategory(), d.awardYear()) + " cho "
                + recipients(d.individualCount(), d.collectiveCount())
                + " có tên trong danh sách kèm theo, " + stripFinalPeriod(d.achievementText()) + ".";
    }

    /** The annex's second title line: "cá nhân được tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh". */
    public static String annexTitle(DecisionView d) {
        return recipientKinds(d.individualCount(), d.collectiveCount()) + " được tặng "
                + awardPhrase(d.awardTypeName(), d.awardCategory(), d.awardYear());
    }

    /**
     * The award as the certificate's title shows it, the issuer being printed above it: "BẰNG KHEN" for
     * "Bằng khen của Chủ tịch UBND tỉnh", "DANH HIỆU CHIẾN SĨ THI ĐUA CẤP TỈNH" for an emulation title.
     */
    public static String certificateTitle(String awardName, String category) {
        String name = formal(awardName);
        int of = name.indexOf(" của ");
        String title = of > 0 ? name.substring(0, of) : name;
        return upper(AwardCategory.DANH_HIEU.name().equals(category) ? "danh hiệu " + title : title);
    }

    /**
     * The title the decider signs with, from his groups: the chairman "CHỦ TỊCH"; a vice-chairman (not the chairman)
     * "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"; anyone else (an administrator repairing a case) null, the chairman's default.
     */
    public static String signerTitle(java.util.Collection<String> groupIds) {
        if (groupIds.contains(vn.tdkt.identity.Role.CHAIRMAN.groupId())) {
            return CHAIRMAN_TITLE;
        }
        return groupIds.contains(vn.tdkt.identity.Role.VICE_CHAIRMAN.groupId()) ? DEPUTY_SIGNER_TITLE : null;
    }

    /** "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" gives the two lines of the signature block. */
    public static List<String> signerLines(String signerTitle) {
        String title = signerTitle == null || signerTitle.isBlank() ? CHAIRMAN_TITLE : signerTitle.strip();
        return Arrays.stream(SIGNER_LINE_BREAK.split(title)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public static String upper(String text) {
        return text.toUpperCase(VIETNAMESE);
    }

    public static String capitalizeFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(VIETNAMESE) + text.substring(1);
    }

    private static String stripFinalPeriod(String text) {
        String s = text.strip();
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
