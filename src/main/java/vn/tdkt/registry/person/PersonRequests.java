package vn.tdkt.registry.person;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.tdkt.registry.common.RegistryFormats;

import java.time.LocalDate;

/** Bodies of the person endpoints. */
public final class PersonRequests {

    private PersonRequests() { }

    public record Create(
            @NotBlank(message = "Mã cán bộ không được để trống.")
            @Pattern(regexp = RegistryFormats.CODE, message = "Mã cán bộ " + RegistryFormats.CODE_MESSAGE + ".")
            String code,
            @NotBlank(message = "Họ và tên không được để trống.")
            @Size(max = 255, message = "Họ và tên tối đa 255 ký tự.")
            String fullName,
            String gender,
            @Past(message = "Ngày sinh phải là một ngày trong quá khứ.")
            LocalDate birthDate,
            @Size(max = 255, message = "Chức vụ tối đa 255 ký tự.")
            String jobTitle,
            @NotBlank(message = "Mã đơn vị không được để trống.")
            String unitCode,
            @Pattern(regexp = RegistryFormats.EMAIL, message = "Địa chỉ email không hợp lệ.")
            @Size(max = 255, message = "Email tối đa 255 ký tự.")
            String email,
            String occupationCategory,
            Boolean ethnicMinority) {

        /** Without the statistics fields (not in a group, not of an ethnic minority). */
        public Create(String code, String fullName, String gender, LocalDate birthDate, String jobTitle,
                      String unitCode, String email) {
            this(code, fullName, gender, birthDate, jobTitle, unitCode, email, null, null);
        }
    }

    /** Replaces the person's data; active defaults to true. */
    public record Update(
            @NotBlank(message = "Họ và tên không được để trống.")
            @Size(max = 255, message = "Họ và tên tối đa 255 ký tự.")
            String fullName,
            String gender,
            @Past(message = "Ngày sinh phải là một ngày trong quá khứ.")
            LocalDate birthDate,
            @Size(max = 255, message = "Chức vụ tối đa 255 ký tự.")
            String jobTitle,
            @NotBlank(message = "Mã đơn vị không được để trống.")
            String unitCode,
            @Pattern(regexp = RegistryFormats.EMAIL, message = "Địa chỉ email không hợp lệ.")
            @Size(max = 255, message = "Email tối đa 255 ký tự.")
            String email,
            Boolean active,
            String occupationCategory,
            Boolean ethnicMinority) {

        /** Without the statistics fields (not in a group, not of an ethnic minority). */
        public Update(String fullName, String gender, LocalDate birthDate, String jobTitle, String unitCode,
                      String email, Boolean active) {
            this(fullName, gender, birthDate, jobTitle, unitCode, email, active, null, null);
        }
    }
}
