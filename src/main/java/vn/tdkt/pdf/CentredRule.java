package vn.tdkt.pdf;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;

/**
 * Draws a horizontal line of a given length centred at the bottom of a fixed-height cell (the short rules of the
 * letterhead and under titles); the cell's height is the distance from the text above.
 */
final class CentredRule implements PdfPCellEvent {

    private final float width;
    private final float lineWidth;

    CentredRule(float width, float lineWidth) {
        this.width = width;
        this.lineWidth = lineWidth;
    }

    @Override
    public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
        PdfContentByte canvas = canvases[PdfPTable.LINECANVAS];
        float centre = (position.getLeft() + position.getRight()) / 2;
        float y = position.getBottom() + lineWidth;
        canvas.saveState();
        canvas.setLineWidth(lineWidth);
        canvas.moveTo(centre - width / 2, y);
        canvas.lineTo(centre + width / 2, y);
        canvas.stroke();
        canvas.restoreState();
    }
}
