package vn.tdkt.awarddecision;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;

/** Stand-ins for the scan of a signed decision: a small real PDF with a line of text that names it. */
public final class SignedPdfs {

    private SignedPdfs() { }

    /** A one-page PDF reading {@code line} (ASCII: a scan carries no text, this one says which file it is). */
    public static byte[] scan(String line) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document();
        PdfWriter.getInstance(doc, out);
        doc.open();
        doc.add(new Paragraph(line));
        doc.close();
        return out.toByteArray();
    }
}
