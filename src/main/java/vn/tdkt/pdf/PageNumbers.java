package vn.tdkt.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/** Page numbers centred in the top margin from the second page on, as Nghị định 30/2020/NĐ-CP requires. */
public final class PageNumbers extends PdfPageEventHelper {

    private final Font font;

    public PageNumbers(Font font) {
        this.font = font;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        int page = writer.getPageNumber();
        if (page < 2) {
            return;
        }
        float x = (document.left() + document.right()) / 2;
        float y = document.getPageSize().getTop() - 10 * PdfText.MM;
        ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                new Phrase(String.valueOf(page), font), x, y, 0);
    }
}
