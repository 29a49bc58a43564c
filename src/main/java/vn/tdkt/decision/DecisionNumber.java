package vn.tdkt.decision;

/**
 * A decision number handed out for an issuing year: sequence 123 with symbol QĐ-UBND reads "123/QĐ-UBND". Numbers
 * below 10 are written with a leading zero, "07/QĐ-UBND" (Nghị định 30/2020/NĐ-CP on văn thư, Phụ lục I).
 */
public record DecisionNumber(int year, int sequence, String symbol) {

    public String text() {
        return String.format("%02d", sequence) + "/" + symbol;
    }

    @Override
    public String toString() {
        return text() + " (" + year + ")";
    }
}
