package vn.tdkt.movement;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.tdkt.awarddecision.ChairmanDecisionHeading;
import vn.tdkt.awarddecision.DecisionWording;
import vn.tdkt.pdf.FontSet;
import vn.tdkt.pdf.PageNumbers;
import vn.tdkt.pdf.PdfFonts;
import vn.tdkt.pdf.PdfPage;
import vn.tdkt.pdf.PdfText;

import java.util.List;

import static vn.tdkt.pdf.PdfText.MM;
import static vn.tdkt.pdf.PdfText.centred;

/**
 * The chairman's launch decision of a movement (quyết định phát động phong trào thi đua) as a PDF in the
 * administrative layout of the province's other documents: the People's Committee's letterhead with the number from
 * the outgoing register, the title, the articles (launch, goal and criteria, period and reviews, the units taking
 * part and the standing agency, the awards) and the signature block (the chairman, or "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH").
 */
@Component
public class LaunchDecisionPdf {

    private static final float BODY = 13;

    private final PdfFonts fonts;
    private final String provinceName;

    public LaunchDecisionPdf(PdfFonts fonts, @Value("${tdkt.province-name:Tây Ninh}") String provinceName) {
        this.fonts = fonts;
        this.provinceName = provinceName;
    }

    public byte[] render(MovementRepository.Movement m, List<MovementRepository.Participant> participants) {
        FontSet f = fonts.fontSet();
        return PdfPage.administrative().justifyBySpacesOnly()
                .event(new PageNumbers(f.regular(12)))
                .title("Quyết định phát động " + m.name())
                .write("Cannot lay out the launch decision of " + m.code(), (doc, writer) -> content(doc, f, m, participants));
    }

    private void content(Document doc, FontSet f, MovementRepository.Movement m,
                         List<MovementRepository.Participant> participants) throws DocumentException {
        ChairmanDecisionHeading.addTo(doc, f, provinceName, m.launchNumber(), m.launchedOn(), "Phát động " + m.name());
        body(doc, f, "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022 (Điều 16, Điều 17 về hình thức, nội dung"
                + " tổ chức phong trào thi đua);");
        body(doc, f, "Theo đề nghị của " + m.standingUnitName() + " (cơ quan thường trực phong trào).");
        Paragraph decides = centred("QUYẾT ĐỊNH:", f.bold(14));
        decides.setSpacingBefore(8);
        doc.add(decides);
        article(doc, f, "Điều 1. ", "Phát động " + m.name() + " (" + m.kind().label().toLowerCase(DecisionWording.VIETNAMESE)
                + "), thời gian thực hiện " + MovementService.period(m.startDate(), m.endDate())
                .toLowerCase(DecisionWording.VIETNAMESE) + ".");
        article(doc, f, "Mục tiêu: ", m.goal());
        article(doc, f, "Nội dung, tiêu chí thi đua: ", m.criteria());
        article(doc, f, "Điều 2. ", "Các cơ quan, đơn vị tham gia phong trào: " + String.join("; ",
                participants.stream().map(MovementRepository.Participant::unitName).toList())
                + ". Các đơn vị đăng ký tham gia, báo cáo tiến độ thực hiện theo thời hạn trên hệ thống; sơ kết vào ngày "
                + MovementService.VN_DATE.format(m.midReviewDate()) + ", tổng kết khi kết thúc phong trào.");
        article(doc, f, "Điều 3. ", "Giao " + m.standingUnitName() + " là cơ quan thường trực phong trào, theo dõi, đôn"
                + " đốc, sơ kết, tổng kết và đề xuất khen thưởng"
                + (m.awardsText() == null ? "." : ": " + m.awardsText()));
        article(doc, f, "Điều 4. ", "Quyết định này có hiệu lực kể từ ngày ký. Thủ trưởng các cơ quan, đơn vị có tên tại"
                + " Điều 2 chịu trách nhiệm thi hành Quyết định này.");
        PdfPTable signatures = PdfText.signatures(50, 50, 14);
        signatures.addCell(PdfText.cell(PdfText.paragraph("", f.regular(11), Element.ALIGN_LEFT)));
        Paragraph sign = centred(m.signerTitle() == null ? "CHỦ TỊCH" : m.signerTitle(), f.bold(13));
        Paragraph name = centred(m.signerName() == null ? "" : m.signerName(), f.bold(13));
        name.setSpacingBefore(60);
        signatures.addCell(PdfText.cell(sign, name));
        doc.add(signatures);
    }

    private static void body(Document doc, FontSet f, String text) throws DocumentException {
        Paragraph p = PdfText.paragraph(text, f.italic(BODY), Element.ALIGN_JUSTIFIED);
        p.setFirstLineIndent(10 * MM);
        p.setLeading(BODY * 1.3f);
        doc.add(p);
    }

    private static void article(Document doc, FontSet f, String head, String text) throws DocumentException {
        Paragraph p = new Paragraph("", f.regular(BODY));
        p.add(PdfText.chunk(head, f.bold(BODY)));
        p.add(PdfText.chunk(text, f.regular(BODY)));
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        p.setFirstLineIndent(10 * MM);
        p.setLeading(BODY * 1.3f);
        p.setSpacingBefore(4);
        doc.add(p);
    }
}
