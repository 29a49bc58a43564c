package vn.tdkt.registry.award;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.tdkt.registry.common.RegistryFormats;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Bodies of the award catalogue endpoints. The confirmation is given per field ({@code deciderConfirmed},
 * {@code criteriaConfirmed}, {@code bonusConfirmed}); a client that sends only the older {@code verified} sets the
 * three to it. {@code effectiveFrom}/{@code effectiveTo}: ISO dates, inclusive, optional.
 */
public final class AwardTypeRequests {

    private AwardTypeRequests() { }

    public record Create(
            @NotBlank(message = "Mã danh hiệu/hình thức khen thưởng không được để trống.")
            @Pattern(regexp = RegistryFormats.CODE, message = "Mã danh hiệu " + RegistryFormats.CODE_MESSAGE + ".")
            String code,
            @NotBlank(message = "Tên không được để trống.")
            @Size(max = 255, message = "Tên tối đa 255 ký tự.")
            String name,
            @NotBlank(message = "Loại (category) không được để trống: DANH_HIEU hoặc HINH_THUC.")
            String category,
            @NotBlank(message = "Đối tượng (recipientKind) không được để trống: CA_NHAN, TAP_THE hoặc CA_NHAN_TAP_THE.")
            String recipientKind,
            @NotBlank(message = "Cấp quyết định (decidingLevel) không được để trống: CO_SO, TINH hoặc TRUNG_UONG.")
            String decidingLevel,
            @NotBlank(message = "Người có thẩm quyền quyết định (decider) không được để trống.")
            @Size(max = 255, message = "Người quyết định tối đa 255 ký tự.")
            String decider,
            @NotBlank(message = "Căn cứ pháp lý (legalBasis) không được để trống.")
            @Size(max = 500, message = "Căn cứ pháp lý tối đa 500 ký tự.")
            String legalBasis,
            @DecimalMin(value = "0", message = "Hệ số tiền thưởng không được âm.")
            @DecimalMax(value = "9999.99", message = "Hệ số tiền thưởng tối đa 9999,99.")
            @Digits(integer = 4, fraction = 2, message = "Hệ số tiền thưởng có tối đa 2 chữ số thập phân.")
            BigDecimal bonusMultiplier,
            Boolean verified,
            Boolean active,
            @Size(max = 1000, message = "Ghi chú tối đa 1000 ký tự.")
            String note,
            Boolean registrable,
            LocalDate effectiveFrom,
            LocalDate effectiveTo,
            Boolean deciderConfirmed,
            Boolean criteriaConfirmed,
            Boolean bonusConfirmed) {
    }

    public record Update(
            @NotBlank(message = "Tên không được để trống.")
            @Size(max = 255, message = "Tên tối đa 255 ký tự.")
            String name,
            @NotBlank(message = "Loại (category) không được để trống: DANH_HIEU hoặc HINH_THUC.")
            String category,
            @NotBlank(message = "Đối tượng (recipientKind) không được để trống: CA_NHAN, TAP_THE hoặc CA_NHAN_TAP_THE.")
            String recipientKind,
            @NotBlank(message = "Cấp quyết định (decidingLevel) không được để trống: CO_SO, TINH hoặc TRUNG_UONG.")
            String decidingLevel,
            @NotBlank(message = "Người có thẩm quyền quyết định (decider) không được để trống.")
            @Size(max = 255, message = "Người quyết định tối đa 255 ký tự.")
            String decider,
            @NotBlank(message = "Căn cứ pháp lý (legalBasis) không được để trống.")
            @Size(max = 500, message = "Căn cứ pháp lý tối đa 500 ký tự.")
            String legalBasis,
            @DecimalMin(value = "0", message = "Hệ số tiền thưởng không được âm.")
            @DecimalMax(value = "9999.99", message = "Hệ số tiền thưởng tối đa 9999,99.")
            @Digits(integer = 4, fraction = 2, message = "Hệ số tiền thưởng có tối đa 2 chữ số thập phân.")
            BigDecimal bonusMultiplier,
            Boolean verified,
            Boolean active,
            @Size(max = 1000, message = "Ghi chú tối đa 1000 ký tự.")
            String note,
            Boolean registrable,
            LocalDate effectiveFrom,
            LocalDate effectiveTo,
            Boolean deciderConfirmed,
            Boolean criteriaConfirmed,
            Boolean bonusConfirmed) {
    }
}
