package vn.tdkt.block.cycle;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import org.springframework.stereotype.Component;
import vn.tdkt.ballot.BallotBox;
import vn.tdkt.ballot.Tally;
import vn.tdkt.format.VietnameseNumbers;
import vn.tdkt.pdf.FontSet;
import vn.tdkt.pdf.Letterhead;
import vn.tdkt.pdf.PdfFonts;
import vn.tdkt.pdf.PdfPage;
import vn.tdkt.registry.block.BlockRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The minutes of the block's year-end meeting (biên bản họp khối): members, the score table and ranking with the
 * tie-break that ordered units of equal score, the totals of the secret ballot once it is closed (never individual
 * ballots, never a count while the box is open) and the proposals decided; as text for the leader's task
 * and as a PDF with an embedded Unicode font.
 */
@Component
public class BlockMinutes {

    private final Clock clock;

    private final BlockCycleRepository cycles;
    private final BlockRanking ranking;
    private final BallotBox box;
    private final BlockRepository blocks;
    private final PdfFonts fonts;

    public BlockMinutes(BlockCycleRepository cycles, BlockRanking ranking, BallotBox box, BlockRepository blocks,
                        PdfFonts fonts, Clock clock) {

        this.clock = clock;
        this.cycles = cycles;
        this.ranking = ranking;
        this.box = box;
        this.blocks = blocks;
        this.fonts = fonts;
    }

    public String summary(String key) {
        BlockCycleRepository.Cycle c = cycles.find(key).orElseThrow();
        StringBuilder sb = new StringBuilder("Bảng điểm và xếp hạng:\n")
                .append(BlockRanking.text(ranking.rank(c.blockId(), c.year())));
        ranking.tieBreakNotes(c.blockId(), c.year()).forEach(n -> sb.append("\n").append(n));
        if (c.ballotSessionId() != null && box.isOpen(c.ballotSessionId())) {
            BallotBox.Turnout t = box.turnout(c.ballotSessionId());
            sb.append("\n\nBỏ phiếu kín suy tôn đang diễn ra: ").append(t.votesCast()).append('/')
                    .append(t.eligibleVoters()).append(" đơn vị đã bỏ phiếu; kết quả có khi khối trưởng kết thúc bỏ phiếu.");
        } else if (c.ballotSessionId() != null) {
            Tally t = box.tally(c.ballotSessionId());
            sb.append("\n\nKết quả bỏ phiếu kín suy tôn (").append(t.votesCast()).append('/').append(t.eligibleVoters())
                    .append(" đơn vị bỏ phiếu):");
            t.candidates().forEach(x -> sb.append("\n• ").append(x.name()).append(": ").append(x.agree())
                    .append(" đồng ý, ").append(x.disagree()).append(" không đồng ý, ").append(x.blank()).append(" để trống"));
        }
        List<BlockCycleRepository.BlockProposal> proposals = cycles.proposals(key);
        sb.append("\n\nĐề nghị khen thưởng:");
        if (proposals.isEmpty()) {
            sb.append(" không có.");
        }
        proposals.forEach(p -> sb.append("\n• ").append(p.unitName()).append(": ").append(awardName(p.awardType())));
        return sb.toString();
    }

    public byte[] pdf(String key) {
        BlockCycleRepository.Cycle c = cycles.find(key).orElseThrow();
        String blockName = blocks.findByCode(c.blockCode()).orElseThrow().name();
        FontSet f = fonts.fontSet();
        return PdfPage.portrait(56, 42, 42, 42).write("Cannot lay out the minutes of block cycle " + key,
                (doc, writer) -> minutes(doc, key, c, blockName, f));
    }

    private void minutes(Document doc, String key, BlockCycleRepository.Cycle c, String blockName, FontSet f) {
        centred(doc, Letterhead.NATION, f.bold(12));
        centred(doc, Letterhead.MOTTO, f.bold(12));
        LocalDate today = LocalDate.now(clock);
        Paragraph date = new Paragraph("Tây Ninh, ngày " + today.getDayOfMonth() + " tháng " + today.getMonthValue()
                + " năm " + today.getYear(), f.italic(12));
        date.setAlignment(Element.ALIGN_RIGHT);
        doc.add(date);
        centred(doc, "BIÊN BẢN HỌP KHỐI THI ĐUA", f.bold(14));
        centred(doc, "Bình xét, suy tôn năm " + c.year() + " – " + blockName, f.bold(12));
        doc.add(new Paragraph(" ", f.regular(6)));
        doc.add(new Paragraph("1. Bảng điểm và xếp hạng (điểm cuối cùng sau chấm chéo):", f.bold(12)));
        PdfPTable table = new PdfPTable(new float[]{1f, 5f, 2f, 2f});
        table.setWidthPercentage(100);
        for (String h : List.of("Hạng", "Đơn vị", "Điểm", "Xếp loại")) {
            table.addCell(new PdfPCell(new Phrase(h, f.bold(11))));
        }
        for (BlockRanking.Ranked r : ranking.rank(c.blockId(), c.year())) {
            table.addCell(new Phrase(String.valueOf(r.rank()), f.regular(11)));
            table.addCell(new Phrase(r.unitName(), f.regular(11)));
            table.addCell(new Phrase(VietnameseNumbers.decimal(r.finalScore()), f.regular(11)));
            table.addCell(new Phrase(r.classificationName(), f.regular(11)));
        }
        doc.add(table);
        for (String note : ranking.tieBreakNotes(c.blockId(), c.year())) {
            doc.add(new Paragraph("Xếp hạng khi bằng điểm: " + note, f.italic(11)));
        }
        if (c.ballotSessionId() != null && box.isOpen(c.ballotSessionId())) {
            // an open box has no totals: printing counts between two votes would tell each unit's choice
            BallotBox.Turnout t = box.turnout(c.ballotSessionId());
            doc.add(new Paragraph("2. Bỏ phiếu kín suy tôn đang diễn ra: " + t.votesCast() + "/" + t.eligibleVoters()
                    + " đơn vị thành viên đã bỏ phiếu. Kết quả được ghi khi khối trưởng kết thúc bỏ phiếu.", f.bold(12)));
        } else if (c.ballotSessionId() != null) {
            Tally t = box.tally(c.ballotSessionId());
            doc.add(new Paragraph("2. Kết quả bỏ phiếu kín suy tôn: " + t.votesCast() + "/" + t.eligibleVoters()
                    + " đơn vị thành viên bỏ phiếu.", f.bold(12)));
            for (Tally.CandidateTotal x : t.candidates()) {
                doc.add(new Paragraph("– " + x.name() + ": " + x.agree() + " đồng ý, " + x.disagree() + " không đồng ý, "
                        + x.blank() + " để trống.", f.regular(12)));
            }
        }
        doc.add(new Paragraph("3. Đề nghị khen thưởng:", f.bold(12)));
        List<BlockCycleRepository.BlockProposal> proposals = cycles.proposals(key);
        if (proposals.isEmpty()) {
            doc.add(new Paragraph("Không có.", f.regular(12)));
        }
        for (BlockCycleRepository.BlockProposal p : proposals) {
            doc.add(new Paragraph("– " + p.unitName() + ": " + awardName(p.awardType()), f.regular(12)));
        }
        doc.add(new Paragraph(" ", f.regular(12)));
        Paragraph sign = new Paragraph("KHỐI TRƯỞNG", f.bold(12));
        sign.setAlignment(Element.ALIGN_RIGHT);
        doc.add(sign);
    }

    private static void centred(Document doc, String text, com.lowagie.text.Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        doc.add(p);
    }

    private static String awardName(String code) {
        return switch (code) {
            case "CO_TINH" -> "Cờ thi đua của Ủy ban nhân dân tỉnh";
            case "BK_TINH" -> "Bằng khen của Chủ tịch UBND tỉnh";
            default -> code;
        };
    }
}
