package vn.tdkt.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

import java.awt.Color;

/** The four faces of the serif family for one document, and fonts of any size made from them. */
public record FontSet(BaseFont regular, BaseFont bold, BaseFont italic, BaseFont boldItalic) {

    public Font regular(float size) {
        return new Font(regular, size, Font.NORMAL, Color.BLACK);
    }

    public Font bold(float size) {
        return new Font(bold, size, Font.NORMAL, Color.BLACK);
    }

    public Font italic(float size) {
        return new Font(italic, size, Font.NORMAL, Color.BLACK);
    }

    public Font boldItalic(float size) {
        return new Font(boldItalic, size, Font.NORMAL, Color.BLACK);
    }

    public static Font coloured(Font font, Color color) {
        Font copy = new Font(font);
        copy.setColor(color);
        return copy;
    }

    /** Width in points of the text set in the font. */
    public static float width(Font font, String text) {
        return font.getBaseFont().getWidthPoint(PdfText.nfc(text), font.getSize());
    }
}
