package vn.tdkt.awarddecision.pdf;

import com.lowagie.text.pdf.BaseFont;

/**
 * "DỰ THẢO" across every page of a draft, large, light and diagonal, under the text, and in the top margin of every
 * page after the first (the first carries it boxed above the letterhead): a draft printed or forwarded, whole or a
 * page of it, can never pass for the signed decision.
 */
public final class DraftWatermark extends PageMark {

    public static final String TEXT = "DỰ THẢO";

    public DraftWatermark(BaseFont font) {
        super(font, TEXT, 110, TEXT, 2, true);
    }
}
