package vn.tdkt.awarddecision;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import vn.tdkt.pdf.FontSet;
import vn.tdkt.pdf.Letterhead;
import vn.tdkt.pdf.PdfText;

import java.time.LocalDate;

import static vn.tdkt.pdf.PdfText.MM;
import static vn.tdkt.pdf.PdfText.centred;

/**
 * The head of a decision the chairman of the provincial People's Committee signs (Nghị định 30/2020 layout): the
 * committee's letterhead with the number and the place and date, "QUYẾT ĐỊNH", its subject, a short rule and
 * "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …" above the căn cứ lines. Shared by the movement's launch decision and the
 * annulment decision.
 */
public final class ChairmanDecisionHeading {

    private ChairmanDecisionHeading() { }

    public static void addTo(Document doc, FontSet f, String provinceName, String number, LocalDate signedOn,
                             String subject) throws DocumentException {
        Letterhead.columns(40, 60)
                .issuer("ỦY BAN NHÂN DÂN", f.bold(13))
                .issuer(DecisionWording.upper("tỉnh " + provinceName), f.bold(13))
                .nationalTitle(f.bold(13), f.bold(14))
                .rules(22 * MM, 6)
                .number("Số: " + number, f.regular(13))
                .placeAndDate(VietnameseDates.placeAndDate(provinceName, signedOn), f.italic(14))
                .addTo(doc);
        Paragraph title = centred("QUYẾT ĐỊNH", f.bold(14));
        title.setSpacingBefore(18);
        doc.add(title);
        doc.add(centred(subject, f.bold(14)));
        doc.add(PdfText.rule(35 * MM, 8));
        doc.add(centred("CHỦ TỊCH ỦY BAN NHÂN DÂN " + DecisionWording.upper("tỉnh " + provinceName), f.bold(14)));
    }
}
