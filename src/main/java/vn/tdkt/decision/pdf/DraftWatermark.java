package vn.tdkt.decision.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;

/**
 * "DỰ THẢO" across every page of a draft, large, light and diagonal, under the text, and in the top margin of every
 * page after the first (the first carries it boxed above the letterhead): a draft printed or forwarded, whole or a
 * page of it, can never pass for the signed decision.
 */
public final class DraftWatermark extends PdfPageEventHelper {

    public static final String TEXT = "DỰ THẢO";
    private static final Color GREY = new Color(0xB0, 0xB0, 0xB0);

    private final BaseFont font;

    public DraftWatermark(BaseFont font) {
        this.font = font;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte under = writer.getDirectContentUnder();
        float width = document.getPageSize().getWidth();
        float height = document.getPageSize().getHeight();
        under.saveState();
        PdfGState light = new PdfGState();
        light.setFillOpacity(0.35f);
        under.setGState(light);
        under.beginText();
        under.setColorFill(GREY);
        under.setFontAndSize(font, 110);
        under.showTextAligned(Element.ALIGN_CENTER, PdfText.nfc(TEXT), width / 2, height / 2 - 40,
                (float) Math.toDegrees(Math.atan2(height, width)));
        under.endText();
        under.restoreState();
        if (writer.getPageNumber() > 1) {
            PdfContentByte over = writer.getDirectContent();
            over.beginText();
            over.setColorFill(Color.BLACK);
            over.setFontAndSize(font, 12);
            over.showTextAligned(Element.ALIGN_LEFT, PdfText.nfc(TEXT), document.left(),
                    document.getPageSize().getTop() - 10 * PdfText.MM, 0);
            over.endText();
        }
    }
}
