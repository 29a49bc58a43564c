package vn.tdkt.awarddecision.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.tdkt.awarddecision.DecisionView;
import vn.tdkt.awarddecision.DecisionWording;
import vn.tdkt.awarddecision.VietnameseDates;
import vn.tdkt.pdf.FontSet;
import vn.tdkt.pdf.Letterhead;
import vn.tdkt.pdf.PdfFonts;
import vn.tdkt.pdf.PdfPage;
import vn.tdkt.pdf.PdfText;

import java.awt.Color;

import static vn.tdkt.pdf.PdfText.MM;
import static vn.tdkt.pdf.PdfText.centred;

/**
 * The certificate (bằng) of one awardee: a single A4 landscape page in a decorative double border. From the
 * top: national title and motto, "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ...", "TẶNG", the award, the awardee's name
 * in large letters ("Ông" or "Bà" before a person's name, from the registry's gender; nothing before a
 * collective's), position and unit, the achievement; at the foot the decision's number and date and the
 * certificate's number in the year's register ("Số vào sổ") on the left, place, date and signature on the right.
 * Long texts are set smaller until the page holds them.
 */
@Component
public class CertificatePdf {

    static final Color CRIMSON = new Color(0x9B, 0x1B, 0x1B);
    static final Color GOLD = new Color(0xC8, 0x9B, 0x3C);
    static final Color PAPER = new Color(0xFF, 0xFB, 0xEE);
    private static final float MARGIN = 24 * MM;
    private static final float[] SCALES = {1f, 0.9f, 0.8f, 0.7f, 0.6f, 0.5f};

    private final PdfFonts fonts;
    private final String provinceName;

    public CertificatePdf(PdfFonts fonts, @Value("${tdkt.province-name:Tây Ninh}") String provinceName) {
        this.fonts = fonts;
        this.provinceName = provinceName;
    }

    /** The certificate of the awardee of the decision. */
    public byte[] render(DecisionView d, DecisionView.Awardee awardee) {
        FontSet f = fonts.fontSet();
        // a landscape media box rather than a rotated portrait one
        Rectangle page = new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth());
        return PdfPage.of(page, MARGIN, MARGIN, MARGIN, MARGIN)
                .title(DecisionWording.capitalizeFirst(DecisionWording.formal(d.awardTypeName())) + " - "
                        + awardee.displayName())
                .subject("Quyết định số " + d.number())
                .write("Cannot lay out the certificate of " + awardee.displayName(), (doc, writer) -> {
                    PdfContentByte canvas = writer.getDirectContentUnder();
                    paper(canvas, page);
                    border(canvas, page);
                    PdfPTable foot = foot(f, d, awardee, doc.right() - doc.left());
                    float footTop = doc.bottom() + foot.getTotalHeight();
                    foot.writeSelectedRows(0, -1, doc.left(), footTop, writer.getDirectContent());
                    middle(writer, doc, f, d, awardee, footTop + 4 * MM);
                });
    }

    private static void paper(PdfContentByte canvas, Rectangle page) {
        canvas.saveState();
        canvas.setColorFill(PAPER);
        canvas.rectangle(0, 0, page.getWidth(), page.getHeight());
        canvas.fill();
        canvas.restoreState();
    }

    /** A thick crimson frame, a thin gold one inside it, and gold diamonds in the corners. */
    private static void border(PdfContentByte canvas, Rectangle page) {
        float outer = 9 * MM;
        float inner = 12 * MM;
        canvas.saveState();
        canvas.setColorStroke(CRIMSON);
        canvas.setLineWidth(4.5f);
        canvas.rectangle(outer, outer, page.getWidth() - 2 * outer, page.getHeight() - 2 * outer);
        canvas.stroke();
        canvas.setColorStroke(GOLD);
        canvas.setLineWidth(1.2f);
        canvas.rectangle(inner, inner, page.getWidth() - 2 * inner, page.getHeight() - 2 * inner);
        canvas.stroke();
        canvas.setColorFill(GOLD);
        float mid = (outer + inner) / 2;
        for (float[] c : new float[][]{{mid, mid}, {page.getWidth() - mid, mid}, {mid, page.getHeight() - mid},
                {page.getWidth() - mid, page.getHeight() - mid}}) {
            diamond(canvas, c[0], c[1], 3.2f * MM);
        }
        canvas.restoreState();
    }

    /** A filled diamond of half-diagonal {@code r} centred at (x, y), in the current fill colour. */
    static void diamond(PdfContentByte canvas, float x, float y, float r) {
        canvas.moveTo(x, y + r);
        canvas.lineTo(x + r, y);
        canvas.lineTo(x, y - r);
        canvas.lineTo(x - r, y);
        canvas.closePath();
        canvas.fill();
    }

    /**
     * The centred block from the national title down to the achievement, made smaller until it fits above the
     * foot, then moved down so that the free space is shared between above and below it.
     */
    private void middle(PdfWriter writer, Document doc, FontSet f, DecisionView d, DecisionView.Awardee awardee,
                        float bottom) throws DocumentException {
        for (float scale : SCALES) {
            ColumnText trial = column(writer, doc, f, d, awardee, doc.top(), bottom, scale);
            boolean fits = !ColumnText.hasMoreText(trial.go(true));
            if (fits || scale == SCALES[SCALES.length - 1]) {
                float slack = fits ? Math.max(0, trial.getYLine() - bottom) : 0;
                column(writer, doc, f, d, awardee, doc.top() - slack * 0.4f, bottom, scale).go();
                return;
            }
        }
    }

    private ColumnText column(PdfWriter writer, Document doc, FontSet f, DecisionView d,
                              DecisionView.Awardee awardee, float top, float bottom, float scale) {
        float width = doc.right() - doc.left();
        ColumnText column = new ColumnText(writer.getDirectContent());
        column.setSimpleColumn(doc.left(), bottom, doc.right(), top);
        Letterhead.centredNationalTitle(f.bold(13 * scale), f.bold(13 * scale), 7).forEach(column::addElement);

        Paragraph issuer = centred("CHỦ TỊCH ỦY BAN NHÂN DÂN " + DecisionWording.upper("tỉnh " + provinceName),
                FontSet.coloured(f.bold(19 * scale), CRIMSON));
        issuer.setSpacingBefore(16 * scale);
        column.addElement(issuer);
        Paragraph gives = centred("TẶNG", f.bold(17 * scale));
        gives.setSpacingBefore(4 * scale);
        column.addElement(gives);

        String title = DecisionWording.certificateTitle(d.awardTypeName(), d.awardCategory());
        Paragraph award = centred(title, FontSet.coloured(fitted(f.bold(40 * scale), title, width), CRIMSON));
        award.setSpacingBefore(6 * scale);
        column.addElement(award);
        column.addElement(ornament(width));

        String honorific = DecisionWording.honorific(awardee);
        String fullName = honorific == null ? awardee.displayName() : honorific + " " + awardee.displayName();
        Font nameFont = FontSet.coloured(fitted(f.boldItalic(34 * scale), fullName, width), CRIMSON);
        Paragraph name = centred(fullName, nameFont);
        name.setSpacingBefore(12 * scale);
        column.addElement(name);
        if (awardee.positionAndUnit() != null && !awardee.positionAndUnit().isBlank()) {
            Paragraph position = centred(awardee.positionAndUnit(), f.italic(17 * scale));
            position.setSpacingBefore(4 * scale);
            column.addElement(position);
        }
        Paragraph achievement = centred(DecisionWording.capitalizeFirst(d.achievementText()), f.regular(17 * scale));
        achievement.setSpacingBefore(12 * scale);
        column.addElement(achievement);
        return column;
    }

    /** A short gold rule under the award's title. */
    private static PdfPTable ornament(float width) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        PdfPCell cell = PdfText.cell();
        cell.setFixedHeight(16);
        cell.setCellEvent(new GoldRule(Math.min(width / 4, 60 * MM)));
        table.addCell(cell);
        return table;
    }

    /** The font, made smaller if needed so the text holds on one line of the width. */
    private static Font fitted(Font font, String text, float width) {
        float textWidth = FontSet.width(font, text);
        if (textWidth <= width) {
            return font;
        }
        Font smaller = new Font(font);
        smaller.setSize(Math.max(font.getSize() * width / textWidth, font.getSize() * 0.55f));
        return smaller;
    }

    private PdfPTable foot(FontSet f, DecisionView d, DecisionView.Awardee awardee, float width) {
        PdfPTable table = new PdfPTable(new float[]{45, 55});
        table.setTotalWidth(width);
        table.setLockedWidth(true);

        PdfPCell reference = PdfText.cell(
                PdfText.paragraph("Quyết định số " + d.number(), f.regular(13), Element.ALIGN_LEFT),
                PdfText.paragraph(VietnameseDates.longForm(d.signedOn()), f.regular(13), Element.ALIGN_LEFT));
        if (awardee.registerNumber() != null) {
            reference.addElement(PdfText.paragraph("Số vào sổ: " + awardee.registerNumber(), f.regular(13),
                    Element.ALIGN_LEFT));
        }
        reference.setVerticalAlignment(Element.ALIGN_BOTTOM);
        reference.setPaddingLeft(6 * MM);
        table.addCell(reference);

        PdfPCell signer = PdfText.cell(centred(VietnameseDates.placeAndDate(provinceName, d.signedOn()),
                f.italic(14)));
        for (String line : DecisionWording.signerLines(d.signerTitle())) {
            signer.addElement(centred(line, f.bold(14)));
        }
        Paragraph name = centred(d.signerName(), f.bold(15));
        name.setSpacingBefore(22 * MM);
        signer.addElement(name);
        table.addCell(signer);
        return table;
    }
}
