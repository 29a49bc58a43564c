package vn.tdkt.audit;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.tdkt.pdf.FontSet;
import vn.tdkt.pdf.PageNumbers;
import vn.tdkt.pdf.PdfFonts;
import vn.tdkt.pdf.PdfPage;
import vn.tdkt.pdf.PdfText;

import java.time.OffsetDateTime;
import java.util.List;

import static vn.tdkt.pdf.PdfText.MM;

/**
 * A proposal's timeline as a PDF for the inspection file: A4 landscape, the proposal's summary, then one table row
 * per event a person reads (when, who, the sentence, the record's hash), and at the end the state of the chain
 * check when printed. The engine's technical records (a gateway passed, an activity started next to its task, a
 * value written again unchanged…) are left out of the print and counted; the CSV holds every record.
 */
@Component
public class TimelinePdf {

    private static final float BODY = 10;
    private static final float TABLE = 8;

    private final PdfFonts fonts;
    private final String province;

    public TimelinePdf(PdfFonts fonts, @Value("${tdkt.province-name:Tây Ninh}") String province) {
        this.fonts = fonts;
        this.province = province;
    }

    public byte[] render(AuditedProposal p, List<TimelineEntry> entries, ChainVerification chain,
                         OffsetDateTime printedAt, String printedBy) {
        List<TimelineEntry> readable = entries.stream().filter(e -> !e.technical()).toList();
        FontSet f = fonts.fontSet();
        return PdfPage.landscape(12 * MM, 12 * MM, 12 * MM, 14 * MM)
                .event(new PageNumbers(f.regular(BODY)))
                .title("Nhật ký xử lý hồ sơ " + p.businessKey())
                .author("Hệ thống Thi đua - Khen thưởng tỉnh " + province)
                .write("The timeline PDF could not be laid out", (doc, writer) -> {
                    doc.add(PdfText.centred("NHẬT KÝ XỬ LÝ HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG", f.bold(13)));
                    doc.add(PdfText.centred("Mã hồ sơ " + p.businessKey(), f.bold(BODY)));
                    doc.add(line(f, "Đơn vị: " + p.unitName() + " (" + p.unitCode() + ")"));
                    doc.add(line(f, "Hình thức khen thưởng: " + p.awardName() + " — năm " + p.year()));
                    doc.add(line(f, "Đối tượng đề nghị: " + String.join("; ", p.nominees())));
                    doc.add(line(f, "Trạng thái: " + p.statusLabel()
                            + (p.decisionNumber() == null ? "" : " — Quyết định số " + p.decisionNumber())));
                    doc.add(line(f, "In lúc " + TimelineCsv.TIME.format(printedAt) + " bởi " + printedBy
                            + "; nhật ký có " + entries.size() + " sự kiện, bản in gồm " + readable.size() + " sự kiện"
                            + (readable.size() == entries.size() ? "." : " (" + (entries.size() - readable.size())
                            + " sự kiện kỹ thuật của hệ thống không in, có đủ trong bản CSV).")));
                    doc.add(new Paragraph(" ", f.regular(4)));

                    PdfPTable table = new PdfPTable(new float[]{6, 11, 16, 56, 11});
                    table.setWidthPercentage(100);
                    table.setHeaderRows(1);
                    for (String h : List.of("STT chuỗi", "Thời điểm", "Người thực hiện", "Diễn biến", "Hash")) {
                        table.addCell(PdfText.boxed(h, f.bold(TABLE), Element.ALIGN_CENTER));
                    }
                    Font cell = f.regular(TABLE);
                    for (TimelineEntry e : readable) {
                        table.addCell(PdfText.boxed(Long.toString(e.seq()), cell, Element.ALIGN_RIGHT));
                        table.addCell(PdfText.boxed(e.time(), cell, Element.ALIGN_LEFT));
                        table.addCell(PdfText.boxed(e.actorName(), cell, Element.ALIGN_LEFT));
                        table.addCell(PdfText.boxed(e.sentence(), cell, Element.ALIGN_LEFT));
                        table.addCell(PdfText.boxed(e.hash().substring(0, 16) + "…", cell, Element.ALIGN_LEFT));
                    }
                    doc.add(table);
                    doc.add(new Paragraph(" ", f.regular(4)));
                    doc.add(line(f, "Kiểm tra chuỗi nhật ký khi in: " + chain.describe()));
                });
    }

    private static Paragraph line(FontSet f, String text) {
        return PdfText.paragraph(text, f.regular(BODY), Element.ALIGN_LEFT);
    }
}
