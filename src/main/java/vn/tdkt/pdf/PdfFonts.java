package vn.tdkt.pdf;

import com.lowagie.text.pdf.BaseFont;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Liberation Serif (metric-compatible with Times New Roman, the font Nghị định 30/2020/NĐ-CP prescribes), read
 * once from the classpath (openpdf-fonts-extra). Every document gets its own {@link FontSet}, embedded as
 * Identity-H subsets so that every Vietnamese letter is drawn and extracted right.
 */
@Component
public class PdfFonts {

    static final String FOLDER = "liberation/";

    private final byte[] regular;
    private final byte[] bold;
    private final byte[] italic;
    private final byte[] boldItalic;

    public PdfFonts() {
        regular = read("LiberationSerif-Regular.ttf");
        bold = read("LiberationSerif-Bold.ttf");
        italic = read("LiberationSerif-Italic.ttf");
        boldItalic = read("LiberationSerif-BoldItalic.ttf");
    }

    /** Fonts for one document. */
    public FontSet newFontSet() {
        return new FontSet(create("LiberationSerif-Regular.ttf", regular), create("LiberationSerif-Bold.ttf", bold),
                create("LiberationSerif-Italic.ttf", italic), create("LiberationSerif-BoldItalic.ttf", boldItalic));
    }

    private static BaseFont create(String name, byte[] ttf) {
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + name, e);
        }
    }

    private static byte[] read(String file) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("Font " + FOLDER + file + " is not on the classpath"
                        + " (dependency com.github.librepdf:openpdf-fonts-extra)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + FOLDER + file, e);
        }
    }
}
