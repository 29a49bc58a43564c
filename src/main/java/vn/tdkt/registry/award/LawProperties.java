package vn.tdkt.registry.award;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The successive regimes of commendation law by period (prefix {@code tdkt.law}), from the domain brief's legal stack
 * (L1–L3, confirmed): Decree 98/2023 from 01/01/2024, Decree 152/2025 from 01/7/2025. A province adds the next one
 * before it takes effect; periods must not overlap.
 */
@ConfigurationProperties(prefix = "tdkt.law")
public record LawProperties(List<LegalRegime> regimes) {

    public static final List<LegalRegime> DEFAULT_REGIMES = List.of(
            new LegalRegime("LUAT_2003", "Luật Thi đua, khen thưởng 2003 (sửa đổi 2013); Nghị định 91/2017/NĐ-CP",
                    null, LocalDate.of(2023, 12, 31)),
            new LegalRegime("ND_98_2023", "Luật Thi đua, khen thưởng 2022; Nghị định 98/2023/NĐ-CP",
                    LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 30)),
            new LegalRegime("ND_152_2025", "Luật Thi đua, khen thưởng 2022; Nghị định 152/2025/NĐ-CP",
                    LocalDate.of(2025, 7, 1), null));

    public LawProperties {
        regimes = regimes == null || regimes.isEmpty() ? DEFAULT_REGIMES : List.copyOf(regimes);
        for (int i = 0; i < regimes.size(); i++) {
            for (int j = i + 1; j < regimes.size(); j++) {
                if (overlap(regimes.get(i), regimes.get(j))) {
                    throw new IllegalArgumentException("tdkt.law.regimes: " + regimes.get(i).code() + " and "
                            + regimes.get(j).code() + " overlap");
                }
            }
        }
    }

    public static LawProperties defaults() {
        return new LawProperties(null);
    }

    /** The regime in force on the day, if one is configured for it. */
    public Optional<LegalRegime> regimeOn(LocalDate day) {
        return day == null ? Optional.empty() : regimes.stream().filter(r -> r.inForceOn(day)).findFirst();
    }

    public Optional<LegalRegime> byCode(String code) {
        return code == null ? Optional.empty() : regimes.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    private static boolean overlap(LegalRegime a, LegalRegime b) {
        LocalDate aFrom = a.effectiveFrom() == null ? LocalDate.MIN : a.effectiveFrom();
        LocalDate aTo = a.effectiveTo() == null ? LocalDate.MAX : a.effectiveTo();
        LocalDate bFrom = b.effectiveFrom() == null ? LocalDate.MIN : b.effectiveFrom();
        LocalDate bTo = b.effectiveTo() == null ? LocalDate.MAX : b.effectiveTo();
        return !aTo.isBefore(bFrom) && !bTo.isBefore(aFrom);
    }
}
