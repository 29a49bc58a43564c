package vn.tdkt.council;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.tdkt.awarddecision.VietnameseDates;
import vn.tdkt.pdf.FontSet;
import vn.tdkt.pdf.Letterhead;
import vn.tdkt.pdf.PageNumbers;
import vn.tdkt.pdf.PdfFonts;
import vn.tdkt.pdf.PdfPage;
import vn.tdkt.pdf.PdfText;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static vn.tdkt.pdf.PdfText.MM;
import static vn.tdkt.pdf.PdfText.centred;
import static vn.tdkt.pdf.PdfText.chunk;

/**
 * The minutes of a session of the provincial emulation and commendation council (biên bản họp Hội đồng Thi đua -
 * Khen thưởng tỉnh) as a PDF in the layout of Nghị định 30/2020/NĐ-CP, like the decision: A4 portrait, letterhead in
 * two columns (the council under the provincial people's committee and the minutes' number on the left, national
 * title, motto and place and date on the right), the title, I. time and members with their attendance and the
 * quorum, II. the totals of the secret ballot per candidate (never a member's ballot), III. the conclusion, and the
 * secretary's and the chair's signatures. Page numbers from page 2; the Liberation Serif faces embedded.
 *
 * <p>The rate printed for each candidate is the "đồng ý" votes over the council's total membership (not over the
 * ballots cast), with one decimal and a decimal comma: see {@link #approvalRate(int, int)}.
 */
@Component
public class CouncilMinutesPdf {

    static final String UNNUMBERED = "..../BB-HĐTĐKT";
    static final String SECRECY = "Phiếu bầu được bỏ kín; hệ thống chỉ lưu tổng số phiếu của từng trường hợp,"
            + " không lưu phiếu của từng thành viên.";

    private static final float BODY = 13;
    private static final float HEADER = 12;
    private static final float TABLE = 11;
    private static final float BALLOT = 9.5f;
    private static final String COUNCIL = "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final PdfFonts fonts;
    private final String province;

    public CouncilMinutesPdf(PdfFonts fonts, @Value("${tdkt.province-name:Tây Ninh}") String province) {
        this.fonts = fonts;
        this.province = province;
    }

    public byte[] render(CouncilMinutesData d) {
        FontSet f = fonts.fontSet();
        return PdfPage.administrative()
                .event(new PageNumbers(f.regular(HEADER)))
                .title("Biên bản họp Hội đồng Thi đua - Khen thưởng tỉnh " + province
                        + (isBlank(d.minutesRef()) ? "" : " số " + d.minutesRef().strip()))
                .subject(orBlank(d.title()))
                .author("Hội đồng Thi đua - Khen thưởng tỉnh " + province)
                .write("Cannot lay out the minutes of council session " + d.sessionKey(), (doc, writer) -> {
                    letterhead(doc, f, d);
                    title(doc, f, d);
                    attendance(doc, f, d);
                    ballot(doc, f, d);
                    conclusion(doc, f, d);
                    signatures(doc, f, d);
                });
    }

    /**
     * The share of the council's members who voted "đồng ý": {@code yes / totalMembers}, as a percentage rounded
     * half up to one decimal with a decimal comma ("93,3%" for 14 of 15); "–" when the council has no members.
     */
    public static String approvalRate(int yes, int totalMembers) {
        if (totalMembers <= 0) {
            return "–";
        }
        BigDecimal rate = BigDecimal.valueOf(yes).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(totalMembers), 1, RoundingMode.HALF_UP);
        return rate.toPlainString().replace('.', ',') + "%";
    }

    /** The outcome as the table prints it: the label, and how many times the ballot was taken again if it was. */
    static String outcome(CouncilMinutesData.CandidateLine c) {
        String label = orBlank(c.outcomeLabel()).strip();
        return c.rounds() > 0 ? label + " (bỏ phiếu lại " + c.rounds() + " lần)" : label;
    }

    // ---------------------------------------------------------------- letterhead and title

    private void letterhead(Document doc, FontSet f, CouncilMinutesData d) throws DocumentException {
        float[] widths = {45, 55};
        float page = doc.right() - doc.left();
        // some air between the two columns: the long lines are set a little smaller rather than touch
        float left = page * widths[0] / 100 - 10;
        float right = page * widths[1] / 100 - 4;
        String superiorName = "ỦY BAN NHÂN DÂN TỈNH " + province.toUpperCase(VIETNAMESE);
        Font superior = fitted(f.regular(HEADER), superiorName, left);
        Font council = fitted(f.bold(HEADER), COUNCIL, left);
        String ref = isBlank(d.minutesRef()) ? UNNUMBERED : d.minutesRef().strip();
        Letterhead.columns(widths[0], widths[1])
                .issuer(superiorName, superior).issuer(COUNCIL, council)
                .nationalTitle(fitted(f.bold(HEADER), Letterhead.NATION, right),
                        fitted(f.bold(13), Letterhead.MOTTO, right))
                .rules(FontSet.width(council, COUNCIL) / 3, 7).lineGap(1)
                .number("Số: " + ref, f.regular(HEADER))
                .placeAndDate(d.meetingDate() == null ? province + ", ngày ..... tháng ..... năm ......."
                        : VietnameseDates.placeAndDate(province, d.meetingDate()), f.italic(HEADER))
                .addTo(doc);
    }

    /** The font, made smaller if the one line would not fit the width (a long province name). */
    private static Font fitted(Font font, String text, float width) {
        float natural = FontSet.width(font, text);
        if (natural <= width) {
            return font;
        }
        Font smaller = new Font(font);
        smaller.setSize(font.getSize() * width / natural);
        return smaller;
    }

    private void title(Document doc, FontSet f, CouncilMinutesData d) throws DocumentException {
        Paragraph title = centred("BIÊN BẢN", f.bold(14));
        title.setSpacingBefore(20);
        doc.add(title);
        Font subject = f.bold(14);
        String meeting = "Họp Hội đồng Thi đua - Khen thưởng tỉnh";
        doc.add(centred(meeting, subject));
        float width = FontSet.width(subject, meeting);
        if (!isBlank(d.title())) {
            doc.add(centred(d.title().strip(), subject));
            width = Math.max(width, FontSet.width(subject, d.title().strip()));
        }
        doc.add(PdfText.rule(Math.min(width, doc.right() - doc.left()) / 3, 10));
        doc.add(space(f, 8));
    }

    // ---------------------------------------------------------------- I. time, members, quorum

    private void attendance(Document doc, FontSet f, CouncilMinutesData d) throws DocumentException {
        doc.add(heading(f, "I. THỜI GIAN, THÀNH PHẦN"));
        String when = d.meetingDate() == null ? "....................." : VietnameseDates.longForm(d.meetingDate());
        doc.add(labelled(f, "1. Thời gian: ", when + "."));
        doc.add(labelled(f, "2. Thành phần: ", "thành viên Hội đồng Thi đua - Khen thưởng tỉnh"
                + (isBlank(d.termCode()) ? "" : " (nhiệm kỳ " + d.termCode().strip() + ")") + ":"));
        if (!d.members().isEmpty()) {
            doc.add(members(f, d.members()));
        }
        int absent = Math.max(0, d.totalMembers() - d.presentMembers() - d.writtenMembers());
        doc.add(labelled(f, "3. Số thành viên: ", "tổng số thành viên Hội đồng: " + d.totalMembers()
                + "; có mặt: " + d.presentMembers() + "; vắng có phiếu bằng văn bản: " + d.writtenMembers()
                + "; vắng không có phiếu: " + absent + "."));
        if (!isBlank(d.quorumText())) {
            doc.add(body(f, d.quorumText().strip()));
        }
        if (!isBlank(d.chairName()) || !isBlank(d.secretaryName())) {
            doc.add(labelled(f, "4. Chủ tọa: ", orDots(d.chairName()) + "; thư ký: " + orDots(d.secretaryName()) + "."));
        }
    }

    private static PdfPTable members(FontSet f, List<CouncilMinutesData.MemberLine> members) {
        PdfPTable table = new PdfPTable(new float[]{7, 25, 32, 17, 19});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(6);
        table.setHeaderRows(1);
        Font head = f.bold(TABLE);
        for (String h : List.of("STT", "Họ và tên", "Chức vụ", "Vai trò trong Hội đồng", "Tình hình dự họp")) {
            table.addCell(PdfText.boxed(h, head, Element.ALIGN_CENTER));
        }
        Font font = f.regular(TABLE);
        int n = 0;
        for (CouncilMinutesData.MemberLine m : members) {
            table.addCell(PdfText.boxed(String.valueOf(++n), font, Element.ALIGN_CENTER));
            table.addCell(PdfText.boxed(orBlank(m.fullName()), font, Element.ALIGN_LEFT));
            table.addCell(PdfText.boxed(orBlank(m.positionTitle()), font, Element.ALIGN_LEFT));
            table.addCell(PdfText.boxed(orBlank(m.roleLabel()), font, Element.ALIGN_LEFT));
            table.addCell(PdfText.boxed(orBlank(m.attendanceLabel()), font, Element.ALIGN_LEFT));
        }
        return table;
    }

    // ---------------------------------------------------------------- II. the secret ballot's totals

    private void ballot(Document doc, FontSet f, CouncilMinutesData d) throws DocumentException {
        doc.add(heading(f, "II. KẾT QUẢ BỎ PHIẾU KÍN"));
        if (d.candidates().isEmpty()) {
            doc.add(body(f, "Không có trường hợp nào được đưa ra bỏ phiếu."));
            return;
        }
        doc.add(body(f, "Hội đồng đã bỏ phiếu kín đối với " + d.candidates().size() + " trường hợp. Kết quả bỏ phiếu"
                + " kín như sau (tỷ lệ đồng ý tính trên tổng số " + d.totalMembers() + " thành viên Hội đồng):"));
        float[] widths = {5.5f, 13, 11, 12.5f, 7.5f, 7.5f, 6.5f, 6.5f, 8.5f, 10, 11.5f};
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(6);
        table.setHeaderRows(1);
        Font head = f.bold(BALLOT);
        for (String h : List.of("STT", "Họ tên / tập thể", "Đơn vị", "Hình thức đề nghị", "Đồng ý", "Không đồng ý",
                "Để trống", "Số phiếu", "Tỷ lệ đồng ý / tổng số thành viên", "Ngưỡng", "Kết quả")) {
            table.addCell(tight(PdfText.boxed(h, head, Element.ALIGN_CENTER)));
        }
        Font font = f.regular(BALLOT);
        for (CouncilMinutesData.CandidateLine c : d.candidates()) {
            table.addCell(tight(PdfText.boxed(String.valueOf(c.seq()), font, Element.ALIGN_CENTER)));
            table.addCell(tight(PdfText.boxed(orBlank(c.nomineeName()), f.bold(BALLOT), Element.ALIGN_LEFT)));
            table.addCell(tight(PdfText.boxed(orBlank(c.unitName()), font, Element.ALIGN_LEFT)));
            table.addCell(tight(PdfText.boxed(orBlank(c.awardName()), font, Element.ALIGN_LEFT)));
            table.addCell(tight(PdfText.boxed(String.valueOf(c.yes()), font, Element.ALIGN_CENTER)));
            table.addCell(tight(PdfText.boxed(String.valueOf(c.no()), font, Element.ALIGN_CENTER)));
            table.addCell(tight(PdfText.boxed(String.valueOf(c.blank()), font, Element.ALIGN_CENTER)));
            table.addCell(tight(PdfText.boxed(String.valueOf(c.votesCast()), font, Element.ALIGN_CENTER)));
            table.addCell(tight(PdfText.boxed(approvalRate(c.yes(), d.totalMembers()), font, Element.ALIGN_CENTER)));
            table.addCell(tight(PdfText.boxed(orBlank(c.thresholdText()), font, Element.ALIGN_LEFT)));
            table.addCell(tight(PdfText.boxed(outcome(c), f.bold(BALLOT), Element.ALIGN_CENTER)));
        }
        doc.add(table);
        Paragraph secrecy = PdfText.paragraph(SECRECY, f.italic(BODY), Element.ALIGN_JUSTIFIED);
        indent(secrecy);
        doc.add(secrecy);
    }

    /** Narrow padding: eleven columns share the width of an A4 portrait page. */
    private static PdfPCell tight(PdfPCell cell) {
        cell.setPaddingLeft(2);
        cell.setPaddingRight(2);
        cell.setPaddingTop(3);
        cell.setPaddingBottom(5);
        return cell;
    }

    // ---------------------------------------------------------------- III. conclusion

    private void conclusion(Document doc, FontSet f, CouncilMinutesData d) throws DocumentException {
        doc.add(heading(f, "III. KẾT LUẬN"));
        List<CouncilMinutesData.CandidateLine> passed = new ArrayList<>();
        List<CouncilMinutesData.CandidateLine> failed = new ArrayList<>();
        List<CouncilMinutesData.CandidateLine> other = new ArrayList<>();
        for (CouncilMinutesData.CandidateLine c : d.candidates()) {
            String label = key(c.outcomeLabel());
            if (label.startsWith("không thông qua")) {
                failed.add(c);
            } else if (label.startsWith("thông qua")) {
                passed.add(c);
            } else {
                other.add(c);
            }
        }
        doc.add(body(f, "Căn cứ kết quả bỏ phiếu kín và ngưỡng quy định cho từng hình thức khen thưởng, Hội đồng"
                + " kết luận:"));
        doc.add(labelled(f, "1. Thông qua: ", passed.isEmpty() ? "không có trường hợp nào." : passed.size()
                + " trường hợp:"));
        for (int i = 0; i < passed.size(); i++) {
            doc.add(item(f, passed.get(i), null, i == passed.size() - 1));
        }
        doc.add(labelled(f, "2. Không thông qua: ", failed.isEmpty() ? "không có trường hợp nào." : failed.size()
                + " trường hợp:"));
        for (int i = 0; i < failed.size(); i++) {
            doc.add(item(f, failed.get(i), failed.get(i).reason(), i == failed.size() - 1));
        }
        if (!other.isEmpty()) {
            doc.add(labelled(f, "3. Trường hợp khác: ", other.size() + " trường hợp:"));
            for (int i = 0; i < other.size(); i++) {
                CouncilMinutesData.CandidateLine c = other.get(i);
                String why = orBlank(c.outcomeLabel()).strip();
                doc.add(item(f, c, isBlank(c.reason()) ? why : why + " – " + c.reason().strip(),
                        i == other.size() - 1));
            }
        }
        Paragraph end = body(f, "Biên bản đã được đọc lại trước Hội đồng và được các thành viên dự họp thống nhất"
                + " thông qua./.");
        end.setSpacingBefore(4);
        doc.add(end);
    }

    private static Paragraph item(FontSet f, CouncilMinutesData.CandidateLine c, String reason, boolean last) {
        StringBuilder sb = new StringBuilder("- ").append(orBlank(c.nomineeName()).strip());
        if (!isBlank(c.unitName()) && !orBlank(c.unitName()).strip().equals(orBlank(c.nomineeName()).strip())) {
            sb.append(", ").append(c.unitName().strip());
        }
        if (!isBlank(c.awardName())) {
            sb.append(": ").append(c.awardName().strip());
        }
        if (c.rounds() > 0) {
            sb.append(" (bỏ phiếu lại ").append(c.rounds()).append(" lần)");
        }
        if (!isBlank(reason)) {
            sb.append(". Lý do: ").append(reason.strip());
        }
        String text = sb.toString();
        if (text.endsWith(".") || text.endsWith(";")) {
            text = text.substring(0, text.length() - 1);
        }
        Paragraph p = PdfText.paragraph(text + (last ? "." : ";"), f.regular(BODY),
                Element.ALIGN_JUSTIFIED);
        indent(p);
        return p;
    }

    // ---------------------------------------------------------------- signatures

    private void signatures(Document doc, FontSet f, CouncilMinutesData d) throws DocumentException {
        PdfPTable table = PdfText.signatures(50, 50, 14);
        Font title = f.bold(BODY);
        PdfPCell secretary = PdfText.cell(centred("THƯ KÝ", title), centred(" ", title));
        PdfPCell chair = PdfText.cell(centred("CHỦ TỌA", title), centred("CHỦ TỊCH HỘI ĐỒNG", title));
        secretary.addElement(signature(f, d.secretaryName()));
        chair.addElement(signature(f, d.chairName()));
        table.addCell(secretary);
        table.addCell(chair);
        doc.add(table);
    }

    private static Paragraph signature(FontSet f, String name) {
        Paragraph p = centred(orBlank(name).strip(), f.bold(BODY));
        p.setSpacingBefore(25 * MM);
        return p;
    }

    // ---------------------------------------------------------------- paragraphs

    private static Paragraph heading(FontSet f, String text) {
        Paragraph p = PdfText.paragraph(text, f.bold(BODY), Element.ALIGN_LEFT);
        p.setSpacingBefore(8);
        p.setSpacingAfter(3);
        return p;
    }

    private static Paragraph labelled(FontSet f, String label, String text) {
        Paragraph p = new Paragraph("", f.regular(BODY));
        p.add(chunk(label, f.bold(BODY)));
        p.add(chunk(text, f.regular(BODY)));
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        indent(p);
        return p;
    }

    private static Paragraph body(FontSet f, String text) {
        Paragraph p = PdfText.paragraph(text, f.regular(BODY), Element.ALIGN_JUSTIFIED);
        indent(p);
        return p;
    }

    private static void indent(Paragraph p) {
        p.setFirstLineIndent(10 * MM);
        p.setLeading(BODY * 1.25f);
        p.setSpacingAfter(3);
    }

    private static Paragraph space(FontSet f, float height) {
        Paragraph p = new Paragraph(" ", f.regular(BODY));
        p.setLeading(height);
        return p;
    }

    private static String key(String label) {
        return Normalizer.normalize(orBlank(label), Normalizer.Form.NFC).strip().toLowerCase(VIETNAMESE);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String orBlank(String s) {
        return s == null ? "" : s;
    }

    private static String orDots(String s) {
        return isBlank(s) ? "................" : s.strip();
    }
}
