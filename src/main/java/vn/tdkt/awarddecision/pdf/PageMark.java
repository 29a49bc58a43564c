package vn.tdkt.awarddecision.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import vn.tdkt.pdf.PdfText;

import java.awt.Color;

/**
 * A mark on every page of a PDF that is not the signed decision: a word large, light and diagonal, under the text,
 * and a line in a margin of every page from {@code lineFromPage} on, so that a page printed or forwarded alone still
 * says what it is: the draft's short word at the left of the top margin, the longer lines of the other marks centred in
 * the bottom margin (the top margin's centre holds the page number). {@link DraftWatermark} marks drafts; {@link #unsigned} an issued decision whose signed
 * original is not recorded yet; {@link #electronicCopy} the generated text once it is.
 */
public class PageMark extends PdfPageEventHelper {

    /** Across an issued decision until Văn phòng UBND tỉnh records its signed original. */
    public static final String UNSIGNED = "BẢN CHƯA KÝ";
    public static final String UNSIGNED_LINE = "BẢN CHƯA KÝ – chờ bản chính có chữ ký và đóng dấu";
    /** Across the generated text of a decision whose signed original is recorded. */
    public static final String ELECTRONIC = "BẢN ĐIỆN TỬ";
    public static final String ELECTRONIC_LINE = "BẢN ĐIỆN TỬ để tra cứu, không có chữ ký – bản chính đã ký"
            + " lưu tại Văn phòng UBND tỉnh";

    private static final Color GREY = new Color(0xB0, 0xB0, 0xB0);

    private final BaseFont font;
    private final String diagonal;
    private final float diagonalSize;
    private final String line;
    private final int lineFromPage;
    private final boolean top;

    protected PageMark(BaseFont font, String diagonal, float diagonalSize, String line, int lineFromPage,
                       boolean top) {
        this.font = font;
        this.diagonal = diagonal;
        this.diagonalSize = diagonalSize;
        this.line = line;
        this.lineFromPage = lineFromPage;
        this.top = top;
    }

    public static PageMark unsigned(BaseFont font) {
        return new PageMark(font, UNSIGNED, 80, UNSIGNED_LINE, 1, false);
    }

    public static PageMark electronicCopy(BaseFont font) {
        return new PageMark(font, ELECTRONIC, 80, ELECTRONIC_LINE, 1, false);
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
        under.setFontAndSize(font, diagonalSize);
        under.showTextAligned(Element.ALIGN_CENTER, PdfText.nfc(diagonal), width / 2, height / 2 - 40,
                (float) Math.toDegrees(Math.atan2(height, width)));
        under.endText();
        under.restoreState();
        if (writer.getPageNumber() >= lineFromPage) {
            PdfContentByte over = writer.getDirectContent();
            over.beginText();
            over.setColorFill(Color.BLACK);
            if (top) {
                over.setFontAndSize(font, 12);
                over.showTextAligned(Element.ALIGN_LEFT, PdfText.nfc(line), document.left(),
                        document.getPageSize().getTop() - 10 * PdfText.MM, 0);
            } else {
                over.setFontAndSize(font, 11);
                over.showTextAligned(Element.ALIGN_CENTER, PdfText.nfc(line), (document.left() + document.right()) / 2,
                        10 * PdfText.MM, 0);
            }
            over.endText();
        }
    }
}
