package vn.tdkt.awarddecision;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/** Reads generated PDFs back with PDFBox: text per page (NFC, since extraction may decompose letters) and fonts. */
public final class PdfAssertions {

    private PdfAssertions() { }

    public static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /**
     * The text of each page in the order it was drawn (sorting by position would split the first letter off
     * some lines of justified paragraphs), normalised to NFC, runs of white space made one space.
     */
    public static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            List<String> pages = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(nfc(stripper.getText(doc)).replaceAll("\\s+", " ").strip());
            }
            return pages;
        }
    }

    static String text(byte[] pdf) throws IOException {
        return String.join(" ", pages(pdf));
    }

    /** Every font used on every page, as "name embedded=true|false". */
    static List<String> fonts(byte[] pdf) throws IOException {
        List<String> fonts = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fonts.add(font.getName() + " embedded=" + font.isEmbedded());
                }
            }
        }
        return fonts;
    }

    static float[] pageSize(byte[] pdf, int pageIndex) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var box = doc.getPage(pageIndex).getMediaBox();
            return new float[]{box.getWidth(), box.getHeight()};
        }
    }

    static String title(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return nfc(doc.getDocumentInformation().getTitle());
        }
    }
}
