package vn.tdkt.registry.block;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.tdkt.registry.common.RegistryFormats;

import java.util.List;

/** Bodies of the block endpoints. */
public final class BlockRequests {

    private BlockRequests() { }

    public record Create(
            @NotBlank(message = "Mã khối không được để trống.")
            @Pattern(regexp = RegistryFormats.CODE, message = "Mã khối " + RegistryFormats.CODE_MESSAGE + ".")
            String code,
            @NotBlank(message = "Tên khối không được để trống.")
            @Size(max = 255, message = "Tên khối tối đa 255 ký tự.")
            String name,
            @Size(max = 1000, message = "Mô tả tối đa 1000 ký tự.")
            String description) {
    }

    /** The complete membership of the block for the year (replaces the previous one). */
    public record Members(
            @NotNull(message = "Danh sách mã đơn vị (unitCodes) không được để trống; gửi [] để xóa hết thành viên.")
            List<@NotBlank(message = "Mã đơn vị trong danh sách không được để trống.") String> unitCodes) {
    }

    public record Officers(
            @NotBlank(message = "Mã đơn vị khối trưởng (leaderUnitCode) không được để trống.")
            String leaderUnitCode,
            String deputyUnitCode) {
    }
}
