package vn.tdkt.revocation;

import java.util.Optional;

/** The four grounds of annulment of Law 2022 ch. VII (Luật Thi đua, khen thưởng 2022, chương VII) [C S87]. */
public enum RevocationGround {
    FALSE_DECLARATION("Gian dối trong việc kê khai công trạng, thành tích"),
    FORGED_DOCUMENTS("Cung cấp thông tin sai sự thật hoặc làm giả hồ sơ, giấy tờ đề nghị khen thưởng"),
    UNLAWFUL_PROCEDURE("Việc thẩm định, xét duyệt, đề nghị khen thưởng vi phạm pháp luật"),
    ADVERSE_CONCLUSION("Kết luận, quyết định, bản án của cơ quan có thẩm quyền cho thấy không đủ tiêu chuẩn trong thời"
            + " gian tính thành tích");

    private final String label;

    RevocationGround(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<RevocationGround> parse(Object value) {
        for (RevocationGround g : values()) {
            if (g.name().equals(value)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
