package vn.tdkt.pdf;

import com.lowagie.text.pdf.BaseFont;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Liberation Serif (metric-compatible with Times New Roman, the font Nghị định 30/2020/NĐ-CP prescribes), read
 * once from the classpath (openpdf-fonts-extra) and parsed once: every document uses the same {@link FontSet}. A font
 * is embedded as an Identity-H subset so that every Vietnamese letter is drawn and extracted right; the glyphs a
 * document uses are counted by that document's writer, not by the font, so documents written at the same time on
 * several threads share the parsed fonts safely (parsing the four files took 5 % of a province-year's CPU when
 * every PDF did it again).
 */
@Component
public class PdfFonts {

    static final String FOLDER = "liberation/";

    private final FontSet fonts;

    public PdfFonts() {
        fonts = new FontSet(load("LiberationSerif-Regular.ttf"), load("LiberationSerif-Bold.ttf"),
                load("LiberationSerif-Italic.ttf"), load("LiberationSerif-BoldItalic.ttf"));
    }

    /** The four faces, for any document. */
    public FontSet fontSet() {
        return fonts;
    }

    private static BaseFont load(String file) {
        return create(file, read(file));
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
