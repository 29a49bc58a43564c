package vn.tdkt.statistics;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import org.springframework.stereotype.Component;
import vn.tdkt.pdf.FontSet;
import vn.tdkt.pdf.Letterhead;
import vn.tdkt.pdf.PageNumbers;
import vn.tdkt.pdf.PdfFonts;
import vn.tdkt.pdf.PdfPage;
import vn.tdkt.pdf.PdfText;

import static vn.tdkt.pdf.PdfText.MM;
import static vn.tdkt.pdf.PdfText.centred;

/**
 * The report as a PDF laid out as the form, on A4 landscape: the form's code and circular beside the national title,
 * the reporting and receiving units, the title and period, the table, and the signatures (the preparer and the
 * standing agency's head).
 */
@Component
public class StatisticsPdf {

    private final PdfFonts fonts;

    public StatisticsPdf(PdfFonts fonts) {
        this.fonts = fonts;
    }

    public byte[] render(StatisticsDocument d) {
        FontSet f = fonts.fontSet();
        StatisticsTable t = d.table();
        return PdfPage.landscape(15 * MM, 15 * MM, 15 * MM, 15 * MM)
                .event(new PageNumbers(f.regular(10)))
                .title("Biểu " + t.formNumber() + " năm " + t.year())
                .subject(t.title())
                .author(t.reportingUnit())
                .write("Cannot lay out the statistics report " + t.formCode() + " " + t.year(),
                        (doc, writer) -> content(doc, f, d));
    }

    private static void content(Document doc, FontSet f, StatisticsDocument d) throws DocumentException {
        StatisticsTable t = d.table();
        Letterhead.columns(45, 55)
                .issuer("Biểu số: " + t.formNumber(), f.bold(11))
                .issuer("Ban hành theo " + t.legalBasis(), f.regular(10))
                .nationalTitle(f.bold(11), f.bold(12))
                .rules(0, 4)
                .number("Ngày nhận báo cáo: " + StatisticsDocument.VietnameseDate.dueDay(t.dueMonthDay()), f.italic(10))
                .placeAndDate("Đơn vị báo cáo: " + t.reportingUnit() + "\nĐơn vị nhận báo cáo: " + t.receivingUnit(),
                        f.regular(10))
                .addTo(doc);
        Paragraph title = centred(t.title(), f.bold(13));
        title.setSpacingBefore(8);
        doc.add(title);
        doc.add(centred(StatisticsService.levelLabel(t.awardLevel()) + " — Thời điểm báo cáo: năm " + t.year()
                + " (quyết định ký từ " + StatisticsDocument.VietnameseDate.dmy(t.periodFrom()) + " đến "
                + StatisticsDocument.VietnameseDate.dmy(t.periodTo()) + ")", f.italic(10)));
        doc.add(centred(d.statusLine(), f.italic(10)));

        int n = t.columns().size();
        float[] widths = new float[4 + n];
        widths[0] = 30;
        widths[1] = 5;
        widths[2] = 7;
        for (int i = 3; i < widths.length; i++) {
            widths[i] = 58f / (n + 1);
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        table.setHeaderRows(2);
        Font head = f.bold(8);
        for (String h : new String[]{"", "Mã số", "Đơn vị tính", "Tổng số"}) {
            table.addCell(box(h, head, Element.ALIGN_CENTER));
        }
        for (StatisticsForm.Column c : t.columns()) {
            table.addCell(box(c.heading(), head, Element.ALIGN_CENTER));
        }
        for (String h : new String[]{"A", "B", "C", "1"}) {
            table.addCell(box(h, head, Element.ALIGN_CENTER));
        }
        for (StatisticsForm.Column c : t.columns()) {
            table.addCell(box(c.groupNumber(), head, Element.ALIGN_CENTER));
        }
        for (StatisticsTable.RowFigures r : t.rows()) {
            Font font = r.heading() || "01".equals(r.code()) ? f.bold(9) : f.regular(9);
            table.addCell(box(r.label(), font, Element.ALIGN_LEFT));
            table.addCell(box(r.code() == null ? "" : r.code(), font, Element.ALIGN_CENTER));
            table.addCell(box(r.unitLabel() == null ? "" : r.unitLabel(), font, Element.ALIGN_CENTER));
            for (int i = 0; i <= n; i++) {
                table.addCell(box(r.values() == null ? "" : String.valueOf(r.values().get(i)), font,
                        Element.ALIGN_CENTER));
            }
        }
        doc.add(table);

        PdfPTable signatures = PdfText.signatures(50, 50, 12);
        signatures.addCell(PdfText.cell(centred(" ", f.regular(11))));
        signatures.addCell(PdfText.cell(centred(d.signedOn() == null ? "…………, ngày … tháng … năm ……"
                : "Ngày " + d.signedOn().getDayOfMonth() + " tháng " + d.signedOn().getMonthValue() + " năm "
                + d.signedOn().getYear(), f.italic(11))));
        signatures.addCell(PdfText.cell(centred("NGƯỜI LẬP BIỂU", f.bold(11)), centred("(Ký, họ tên)", f.italic(10)),
                spacer(), centred(d.preparer() == null ? "" : d.preparer(), f.bold(11))));
        signatures.addCell(PdfText.cell(centred(d.signerTitle(), f.bold(11)),
                centred("(Ký, họ tên, đóng dấu)", f.italic(10)), spacer(),
                centred(d.signer() == null ? "" : d.signer(), f.bold(11))));
        doc.add(signatures);
    }

    private static Paragraph spacer() {
        Paragraph p = new Paragraph(" ");
        p.setSpacingBefore(36);
        return p;
    }

    private static PdfPCell box(String text, Font font, int alignment) {
        return PdfText.boxed(text, font, alignment);
    }
}
