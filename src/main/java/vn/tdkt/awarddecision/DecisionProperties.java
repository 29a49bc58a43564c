package vn.tdkt.awarddecision;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Wording of the province's commendation decisions that belongs to configuration, not code (prefix
 * {@code tdkt.decision}): the number's symbol, the legal bases ("Căn cứ ...", each with the period it is cited in),
 * who proposes, the texts of Điều 2 and Điều 3 and the distribution list ("Nơi nhận"); the office's register of
 * outgoing documents the numbers come from ({@link Register}); who records the signed originals and how
 * ({@link SignedOriginal}). Every value has a default.
 */
@ConfigurationProperties(prefix = "tdkt.decision")
public record DecisionProperties(String symbol, List<LegalBasis> legalBases, String proposer, String bonusArticle,
                                 String enforcementArticle, List<String> recipients, Register register,
                                 SignedOriginal signedOriginal) {

    /**
     * The sổ đăng ký văn bản đi of Văn phòng UBND tỉnh ({@code tdkt.decision.register.*}): numbers are written with at
     * least {@code minDigits} digits (2: "07/QĐ-UBND", Nghị định 30/2020/NĐ-CP, Phụ lục I), and restart at 1 on
     * 1 January unless {@code restartEachYear} is false. {@code officeUnitCode} is the office's unit: its officers
     * (văn thư) and its head (Chánh Văn phòng) take numbers and record the signed originals.
     */
    public record Register(Integer minDigits, Boolean restartEachYear, String officeUnitCode) {

        public static final int DEFAULT_MIN_DIGITS = 2;
        public static final String DEFAULT_OFFICE_UNIT_CODE = "vpubnd";

        public Register {
            if (minDigits != null && (minDigits < 1 || minDigits > 6)) {
                throw new IllegalArgumentException("tdkt.decision.register.min-digits must be between 1 and 6");
            }
            minDigits = Objects.requireNonNullElse(minDigits, DEFAULT_MIN_DIGITS);
            restartEachYear = restartEachYear == null || restartEachYear;
            officeUnitCode = blank(officeUnitCode) ? DEFAULT_OFFICE_UNIT_CODE : officeUnitCode.strip();
        }
    }

    /**
     * The signed originals ({@code tdkt.decision.signed-original.*}): the largest scan accepted (keep
     * {@code spring.servlet.multipart.max-file-size} at least as large) and the digital signature. Only
     * {@link DigitalSignature#NONE} is built: the office scans the paper original; {@code REQUIRED} (a PDF signed with
     * the province's digital signature, checked against its certificate authority) is refused at start-up until a
     * {@link vn.tdkt.awarddecision.SignedOriginalCheck} that verifies signatures is written.
     */
    public record SignedOriginal(Long maxSizeBytes, DigitalSignature digitalSignature) {

        public static final long DEFAULT_MAX_SIZE_BYTES = 10L * 1024 * 1024;

        public SignedOriginal {
            if (maxSizeBytes != null && maxSizeBytes <= 0) {
                throw new IllegalArgumentException("tdkt.decision.signed-original.max-size-bytes must be positive");
            }
            maxSizeBytes = Objects.requireNonNullElse(maxSizeBytes, DEFAULT_MAX_SIZE_BYTES);
            digitalSignature = digitalSignature == null ? DigitalSignature.NONE : digitalSignature;
        }
    }

    /** Whether the signed original must carry a digital signature. */
    public enum DigitalSignature {
        /** A scan of the paper original, signed and stamped by hand: what is built. */
        NONE,
        /** A PDF signed digitally (ký số): not built; the application refuses to start with it. */
        REQUIRED
    }

    public static final String DEFAULT_SYMBOL = "QĐ-UBND";

    /**
     * The legal bases by period. The law and the decrees are those of the domain brief (L1–L3, confirmed); the
     * successive Laws on the Organisation of Local Government are not in the brief: their dates are to be checked by
     * the province's legal office [B] before relying on the lines of past periods.
     */
    public static final List<LegalBasis> DEFAULT_LEGAL_BASES = List.of(
            new LegalBasis("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung"
                    + " một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11"
                    + " năm 2019;", null, LocalDate.of(2025, 2, 28), "[B] not in the domain brief"),
            new LegalBasis("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",
                    LocalDate.of(2025, 3, 1), LocalDate.of(2025, 6, 30), "[B] not in the domain brief"),
            new LegalBasis("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
                    LocalDate.of(2025, 7, 1), null, "[B] not in the domain brief"),
            new LegalBasis("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
                    LocalDate.of(2024, 1, 1), null, "[C] domain brief L1: passed 15/6/2022, in force 01/01/2024"),
            new LegalBasis("Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi"
                    + " tiết thi hành một số điều của Luật Thi đua, khen thưởng;", LocalDate.of(2024, 1, 1),
                    LocalDate.of(2025, 6, 30), "[C] domain brief L2; replaced from 01/7/2025 (repeal clause [B])"),
            new LegalBasis("Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về"
                    + " phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi"
                    + " hành một số điều của Luật Thi đua, khen thưởng;", LocalDate.of(2025, 7, 1), null,
                    "[C] domain brief L3: 14/6/2025, in force 01/7/2025"));

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

    @ConstructorBinding
    public DecisionProperties {
        register = register == null ? new Register(null, null, null) : register;
        signedOriginal = signedOriginal == null ? new SignedOriginal(null, null) : signedOriginal;
        symbol = blank(symbol) ? DEFAULT_SYMBOL : symbol.strip();
        legalBases = legalBases == null || legalBases.isEmpty() ? DEFAULT_LEGAL_BASES : List.copyOf(legalBases);
        proposer = blank(proposer) ? DEFAULT_PROPOSER : proposer.strip();
        bonusArticle = blank(bonusArticle) ? DEFAULT_BONUS_ARTICLE : bonusArticle.strip();
        enforcementArticle = blank(enforcementArticle) ? DEFAULT_ENFORCEMENT_ARTICLE : enforcementArticle.strip();
        recipients = recipients == null || recipients.isEmpty() ? DEFAULT_RECIPIENTS : lines(recipients);
    }

    /** The wording only; the register and the signed originals at their defaults. */
    public DecisionProperties(String symbol, List<LegalBasis> legalBases, String proposer, String bonusArticle,
                              String enforcementArticle, List<String> recipients) {
        this(symbol, legalBases, proposer, bonusArticle, enforcementArticle, recipients, null, null);
    }

    /** Every value at its default. */
    public static DecisionProperties defaults() {
        return new DecisionProperties(null, null, null, null, null, null, null, null);
    }

    /** How the register writes the numbers: symbol and minimum digits. */
    public DecisionNumber.Format numberFormat() {
        return new DecisionNumber.Format(symbol, register.minDigits());
    }

    /** The "Căn cứ ..." lines a decision signed on {@code day} cites, in the configured order. */
    public List<String> legalBasesOn(LocalDate day) {
        return legalBases.stream().filter(b -> b.inForceOn(day)).map(LegalBasis::text).toList();
    }

    /** Non-blank entries, each on one line. */
    private static List<String> lines(List<String> values) {
        return values.stream().filter(v -> !blank(v)).map(v -> v.strip().replaceAll("\\s*\\R\\s*", " ")).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
