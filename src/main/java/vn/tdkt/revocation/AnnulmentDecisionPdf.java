package vn.tdkt.revocation;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.tdkt.awarddecision.ChairmanDecisionHeading;
import vn.tdkt.pdf.FontSet;
import vn.tdkt.pdf.PageNumbers;
import vn.tdkt.pdf.PdfFonts;
import vn.tdkt.pdf.PdfPage;
import vn.tdkt.pdf.PdfText;

import java.util.List;

import static vn.tdkt.pdf.PdfText.MM;
import static vn.tdkt.pdf.PdfText.centred;

/**
 * The chairman's annulment decision (quyết định hủy bỏ quyết định khen thưởng) as a PDF in the administrative layout
 * of the province's other documents: the letterhead with the number from the outgoing register, the căn cứ lines, the
 * annulled awards, the grounds, the recovery articles and the signature block ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" when a
 * vice-chairman signs).
 */
@Component
public class AnnulmentDecisionPdf {

    private static final float BODY = 13;

    private final PdfFonts fonts;
    private final String provinceName;

    public AnnulmentDecisionPdf(PdfFonts fonts, @Value("${tdkt.province-name:Tây Ninh}") String provinceName) {
        this.fonts = fonts;
        this.provinceName = provinceName;
    }

    public byte[] render(RevocationRepository.Revocation r, List<RevocationRepository.Item> items) {
        FontSet f = fonts.fontSet();
        return PdfPage.administrative().justifyBySpacesOnly()
                .event(new PageNumbers(f.regular(12)))
                .title("Quyết định hủy bỏ khen thưởng " + r.annulmentNumber())
                .write("Cannot lay out the annulment decision of " + r.code(), (doc, writer) -> content(doc, f, r, items));
    }

    private void content(Document doc, FontSet f, RevocationRepository.Revocation r,
                         List<RevocationRepository.Item> items) throws DocumentException {
        ChairmanDecisionHeading.addTo(doc, f, provinceName, r.annulmentNumber(), r.annulmentDate(), "Về việc hủy bỏ quyết định khen thưởng và thu hồi hiện vật, tiền thưởng");
        body(doc, f, "Căn cứ Luật Tổ chức chính quyền địa phương;");
        body(doc, f, "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022 (chương VII, xử lý vi phạm);");
        body(doc, f, "Căn cứ Quyết định số " + r.decisionNumber() + " ngày "
                + RevocationService.VN_DATE.format(r.decisionDate()) + " về việc khen thưởng;");
        if (r.councilRef() != null) {
            body(doc, f, "Căn cứ ý kiến của Hội đồng Thi đua – Khen thưởng tỉnh (" + r.councilRef() + ");");
        }
        body(doc, f, "Theo đề nghị của Giám đốc Sở Nội vụ.");
        Paragraph decides = centred("QUYẾT ĐỊNH:", f.bold(14));
        decides.setSpacingBefore(8);
        doc.add(decides);
        article(doc, f, "Điều 1. ", "Hủy bỏ khen thưởng theo Quyết định số " + r.decisionNumber() + " ngày "
                + RevocationService.VN_DATE.format(r.decisionDate()) + " đối với:");
        int n = 1;
        for (RevocationRepository.Item i : items) {
            article(doc, f, n++ + ". ", i.displayName() + " – " + i.awardTypeName() + " năm " + i.awardYear() + ".");
        }
        article(doc, f, "Lý do: ", String.join("; ", r.groundList().stream().map(RevocationGround::label).toList())
                + ". " + r.reasons());
        article(doc, f, "Điều 2. ", "Thu hồi hiện vật khen thưởng (bằng, huy hiệu, cờ) và tiền thưởng đã nhận. Thủ trưởng"
                + " cơ quan, đơn vị quản lý cá nhân, tập thể có tên tại Điều 1 tổ chức thu hồi, nộp lại Sở Nội vụ trong"
                + " thời hạn quy định.");
        article(doc, f, "Điều 3. ", "Quyết định này có hiệu lực kể từ ngày ký. Khen thưởng bị hủy bỏ không được tính làm"
                + " căn cứ xét tặng danh hiệu, hình thức khen thưởng khác. Giám đốc Sở Nội vụ, Thủ trưởng các cơ quan,"
                + " đơn vị và cá nhân, tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.");
        PdfPTable signatures = PdfText.signatures(50, 50, 14);
        signatures.addCell(PdfText.cell(PdfText.paragraph("", f.regular(11), Element.ALIGN_LEFT)));
        Paragraph sign = centred(r.signerTitle() == null ? "CHỦ TỊCH" : r.signerTitle(), f.bold(13));
        Paragraph name = centred(r.signerName() == null ? "" : r.signerName(), f.bold(13));
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
