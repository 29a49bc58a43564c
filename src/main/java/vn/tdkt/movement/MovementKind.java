package vn.tdkt.movement;

/** Ways of organising emulation (Luật Thi đua, khen thưởng 2022, Điều 16): regular or thematic. */
public enum MovementKind {
    CHUYEN_DE("Phong trào theo chuyên đề"),
    THUONG_XUYEN("Phong trào thường xuyên");

    private final String label;

    MovementKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static MovementKind parse(Object value) {
        for (MovementKind k : values()) {
            if (k.name().equals(value)) {
                return k;
            }
        }
        return null;
    }
}
