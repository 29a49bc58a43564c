package vn.tdkt.awarddecision.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.tdkt.awarddecision.DecisionProperties;
import vn.tdkt.awarddecision.DecisionView;
import vn.tdkt.awarddecision.DecisionWording;
import vn.tdkt.awarddecision.VietnameseDates;
import vn.tdkt.pdf.FontSet;
import vn.tdkt.pdf.Letterhead;
import vn.tdkt.pdf.PageNumbers;
import vn.tdkt.pdf.PdfFonts;
import vn.tdkt.pdf.PdfPage;
import vn.tdkt.pdf.PdfText;

import java.awt.Color;
import java.util.List;

import static vn.tdkt.pdf.PdfText.MM;
import static vn.tdkt.pdf.PdfText.centred;
import static vn.tdkt.pdf.PdfText.chunk;

/**
 * The decision as a PDF in the layout of Nghị định 30/2020/NĐ-CP: A4 portrait, letterhead in two columns
 * (issuing authority and number on the left, national title, motto and place and date on the right), title and
 * trích yếu, the legal bases in italics, Điều 1 to Điều 3, "Nơi nhận" beside the signature, then the annex
 * listing the awardees in a table whose header repeats on every page. Page numbers from page 2.
 * <p>
 * A draft ({@link DecisionView#draft()}) is laid out the same way with the blanks a draft leaves for the registry
 * ("Số:      /QĐ-UBND", "ngày … tháng … năm …"), a boxed "DỰ THẢO" above the letterhead and the same words
 * across every page, and no name under the signer's title.
 */
@Component
public class DecisionPdf {

    private static final float BODY = 14;
    private static final float HEADER = 13;
    private static final float TABLE = 13;
    private static final Color SECTION_SHADE = new Color(0xF2, 0xF2, 0xF2);

    private final PdfFonts fonts;
    private final DecisionProperties properties;
    private final String provinceName;

    public DecisionPdf(PdfFonts fonts, DecisionProperties properties,
                       @Value("${tdkt.province-name:Tây Ninh}") String provinceName) {
        this.fonts = fonts;
        this.properties = properties;
        this.provinceName = provinceName;
    }

    /** Which copy of a decision a PDF is: what its pages are marked with. */
    public enum Copy {
        /** A draft: "DỰ THẢO". */
        DRAFT,
        /** An issued decision whose signed original is not recorded yet: "BẢN CHƯA KÝ". */
        UNSIGNED,
        /** The generated text of a decision whose signed original is recorded: "BẢN ĐIỆN TỬ". */
        ELECTRONIC_COPY
    }

    /** The copy a decision's PDF is: a draft, or an issued decision before or after its signed original. */
    public static Copy copyOf(DecisionView d) {
        return d.draft() ? Copy.DRAFT : d.signed() ? Copy.ELECTRONIC_COPY : Copy.UNSIGNED;
    }

    /** The decision, every page marked as the copy it is ({@link #copyOf}). */
    public byte[] render(DecisionView d) {
        FontSet f = fonts.fontSet();
        // the page number stays the last thing drawn on a page; the draft's mark comes after it, as it always has
        Copy copy = copyOf(d);
        return PdfPage.administrative()
                .event(switch (copy) {
                    case DRAFT -> null;
                    case UNSIGNED -> PageMark.unsigned(f.bold());
                    case ELECTRONIC_COPY -> PageMark.electronicCopy(f.bold());
                })
                .event(new PageNumbers(f.regular(HEADER)))
                .event(copy == Copy.DRAFT ? new DraftWatermark(f.bold()) : null)
                .title(d.draft()
                        ? "Dự thảo quyết định khen thưởng" + (d.businessKey() == null ? "" : " – hồ sơ " + d.businessKey())
                        : "Quyết định số " + d.number())
                .subject(d.subject())
                .author("Chủ tịch Ủy ban nhân dân tỉnh " + provinceName)
                .write("Cannot lay out decision " + d.number(), (doc, writer) -> {
                    if (d.draft()) {
                        draftMark(doc, f);
                    }
                    letterhead(doc, f, d);
                    title(doc, f, d);
                    body(doc, f, d);
                    signature(doc, f, d);
                    doc.newPage();
                    annex(doc, f, d);
                });
    }

    /** The boxed "DỰ THẢO" at the top left, where drafts carry it. */
    private static void draftMark(Document doc, FontSet f) throws DocumentException {
        PdfPTable table = new PdfPTable(1);
        table.setTotalWidth(32 * MM);
        table.setLockedWidth(true);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setSpacingAfter(4);
        PdfPCell cell = PdfText.boxed(DraftWatermark.TEXT, f.bold(HEADER), Element.ALIGN_CENTER);
        cell.setBorderWidth(1);
        table.addCell(cell);
        doc.add(table);
    }

    /** "Số: 123/QĐ-UBND", or the blank a draft leaves for the number. */
    private String numberLine(DecisionView d) {
        return d.draft() ? "Số:        /" + properties.symbol() : "Số: " + d.number();
    }

    /** "ngày 25 tháng 11 năm 2026", or the blanks of a draft: "ngày      tháng      năm 2026". */
    private static String dateText(DecisionView d) {
        return d.draft() ? "ngày      tháng      năm " + d.issuingYear() : VietnameseDates.longForm(d.signedOn());
    }

    private String province() {
        return DecisionWording.upper("tỉnh " + provinceName);
    }

    private void letterhead(Document doc, FontSet f, DecisionView d) throws DocumentException {
        Font agency = f.bold(HEADER);
        String authority = "ỦY BAN NHÂN DÂN";
        float agencyWidth = Math.max(FontSet.width(agency, authority), FontSet.width(agency, province()));
        Letterhead.columns(38, 62)
                .issuer(authority, agency).issuer(province(), agency)
                .nationalTitle(f.bold(12), f.bold(HEADER))
                .rules(agencyWidth / 2.5f, 7).lineGap(1)
                .number(numberLine(d), f.regular(HEADER))
                .placeAndDate(provinceName + ", " + dateText(d), f.italic(HEADER))
                .addTo(doc);
    }

    private void title(Document doc, FontSet f, DecisionView d) throws DocumentException {
        Paragraph title = centred("QUYẾT ĐỊNH", f.bold(BODY));
        title.setSpacingBefore(24);
        doc.add(title);
        Font subjectFont = f.bold(BODY);
        doc.add(centred(d.subject(), subjectFont));
        float pageWidth = doc.right() - doc.left();
        doc.add(PdfText.rule(Math.min(FontSet.width(subjectFont, d.subject()), pageWidth) / 3, 12));
        Paragraph authority = centred("CHỦ TỊCH ỦY BAN NHÂN DÂN " + province(), f.bold(BODY));
        authority.setSpacingBefore(12);
        authority.setSpacingAfter(12);
        doc.add(authority);
    }

    private void body(Document doc, FontSet f, DecisionView d) throws DocumentException {
        for (String basis : d.legalBases()) {
            doc.add(indented(PdfText.paragraph(basis, f.italic(BODY), Element.ALIGN_JUSTIFIED)));
        }
        Paragraph decides = centred("QUYẾT ĐỊNH:", f.bold(BODY));
        decides.setSpacingBefore(6);
        decides.setSpacingAfter(6);
        doc.add(decides);
        doc.add(article(f, 1, DecisionWording.articleOne(d)));
        doc.add(article(f, 2, properties.bonusArticle()));
        String last = properties.enforcementArticle();
        doc.add(article(f, 3, last.endsWith("./.") ? last : last.endsWith(".") ? last + "/." : last + "./."));
    }

    private static Paragraph article(FontSet f, int number, String text) {
        Paragraph p = new Paragraph("", f.regular(BODY));
        p.add(chunk("Điều " + number + ". ", f.bold(BODY)));
        p.add(chunk(text, f.regular(BODY)));
        return indented(p);
    }

    private static Paragraph indented(Paragraph p) {
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        p.setFirstLineIndent(10 * MM);
        p.setLeading(BODY * 1.25f);
        p.setSpacingAfter(6);
        return p;
    }

    private void signature(Document doc, FontSet f, DecisionView d) throws DocumentException {
        PdfPTable table = PdfText.signatures(45, 55, 12);

        PdfPCell recipients = PdfText.cell(PdfText.paragraph("Nơi nhận:", f.boldItalic(12), Element.ALIGN_LEFT));
        for (String r : properties.recipients()) {
            Paragraph item = PdfText.paragraph("- " + r, f.regular(11), Element.ALIGN_LEFT);
            item.setLeading(13);
            recipients.addElement(item);
        }
        table.addCell(recipients);

        PdfPCell signer = PdfText.cell();
        for (String line : DecisionWording.signerLines(d.signerTitle())) {
            signer.addElement(centred(line, f.bold(BODY)));
        }
        Paragraph name = centred(d.signerName() == null ? " " : d.signerName(), f.bold(BODY));
        name.setSpacingBefore(30 * MM);
        signer.addElement(name);
        table.addCell(signer);
        doc.add(table);
    }

    private void annex(Document doc, FontSet f, DecisionView d) throws DocumentException {
        doc.add(centred("DANH SÁCH", f.bold(BODY)));
        doc.add(centred(DecisionWording.capitalizeFirst(DecisionWording.annexTitle(d)), f.bold(BODY)));
        String number = d.draft() ? "       /" + properties.symbol() : d.number();
        doc.add(centred("(Kèm theo Quyết định số " + number + " " + dateText(d)
                + " của Chủ tịch Ủy ban nhân dân tỉnh " + provinceName + ")", f.italic(BODY)));
        doc.add(PdfText.rule(35 * MM, 12));

        PdfPTable table = new PdfPTable(new float[]{8, 33, 31, 28});
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        table.setHeaderRows(1);
        Font head = f.bold(TABLE);
        table.addCell(PdfText.boxed("STT", head, Element.ALIGN_CENTER));
        table.addCell(PdfText.boxed(nameHeading(d), head, Element.ALIGN_CENTER));
        table.addCell(PdfText.boxed("Chức vụ, đơn vị", head, Element.ALIGN_CENTER));
        table.addCell(PdfText.boxed("Thành tích", head, Element.ALIGN_CENTER));
        boolean mixed = d.individualCount() > 0 && d.collectiveCount() > 0;
        List<DecisionView.Awardee> individuals = d.awardees().stream().filter(a -> !a.collective()).toList();
        List<DecisionView.Awardee> collectives = d.awardees().stream().filter(DecisionView.Awardee::collective).toList();
        if (mixed) {
            section(table, f, "I. CÁ NHÂN (" + individuals.size() + ")");
        }
        rows(table, f, individuals);
        if (mixed) {
            section(table, f, "II. TẬP THỂ (" + collectives.size() + ")");
        }
        rows(table, f, collectives);
        doc.add(table);

        Paragraph total = PdfText.paragraph("Danh sách này có "
                + DecisionWording.recipients(d.individualCount(), d.collectiveCount()) + "./.", f.italic(TABLE),
                Element.ALIGN_RIGHT);
        total.setSpacingBefore(6);
        doc.add(total);
    }

    private static String nameHeading(DecisionView d) {
        if (d.collectiveCount() == 0) {
            return "Họ và tên";
        }
        return d.individualCount() == 0 ? "Tên tập thể" : "Họ và tên / Tên tập thể";
    }

    private static void section(PdfPTable table, FontSet f, String title) {
        PdfPCell cell = PdfText.boxed(title, f.bold(TABLE), Element.ALIGN_LEFT);
        cell.setColspan(4);
        cell.setBackgroundColor(SECTION_SHADE);
        table.addCell(cell);
    }

    private static void rows(PdfPTable table, FontSet f, List<DecisionView.Awardee> awardees) {
        Font font = f.regular(TABLE);
        int n = 0;
        for (DecisionView.Awardee a : awardees) {
            table.addCell(PdfText.boxed(String.valueOf(++n), font, Element.ALIGN_CENTER));
            table.addCell(PdfText.boxed(a.displayName(), f.bold(TABLE), Element.ALIGN_LEFT));
            table.addCell(PdfText.boxed(orBlank(a.positionAndUnit()), font, Element.ALIGN_LEFT));
            table.addCell(PdfText.boxed(orBlank(a.achievementSummary()), font, Element.ALIGN_LEFT));
        }
    }

    private static String orBlank(String s) {
        return s == null ? "" : s;
    }
}
