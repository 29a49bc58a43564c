package vn.tdkt.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPageEvent;
import com.lowagie.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import static vn.tdkt.pdf.PdfText.MM;
import static vn.tdkt.pdf.PdfText.nfc;

/**
 * The page set-up every PDF of the application is written with: the paper and its margins, the document's title,
 * subject and author (in NFC), the creator, the page events in the order they are drawn, and the writing itself, a
 * layout failure becoming an {@link IllegalStateException} that says which document could not be laid out.
 * <p>
 * {@link #administrative()} is the page of Nghị định 30/2020/NĐ-CP (A4 portrait, margins 20 mm top and bottom,
 * 30 mm left, 15 mm right, lines justified by widening the spaces only).
 */
public final class PdfPage {

    /** The application as the PDFs' creator. */
    public static final String CREATOR = "TĐKT workflow";

    /** What a document puts on its pages once they are set up. */
    @FunctionalInterface
    public interface Content {
        void write(Document doc, PdfWriter writer) throws DocumentException;
    }

    private final Rectangle size;
    private final float left;
    private final float right;
    private final float top;
    private final float bottom;
    private final List<PdfPageEvent> events = new ArrayList<>();
    private boolean spacesOnly;
    private String title;
    private String subject;
    private String author;

    private PdfPage(Rectangle size, float left, float right, float top, float bottom) {
        this.size = size;
        this.left = left;
        this.right = right;
        this.top = top;
        this.bottom = bottom;
    }

    /** The administrative document's page: A4 portrait, 30/15/20/20 mm, justified by the spaces only. */
    public static PdfPage administrative() {
        return portrait(30 * MM, 15 * MM, 20 * MM, 20 * MM).justifyBySpacesOnly();
    }

    /** A4 portrait with the margins in points. */
    public static PdfPage portrait(float left, float right, float top, float bottom) {
        return new PdfPage(PageSize.A4, left, right, top, bottom);
    }

    /** A4 turned to landscape (a rotated portrait page) with the margins in points. */
    public static PdfPage landscape(float left, float right, float top, float bottom) {
        return new PdfPage(PageSize.A4.rotate(), left, right, top, bottom);
    }

    /** Any paper with the margins in points. */
    public static PdfPage of(Rectangle size, float left, float right, float top, float bottom) {
        return new PdfPage(size, left, right, top, bottom);
    }

    /** Justified lines widen the spaces only, never spacing the letters of a word apart. */
    public PdfPage justifyBySpacesOnly() {
        spacesOnly = true;
        return this;
    }

    /** A page event (page numbers, marks); the events are drawn in the order they are added; null adds nothing. */
    public PdfPage event(PdfPageEvent event) {
        if (event != null) {
            events.add(event);
        }
        return this;
    }

    public PdfPage title(String title) {
        this.title = title;
        return this;
    }

    public PdfPage subject(String subject) {
        this.subject = subject;
        return this;
    }

    public PdfPage author(String author) {
        this.author = author;
        return this;
    }

    /**
     * Writes the document.
     *
     * @param failure what the exception says when the content cannot be laid out ("Cannot lay out decision 12/QĐ-UBND")
     */
    public byte[] write(String failure, Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(size, left, right, top, bottom);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            if (spacesOnly) {
                writer.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
            }
            events.forEach(writer::setPageEvent);
            if (title != null) {
                doc.addTitle(nfc(title));
            }
            if (subject != null) {
                doc.addSubject(nfc(subject));
            }
            if (author != null) {
                doc.addAuthor(nfc(author));
            }
            doc.addCreator(CREATOR);
            doc.open();
            content.write(doc, writer);
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException(failure, e);
        }
        return out.toByteArray();
    }
}
