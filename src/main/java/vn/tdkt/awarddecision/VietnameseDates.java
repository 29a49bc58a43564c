package vn.tdkt.awarddecision;

import java.time.LocalDate;

/**
 * Dates as administrative documents write them (Nghị định 30/2020/NĐ-CP): "ngày 05 tháng 01 năm 2026", a
 * leading zero for days below 10 and for the months 1 and 2 only.
 */
public final class VietnameseDates {

    private VietnameseDates() { }

    public static String longForm(LocalDate date) {
        int day = date.getDayOfMonth();
        int month = date.getMonthValue();
        return "ngày " + (day < 10 ? "0" + day : String.valueOf(day))
                + " tháng " + (month <= 2 ? "0" + month : String.valueOf(month))
                + " năm " + date.getYear();
    }

    /** "Tây Ninh, ngày 25 tháng 11 năm 2026". */
    public static String placeAndDate(String place, LocalDate date) {
        return place + ", " + longForm(date);
    }
}
