package vn.tdkt.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import java.text.Normalizer;

/**
 * Building blocks of the documents' text. Every string is put in Unicode NFC first: the fonts have a glyph
 * for each precomposed Vietnamese letter ("ễ"), while a decomposed one ("e" + two combining marks) would be
 * drawn without the marks placed.
 */
public final class PdfText {

    /** Points per millimetre. */
    public static final float MM = 72f / 25.4f;

    private PdfText() { }

    public static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * Lines break at spaces only: never inside a document's number ("05/BB-HĐTĐKT", "152/2025/NĐ-CP") at its hyphen,
     * as the default would. A word longer than the line is still cut where it must.
     */
    public static final SplitCharacter SPACES_ONLY = new DefaultSplitCharacter() {
        @Override
        public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
            char c = getCurrentCharacter(current, cc, ck);
            return c <= ' ' || c == '\u2002' || c == '\u2003' || c == '\u2009';
        }
    };

    public static Chunk chunk(String text, Font font) {
        Chunk chunk = new Chunk(nfc(text), font);
        chunk.setSplitCharacter(SPACES_ONLY);
        return chunk;
    }

    public static Paragraph paragraph(String text, Font font, int alignment) {
        Paragraph p = new Paragraph(chunk(text, font));
        p.setFont(font);
        p.setAlignment(alignment);
        p.setLeading(font.getSize() * 1.2f);
        return p;
    }

    public static Paragraph centred(String text, Font font) {
        return paragraph(text, font, Element.ALIGN_CENTER);
    }

    /** A borderless cell holding the elements one below the other. */
    public static PdfPCell cell(Element... elements) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        for (Element e : elements) {
            cell.addElement(e);
        }
        return cell;
    }

    /** A bordered table cell with one phrase. */
    public static PdfPCell boxed(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(nfc(text), font));
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(4);
        cell.setPaddingBottom(6);
        cell.setLeading(0, 1.2f);
        return cell;
    }

    /** A borderless cell of the given height with a horizontal rule of the given width centred at its bottom. */
    public static PdfPCell ruleCell(float width, float height) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setFixedHeight(height);
        cell.setCellEvent(new CentredRule(width, 0.6f));
        return cell;
    }

    /**
     * The full-width two-column table of the signatures at a document's foot ("Nơi nhận" or a second signer beside the
     * signer), kept together on one page.
     */
    public static PdfPTable signatures(float left, float right, float spacingBefore) {
        PdfPTable table = new PdfPTable(new float[]{left, right});
        table.setWidthPercentage(100);
        table.setSpacingBefore(spacingBefore);
        table.setKeepTogether(true);
        return table;
    }

    /** A full-width table holding one centred rule: the short line under a title. */
    public static PdfPTable rule(float width, float height) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.addCell(ruleCell(width, height));
        return table;
    }
}
