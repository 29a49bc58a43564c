package vn.tdkt.awarddecision.pdf;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;

/** The certificate's ornament: a gold line with a diamond at its middle, centred at the bottom of a cell. */
final class GoldRule implements PdfPCellEvent {

    private final float width;

    GoldRule(float width) {
        this.width = width;
    }

    @Override
    public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
        PdfContentByte canvas = canvases[PdfPTable.LINECANVAS];
        float centre = (position.getLeft() + position.getRight()) / 2;
        float y = position.getBottom() + 3;
        canvas.saveState();
        canvas.setColorStroke(CertificatePdf.GOLD);
        canvas.setColorFill(CertificatePdf.GOLD);
        canvas.setLineWidth(1f);
        canvas.moveTo(centre - width / 2, y);
        canvas.lineTo(centre + width / 2, y);
        canvas.stroke();
        CertificatePdf.diamond(canvas, centre, y, 3f);
        canvas.restoreState();
    }
}
