package vn.tdkt.registry.award;

import java.time.LocalDate;

/**
 * A body of commendation law in force over a period: the law and its detailing decree ("Luật Thi đua, khen thưởng
 * 2022; Nghị định 152/2025/NĐ-CP"). An award is given under the regime in force on the day of its decision and keeps
 * it ({@code award_record.legal_regime}), so a record of 2024 still says it was judged by Decree 98/2023.
 */
public record LegalRegime(String code, String name, LocalDate effectiveFrom, LocalDate effectiveTo) {

    public LegalRegime {
        if (code == null || code.isBlank() || name == null || name.isBlank()) {
            throw new IllegalArgumentException("tdkt.law.regimes: a regime needs a code and a name");
        }
        if (effectiveFrom != null && effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException("tdkt.law.regimes: " + code + " ends before it starts");
        }
        code = code.strip();
        name = name.strip();
    }

    public boolean inForceOn(LocalDate day) {
        return (effectiveFrom == null || !day.isBefore(effectiveFrom))
                && (effectiveTo == null || !day.isAfter(effectiveTo));
    }
}
