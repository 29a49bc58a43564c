package vn.tdkt.awarddecision;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A line of the office's register of outgoing documents (sổ đăng ký văn bản đi): the number, the day, the subject
 * (trích yếu), who took it and where from: {@link Source#APP} for a decision this application issued (its id in
 * {@code decisionId}), {@link Source#OFFICE} for a document the office numbered, in the application or, when
 * {@code recordedFromPaper}, in the paper register first.
 */
public record RegisterEntry(long id, int registerYear, int sequence, String number, LocalDate issuedOn, String subject,
                            String takenBy, Source source, boolean recordedFromPaper, Long decisionId,
                            LocalDateTime createdAt) {

    public enum Source {
        APP("Quyết định khen thưởng do phần mềm ban hành"),
        OFFICE("Văn bản do Văn phòng UBND tỉnh lấy số");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Vietnamese words for where the number comes from, as the register page shows them. */
    public String sourceLabel() {
        return recordedFromPaper ? "Số lấy trên sổ giấy, ghi nhận lại" : source.label();
    }
}
