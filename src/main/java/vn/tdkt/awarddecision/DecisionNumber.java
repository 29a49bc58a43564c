package vn.tdkt.awarddecision;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number of the office's register for an issuing year: sequence 123 with symbol QĐ-UBND reads "123/QĐ-UBND".
 * Numbers are written with at least {@link Format#minDigits()} digits, two by default, so that numbers below 10 take a
 * leading zero, "07/QĐ-UBND" (Nghị định 30/2020/NĐ-CP on văn thư, Phụ lục I).
 */
public record DecisionNumber(int year, int sequence, String symbol, int minDigits) {

    /** Two digits at least, the default format. */
    public DecisionNumber(int year, int sequence, String symbol) {
        this(year, sequence, symbol, Format.DEFAULT_MIN_DIGITS);
    }

    public String text() {
        return new Format(symbol, minDigits).text(sequence);
    }

    @Override
    public String toString() {
        return text() + " (" + year + ")";
    }

    /** How a register writes its numbers: "0007/QĐ-UBND" with symbol QĐ-UBND and four digits. */
    public record Format(String symbol, int minDigits) {

        public static final int DEFAULT_MIN_DIGITS = 2;
        private static final Pattern TYPED = Pattern.compile("\\s*0*(\\d{1,9})\\s*(?:/\\s*(\\S.*?))?\\s*");

        public Format {
            if (symbol == null || symbol.isBlank()) {
                throw new IllegalArgumentException("A register needs a symbol");
            }
            if (minDigits < 1) {
                throw new IllegalArgumentException("minDigits must be positive");
            }
            symbol = symbol.strip();
        }

        public String text(int sequence) {
            if (sequence <= 0) {
                throw new IllegalArgumentException("Register numbers start at 1: " + sequence);
            }
            String digits = Integer.toString(sequence);
            return "0".repeat(Math.max(0, minDigits - digits.length())) + digits + "/" + symbol;
        }

        /**
         * The sequence of a number as a person types it: "7", "07", "007/QĐ-UBND" all give 7; a number with another
         * symbol ("7/QĐ-CT") or no number at all gives nothing.
         */
        public Optional<Integer> sequenceOf(String typed) {
            if (typed == null) {
                return Optional.empty();
            }
            Matcher m = TYPED.matcher(typed);
            if (!m.matches() || (m.group(2) != null && !m.group(2).equalsIgnoreCase(symbol))) {
                return Optional.empty();
            }
            int sequence = Integer.parseInt(m.group(1));
            return sequence > 0 ? Optional.of(sequence) : Optional.empty();
        }

        /** The number as registered ("07/QĐ-UBND") of a number as typed ("7/QĐ-UBND"); the text itself otherwise. */
        public String registered(String typed) {
            return sequenceOf(typed).map(this::text).orElse(typed == null ? null : typed.strip());
        }
    }
}
