package vn.tdkt.registry.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.tdkt.registry.common.RegistryFormats;

import java.time.LocalDate;

/** Bodies of the unit endpoints. */
public final class UnitRequests {

    private UnitRequests() { }

    public record Create(
            @NotBlank(message = "Mã đơn vị không được để trống.")
            @Pattern(regexp = RegistryFormats.CODE, message = "Mã đơn vị " + RegistryFormats.CODE_MESSAGE + ".")
            String code,
            @NotBlank(message = "Tên đơn vị không được để trống.")
            @Size(max = 255, message = "Tên đơn vị tối đa 255 ký tự.")
            String name,
            @NotBlank(message = "Loại đơn vị không được để trống.")
            String unitType,
            @Pattern(regexp = RegistryFormats.EMAIL, message = "Địa chỉ email không hợp lệ.")
            @Size(max = 255, message = "Email tối đa 255 ký tự.")
            String email,
            @NotNull(message = "Ngày hiệu lực từ không được để trống.")
            LocalDate validFrom,
            LocalDate validTo) {
    }

    public record Update(
            @NotBlank(message = "Tên đơn vị không được để trống.")
            @Size(max = 255, message = "Tên đơn vị tối đa 255 ký tự.")
            String name,
            @NotBlank(message = "Loại đơn vị không được để trống.")
            String unitType,
            @Pattern(regexp = RegistryFormats.EMAIL, message = "Địa chỉ email không hợp lệ.")
            @Size(max = 255, message = "Email tối đa 255 ký tự.")
            String email,
            @NotNull(message = "Ngày hiệu lực từ không được để trống.")
            LocalDate validFrom,
            LocalDate validTo) {
    }

    /** Ends a unit: merged into a successor (which must be active the next day) or dissolved. */
    public record End(
            @NotNull(message = "Ngày kết thúc hoạt động (validTo) không được để trống.")
            LocalDate validTo,
            @NotBlank(message = "Lý do kết thúc (reason) không được để trống: MERGED hoặc DISSOLVED.")
            String reason,
            String successorCode) {
    }
}
