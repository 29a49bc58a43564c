package vn.tdkt.registry.person;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * A person's annual assessment as the unit reports it: the task rating (XUAT_SAC hoàn thành xuất sắc, TOT hoàn thành
 * tốt, HOAN_THANH hoàn thành, KHONG_HOAN_THANH không hoàn thành nhiệm vụ), the months actually worked and the months of
 * maternity leave in the year (counted as work where the legal parameter MATERNITY_COUNTS_AS_WORK says so).
 */
public record AnnualAssessmentRequest(
        @NotBlank(message = "Xếp loại nhiệm vụ (taskRating) không được để trống: XUAT_SAC, TOT, HOAN_THANH hoặc"
                + " KHONG_HOAN_THANH.")
        @Pattern(regexp = "XUAT_SAC|TOT|HOAN_THANH|KHONG_HOAN_THANH", message = "Xếp loại nhiệm vụ (taskRating) phải"
                + " là XUAT_SAC, TOT, HOAN_THANH hoặc KHONG_HOAN_THANH.")
        String taskRating,
        @Min(value = 0, message = "Số tháng làm việc thực tế (monthsWorked) từ 0 đến 12.")
        @Max(value = 12, message = "Số tháng làm việc thực tế (monthsWorked) từ 0 đến 12.")
        Integer monthsWorked,
        @Min(value = 0, message = "Số tháng nghỉ thai sản (maternityMonths) từ 0 đến 12.")
        @Max(value = 12, message = "Số tháng nghỉ thai sản (maternityMonths) từ 0 đến 12.")
        Integer maternityMonths) {
}
