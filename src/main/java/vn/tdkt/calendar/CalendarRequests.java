package vn.tdkt.calendar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Bodies of the calendar endpoints. */
public final class CalendarRequests {

    private CalendarRequests() { }

    /**
     * An exception day to create or replace. {@code kind} is HOLIDAY or WORKING; {@code verified} defaults to
     * true (an administrator enters a day from a published decision) and may be sent as false for a day
     * announced but not yet decided.
     */
    public record Save(
            @NotBlank(message = "Loại ngày (kind) không được để trống; dùng HOLIDAY (ngày nghỉ) hoặc WORKING (ngày làm bù).")
            String kind,
            @NotBlank(message = "Tên ngày (name) không được để trống.")
            @Size(max = 255, message = "Tên ngày tối đa 255 ký tự.")
            String name,
            @NotBlank(message = "Căn cứ pháp lý (legalBasis) không được để trống.")
            @Size(max = 500, message = "Căn cứ pháp lý tối đa 500 ký tự.")
            String legalBasis,
            Boolean verified,
            @Size(max = 1000, message = "Ghi chú tối đa 1000 ký tự.")
            String note) {
    }
}
