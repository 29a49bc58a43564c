package vn.tdkt.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import java.util.ArrayList;
import java.util.List;

import static vn.tdkt.pdf.PdfText.centred;

/**
 * The letterhead of an administrative document (Nghị định 30/2020/NĐ-CP, thể thức văn bản) in two columns: on the left
 * the issuing body (its superior above it), a short rule under it and the document's number; on the right the national
 * title (quốc hiệu), the motto (tiêu ngữ) underlined by a rule as wide as itself, and the place and date.
 * <pre>
 * Letterhead.columns(38, 62).issuer("ỦY BAN NHÂN DÂN", bold).issuer("TỈNH TÂY NINH", bold)
 *         .nationalTitle(f.bold(12), f.bold(13)).rules(issuerRule, 7).lineGap(1)
 *         .number("Số: 12/QĐ-UBND", regular).placeAndDate("Tây Ninh, ngày 05 tháng 01 năm 2026", italic)
 *         .addTo(doc);
 * </pre>
 */
public final class Letterhead {

    /** Quốc hiệu. */
    public static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    /** Tiêu ngữ. */
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

    private final float[] widths;
    private final List<String> issuer = new ArrayList<>(2);
    private final List<Font> issuerFonts = new ArrayList<>(2);
    private Font nationFont;
    private Font mottoFont;
    private float issuerRule;
    private float ruleHeight;
    private float lineGap;
    private String number;
    private Font numberFont;
    private String placeAndDate;
    private Font dateFont;

    private Letterhead(float[] widths) {
        this.widths = widths;
    }

    /** The relative widths of the issuer's column and the national title's. */
    public static Letterhead columns(float issuer, float nation) {
        return new Letterhead(new float[]{issuer, nation});
    }

    /** A line of the issuing body, from the top: the superior authority, then the body itself (two lines). */
    public Letterhead issuer(String line, Font font) {
        issuer.add(line);
        issuerFonts.add(font);
        return this;
    }

    public Letterhead nationalTitle(Font nation, Font motto) {
        this.nationFont = nation;
        this.mottoFont = motto;
        return this;
    }

    /**
     * The rules under the issuer (of the given width) and under the motto (as wide as it), {@code height} below the
     * text above.
     */
    public Letterhead rules(float issuerWidth, float height) {
        this.issuerRule = issuerWidth;
        this.ruleHeight = height;
        return this;
    }

    /** The space under each line of the issuer and of the national title. */
    public Letterhead lineGap(float gap) {
        this.lineGap = gap;
        return this;
    }

    /** "Số: 12/QĐ-UBND"; without it the place under the issuer stays empty. */
    public Letterhead number(String text, Font font) {
        this.number = text;
        this.numberFont = font;
        return this;
    }

    /** "Tây Ninh, ngày 05 tháng 01 năm 2026". */
    public Letterhead placeAndDate(String text, Font font) {
        this.placeAndDate = text;
        this.dateFont = font;
        return this;
    }

    /**
     * The national title alone, centred one line under the other with the motto's rule (the certificate's head, set
     * in a column).
     */
    public static List<Element> centredNationalTitle(Font nation, Font motto, float ruleHeight) {
        return List.of(centred(NATION, nation), centred(MOTTO, motto),
                PdfText.rule(FontSet.width(motto, MOTTO), ruleHeight));
    }

    public PdfPTable table() {
        if (issuer.size() != 2) {
            throw new IllegalStateException("A letterhead names the issuing body in two lines, not " + issuer.size());
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.addCell(line(issuer.get(0), issuerFonts.get(0)));
        table.addCell(line(NATION, nationFont));
        table.addCell(line(issuer.get(1), issuerFonts.get(1)));
        table.addCell(line(MOTTO, mottoFont));
        table.addCell(PdfText.ruleCell(issuerRule, ruleHeight));
        table.addCell(PdfText.ruleCell(FontSet.width(mottoFont, MOTTO), ruleHeight));
        table.addCell(number == null ? PdfText.cell() : below(line(number, numberFont)));
        table.addCell(below(line(placeAndDate, dateFont)));
        return table;
    }

    public void addTo(Document doc) throws DocumentException {
        doc.add(table());
    }

    private PdfPCell line(String text, Font font) {
        PdfPCell cell = PdfText.cell(centred(text, font));
        cell.setPaddingBottom(lineGap);
        return cell;
    }

    private static PdfPCell below(PdfPCell cell) {
        cell.setPaddingTop(4);
        return cell;
    }
}
