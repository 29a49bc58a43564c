package vn.tdkt.proposal;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.tdkt.awarddecision.DecisionWording;
import vn.tdkt.awarddecision.VietnameseDates;
import vn.tdkt.pdf.FontSet;
import vn.tdkt.pdf.Letterhead;
import vn.tdkt.pdf.PageNumbers;
import vn.tdkt.pdf.PdfFonts;
import vn.tdkt.pdf.PdfPage;
import vn.tdkt.pdf.PdfText;

import java.time.Instant;
import java.time.ZoneId;

import static vn.tdkt.pdf.PdfText.MM;
import static vn.tdkt.pdf.PdfText.centred;
import static vn.tdkt.pdf.PdfText.chunk;

/**
 * The appraisal opinion of the standing agency (kết quả thẩm định) as a PDF the chairman opens from his task: A4
 * portrait with the Sở Nội vụ's letterhead, the proposal and the unit's tờ trình, a table of the nominees (automatic
 * check, the specialist's conclusion, grounds, council), the concurring opinions, the specialist's opinion and the
 * agency head's approval with their names and times. Page numbers from page 2.
 */
@Component
public class AppraisalOpinionPdf {

    private static final float BODY = 13;
    private static final float TABLE = 11;

    private final PdfFonts fonts;
    private final String provinceName;
    private final ZoneId zone;

    public AppraisalOpinionPdf(PdfFonts fonts, @Value("${tdkt.province-name:Tây Ninh}") String provinceName,
                               java.time.Clock clock) {
        this.fonts = fonts;
        this.provinceName = provinceName;
        this.zone = clock.getZone();
    }

    public byte[] render(AppraisalOpinion o) {
        FontSet f = fonts.fontSet();
        return PdfPage.portrait(25 * MM, 15 * MM, 20 * MM, 20 * MM).justifyBySpacesOnly()
                .event(new PageNumbers(f.regular(12)))
                .title("Kết quả thẩm định hồ sơ " + o.businessKey())
                .write("Cannot lay out the appraisal of " + o.businessKey(), (doc, writer) -> content(doc, f, o));
    }

    private void content(Document doc, FontSet f, AppraisalOpinion o) throws DocumentException {
        letterhead(doc, f, o);
        Paragraph title = centred("KẾT QUẢ THẨM ĐỊNH HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG", f.bold(BODY + 1));
        title.setSpacingBefore(16);
        doc.add(title);
        doc.add(centred("Hồ sơ " + o.businessKey() + " – " + DecisionWording.formal(o.awardTypeName())
                + ", năm " + o.periodYear(), f.italic(BODY)));
        doc.add(PdfText.rule(35 * MM, 10));

        field(doc, f, "Đơn vị đề nghị: ", o.unitName());
        field(doc, f, "Tờ trình của đơn vị: ", o.submission() == null ? "không ghi số, ngày" : o.submission());
        if (o.acceptedAt() != null) {
            field(doc, f, "Sở Nội vụ tiếp nhận hồ sơ: ", dateTime(o.acceptedAt()));
        }

        heading(doc, f, "I. KẾT QUẢ THẨM ĐỊNH TỪNG TRƯỜNG HỢP");
        nominees(doc, f, o);
        heading(doc, f, "II. Ý KIẾN HIỆP Y CỦA CƠ QUAN LIÊN QUAN");
        if (o.concurrence().isEmpty()) {
            doc.add(body(f, "Không hỏi ý kiến hiệp y."));
        } else {
            o.concurrence().forEach(line -> add(doc, body(f, line)));
        }
        heading(doc, f, "III. Ý KIẾN CỦA CHUYÊN VIÊN THẨM ĐỊNH");
        step(doc, f, o.specialist());
        heading(doc, f, "IV. Ý KIẾN CỦA LÃNH ĐẠO SỞ NỘI VỤ");
        step(doc, f, o.approval());
        if (o.council() != null) {
            heading(doc, f, "V. KẾT QUẢ XÉT CỦA HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG TỈNH");
            doc.add(body(f, o.council() + "; kết quả từng trường hợp ghi tại cột «Hội đồng» của mục I."));
        }
    }

    private void letterhead(Document doc, FontSet f, AppraisalOpinion o) throws DocumentException {
        // the superior authority abbreviated, as Nghị định 30/2020 allows on a department's letterhead
        Letterhead.columns(42, 58)
                .issuer("UBND " + DecisionWording.upper("tỉnh " + provinceName), f.regular(12))
                .issuer("SỞ NỘI VỤ", f.bold(12))
                .nationalTitle(f.bold(12), f.bold(12))
                .rules(25 * MM, 6)
                .placeAndDate(VietnameseDates.placeAndDate(provinceName, o.printedOn()), f.italic(12))
                .addTo(doc);
    }

    private void nominees(Document doc, FontSet f, AppraisalOpinion o) throws DocumentException {
        boolean council = o.nominees().stream().anyMatch(n -> n.council() != null);
        PdfPTable table = council ? new PdfPTable(new float[]{6, 24, 24, 14, 20, 12})
                : new PdfPTable(new float[]{6, 26, 28, 15, 25});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setHeaderRows(1);
        Font head = f.bold(TABLE);
        table.addCell(PdfText.boxed("STT", head, Element.ALIGN_CENTER));
        table.addCell(PdfText.boxed("Cá nhân / tập thể", head, Element.ALIGN_CENTER));
        table.addCell(PdfText.boxed("Xét theo tiêu chuẩn (tự động)", head, Element.ALIGN_CENTER));
        table.addCell(PdfText.boxed("Kết luận thẩm định", head, Element.ALIGN_CENTER));
        table.addCell(PdfText.boxed("Căn cứ của kết luận", head, Element.ALIGN_CENTER));
        if (council) {
            table.addCell(PdfText.boxed("Hội đồng", head, Element.ALIGN_CENTER));
        }
        Font font = f.regular(TABLE);
        for (AppraisalOpinion.NomineeLine n : o.nominees()) {
            table.addCell(PdfText.boxed(String.valueOf(n.seq()), font, Element.ALIGN_CENTER));
            Phrase name = new Phrase(chunk(n.name(), f.bold(TABLE)));
            if (n.position() != null && !n.position().isBlank()) {
                name.add(chunk("\n" + n.position(), f.italic(TABLE - 1)));
            }
            PdfPCell who = new PdfPCell(name);
            who.setPadding(4);
            who.setPaddingBottom(6);
            who.setLeading(0, 1.2f);
            table.addCell(who);
            table.addCell(PdfText.boxed(n.automatic(), font, Element.ALIGN_LEFT));
            table.addCell(PdfText.boxed(n.conclusion(), f.bold(TABLE), Element.ALIGN_LEFT));
            table.addCell(PdfText.boxed(n.grounds() == null ? "Theo kết quả xét tự động" : n.grounds(), font,
                    Element.ALIGN_LEFT));
            if (council) {
                table.addCell(PdfText.boxed(n.council() == null ? "" : n.council(), font, Element.ALIGN_LEFT));
            }
        }
        doc.add(table);
    }

    private void step(Document doc, FontSet f, AppraisalOpinion.Step s) throws DocumentException {
        if (s == null) {
            doc.add(body(f, "Không có."));
            return;
        }
        Paragraph p = body(f, "");
        p.add(chunk(s.answer(), f.bold(BODY)));
        if (s.note() != null && !s.note().isBlank()) {
            p.add(chunk(": " + s.note().strip(), f.regular(BODY)));
        }
        doc.add(p);
        doc.add(body(f, "Người thực hiện: " + s.by() + ", " + dateTime(s.at()) + "."));
    }

    private static void field(Document doc, FontSet f, String label, String value) throws DocumentException {
        Paragraph p = new Paragraph("", f.regular(BODY));
        p.add(chunk(label, f.bold(BODY)));
        p.add(chunk(value, f.regular(BODY)));
        p.setLeading(BODY * 1.3f);
        doc.add(p);
    }

    private static void heading(Document doc, FontSet f, String text) throws DocumentException {
        Paragraph p = PdfText.paragraph(text, f.bold(BODY), Element.ALIGN_LEFT);
        p.setSpacingBefore(10);
        p.setSpacingAfter(3);
        doc.add(p);
    }

    private static Paragraph body(FontSet f, String text) {
        Paragraph p = PdfText.paragraph(text, f.regular(BODY), Element.ALIGN_JUSTIFIED);
        p.setLeading(BODY * 1.3f);
        return p;
    }

    private static void add(Document doc, Paragraph p) {
        try {
            doc.add(p);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    private String dateTime(Instant at) {
        return at == null ? "" : ProposalTexts.VN_DATE_TIME.format(at.atZone(zone));
    }
}
