package vn.tdkt.decision;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * Wording of the province's commendation decisions that belongs to configuration, not code (prefix
 * {@code tdkt.decision}): the number's symbol, the legal bases ("Căn cứ ..."), who proposes, the texts of
 * Điều 2 and Điều 3 and the distribution list ("Nơi nhận"). Every value has a default.
 */
@ConfigurationProperties(prefix = "tdkt.decision")
public record DecisionProperties(String symbol, List<String> legalBases, String proposer, String bonusArticle,
                                 String enforcementArticle, List<String> recipients) {

    public static final String DEFAULT_SYMBOL = "QĐ-UBND";

    public static final List<String> DEFAULT_LEGAL_BASES = List.of(
            "Căn cứ Luật Tổ chức chính quyền địa phương;",
            "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
            "Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Thi đua,"
                    + " khen thưởng;");

    public static final String DEFAULT_PROPOSER = "Giám đốc Sở Nội vụ";

    public static final String DEFAULT_BONUS_ARTICLE = "Cá nhân, tập thể có tên tại Điều 1 được hưởng tiền thưởng"
            + " theo quy định của pháp luật về thi đua, khen thưởng; kinh phí khen thưởng được chi từ Quỹ Thi đua,"
            + " khen thưởng của tỉnh.";

    public static final String DEFAULT_ENFORCEMENT_ARTICLE = "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn"
            + " phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, thủ trưởng các cơ quan, đơn vị có liên quan và các"
            + " cá nhân, tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.";

    public static final List<String> DEFAULT_RECIPIENTS = List.of(
            "Như Điều 3;",
            "CT, các PCT UBND tỉnh;",
            "Sở Nội vụ;",
            "Lưu: VT, VP UBND tỉnh.");

    public DecisionProperties {
        symbol = blank(symbol) ? DEFAULT_SYMBOL : symbol.strip();
        legalBases = legalBases == null || legalBases.isEmpty() ? DEFAULT_LEGAL_BASES : lines(legalBases);
        proposer = blank(proposer) ? DEFAULT_PROPOSER : proposer.strip();
        bonusArticle = blank(bonusArticle) ? DEFAULT_BONUS_ARTICLE : bonusArticle.strip();
        enforcementArticle = blank(enforcementArticle) ? DEFAULT_ENFORCEMENT_ARTICLE : enforcementArticle.strip();
        recipients = recipients == null || recipients.isEmpty() ? DEFAULT_RECIPIENTS : lines(recipients);
    }

    /** Every value at its default. */
    public static DecisionProperties defaults() {
        return new DecisionProperties(null, null, null, null, null, null);
    }

    /** Non-blank entries, each on one line. */
    private static List<String> lines(List<String> values) {
        return values.stream().filter(v -> !blank(v)).map(v -> v.strip().replaceAll("\\s*\\R\\s*", " ")).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
