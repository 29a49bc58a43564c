package vn.tdkt.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Timeline rows as CSV (RFC 4180, UTF-8 with a byte-order mark so that Excel shows the diacritics): every record
 * with its technical columns as before (kind, actor's login, subject, one-line summary, hash so that a row can be
 * checked against the chain), then the sentence a person reads, whether the page hides the row as technical, and
 * the record's details as JSON.
 */
public final class TimelineCsv {

    static final String HEADER = "Mã hồ sơ,Số thứ tự trong chuỗi,Thời điểm,Loại sự kiện,Người thực hiện,Đối tượng,"
            + "Nội dung,Mã quy trình,Hash,Diễn giải,Sự kiện kỹ thuật,Chi tiết gốc (JSON)";
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss XXX");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Writer out;

    public TimelineCsv(Writer out) {
        this.out = out;
    }

    public void header() {
        write("\uFEFF" + HEADER + "\r\n");
    }

    public void rows(List<TimelineEntry> entries) {
        for (TimelineEntry e : entries) {
            write(String.join(",", cell(e.businessKey()), Long.toString(e.seq()), cell(TIME.format(e.occurredAt())),
                    cell(e.kindLabel()), cell(e.actor()), cell(e.subject()), cell(e.summary()),
                    cell(e.processInstanceId()), e.hash(), cell(e.sentence()), e.technical() ? "có" : "không",
                    cell(json(e.details()))) + "\r\n");
        }
    }

    private static String json(Object details) {
        try {
            return JSON.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            return String.valueOf(details);
        }
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        // a leading =, +, - or @ would make a spreadsheet run the cell as a formula
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
