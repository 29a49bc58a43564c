package vn.tdkt.awarddecision;

import java.text.Normalizer;
import java.util.Locale;

/**
 * File names for the downloaded PDFs that every browser and operating system takes as they are: Vietnamese
 * letters without their marks ("đ" as "d"), anything else but letters and digits as a dash.
 */
public final class PdfFileNames {

    private static final int MAX_LENGTH = 120;

    private PdfFileNames() { }

    /** "quyet-dinh-123-qd-ubnd-2026.pdf". */
    public static String decision(DecisionView d) {
        return pdf("quyet-dinh-" + d.number() + "-" + d.issuingYear());
    }

    /** "quyet-dinh-123-qd-ubnd-2026-ban-da-ky.pdf": the scan of the signed decision. */
    public static String signedOriginal(DecisionView d) {
        return pdf("quyet-dinh-" + d.number() + "-" + d.issuingYear() + "-ban-da-ky");
    }

    /** "quyet-dinh-123-qd-ubnd-2026-ban-dien-tu.pdf": the generated text of a signed decision. */
    public static String electronicCopy(DecisionView d) {
        return pdf("quyet-dinh-" + d.number() + "-" + d.issuingYear() + "-ban-dien-tu");
    }

    /** "bang-khen-123-qd-ubnd-2026-nguyen-thi-anh-tuyet.pdf". */
    public static String certificate(DecisionView d, DecisionView.Awardee a) {
        return pdf(DecisionWording.certificateTitle(d.awardTypeName(), d.awardCategory()) + "-" + d.number() + "-"
                + d.issuingYear() + "-" + a.displayName());
    }

    /** Any text as a PDF file name: "Dự thảo quyết định DNKT-2026-00012" gives "du-thao-quyet-dinh-dnkt-2026-00012.pdf". */
    public static String pdf(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (ascii.length() > MAX_LENGTH) {
            ascii = ascii.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return (ascii.isEmpty() ? "tai-lieu" : ascii) + ".pdf";
    }
}
