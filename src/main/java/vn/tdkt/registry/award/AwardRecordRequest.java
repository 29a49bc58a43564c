package vn.tdkt.registry.award;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Records an award for exactly one recipient: a person (cá nhân) or a unit (tập thể). */
public record AwardRecordRequest(
        @NotBlank(message = "Mã danh hiệu/hình thức khen thưởng (awardTypeCode) không được để trống.")
        String awardTypeCode,
        String personCode,
        String unitCode,
        @NotNull(message = "Năm khen thưởng (awardYear) không được để trống.")
        @Min(value = 1945, message = "Năm khen thưởng phải từ 1945 trở đi.")
        @Max(value = 2100, message = "Năm khen thưởng không được sau năm 2100.")
        Integer awardYear,
        String commendationKind,
        @NotBlank(message = "Số quyết định (decisionNumber) không được để trống.")
        @Size(max = 60, message = "Số quyết định tối đa 60 ký tự.")
        String decisionNumber,
        @NotNull(message = "Ngày quyết định (decisionDate) không được để trống.")
        LocalDate decisionDate,
        @Size(max = 255, message = "Cơ quan quyết định tối đa 255 ký tự.")
        String decisionAuthority,
        @Size(max = 120, message = "Mã thành tích (achievementRef) tối đa 120 ký tự.")
        String achievementRef) {
}
