package vn.tdkt.decision;

/** A decision number handed out for an issuing year: sequence 123 with symbol QĐ-UBND reads "123/QĐ-UBND". */
public record DecisionNumber(int year, int sequence, String symbol) {

    public String text() {
        return sequence + "/" + symbol;
    }

    @Override
    public String toString() {
        return text() + " (" + year + ")";
    }
}
