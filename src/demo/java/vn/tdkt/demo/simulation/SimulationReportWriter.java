package vn.tdkt.demo.simulation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a run's {@code summary.json} and {@code report.html}: the page draws its charts as inline SVG, with no
 * script and nothing fetched, so it opens offline.
 */
public final class SimulationReportWriter {

    private SimulationReportWriter() { }

    public static void write(SimulationReport r, Path dir) {
        try {
            Files.createDirectories(dir);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(dir.resolve("summary.json").toFile(), r);
            Files.writeString(dir.resolve("report.html"), html(r), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Không ghi được báo cáo mô phỏng vào " + dir, e);
        }
    }

    static String html(SimulationReport r) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Mô phỏng năm thi đua – khen thưởng</title>")
                .append("<style>body{font-family:sans-serif;margin:2em;max-width:1100px;color:#222}h1{color:#a00}")
                .append("table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;padding:3px 8px;text-align:left}")
                .append("td.n{text-align:right}.ok{color:#070}.bad{color:#b00;font-weight:bold}svg{display:block;margin:.5em 0 1.5em}</style>")
                .append("</head><body>");
        h.append("<h1>Mô phỏng một năm thi đua – khen thưởng của tỉnh</h1>");
        h.append("<p>Chạy lúc ").append(esc(r.startedAt())).append(" trên ").append(esc(r.database())).append(", mã lượt chạy <b>")
                .append(esc(r.tag())).append("</b>: ").append(r.blocks()).append(" khối, ").append(r.units()).append(" đơn vị, ")
                .append(r.proposals()).append(" hồ sơ đề nghị (năm thành tích ").append(r.periodYear()).append("), ")
                .append(r.councilSessions()).append(" phiên họp Hội đồng; ").append(r.workers())
                .append(r.workers() == 1 ? " luồng xử lý.</p>" : " luồng xử lý song song.</p>");
        h.append("<p class=\"").append(r.consistent() ? "ok\">Mọi phiên chạy kết thúc đúng như dữ liệu đã định." : "bad\">Có sai lệch: xem các bảng dưới.")
                .append("</p>");
        h.append("<table><tr><th>Chỉ số</th><th>Giá trị</th></tr>")
                .append(row("Tổng thời gian", secs(r.wallMillis())))
                .append(row("Thông lượng hồ sơ đề nghị (từ lập hồ sơ đến quyết định)", String.format(Locale.ROOT, "%.2f hồ sơ/giây", r.proposalsPerSecond())))
                .append(row("Thời gian trên mỗi hồ sơ đề nghị", String.format(Locale.ROOT, "%.0f ms", r.wallMillisPerProposal())))
                .append(row("Phiên chạy quy trình đã khởi động", String.valueOf(r.instancesStarted())))
                .append(row("Việc (user task) đã hoàn thành", String.valueOf(r.tasksCompleted())))
                .append(row("Sự cố (incident)", String.valueOf(r.incidents())))
                .append(row("Tác vụ nền còn lại", String.valueOf(r.jobsLeft())))
                .append(row("Chuỗi kiểm toán", r.auditRecords() + " bản ghi, " + (r.auditIntact() ? "nguyên vẹn" : "BỊ PHÁ VỠ: " + esc(r.auditProblem()))))
                .append(row("Văn bản PDF đã in", r.pdfs() + " (" + r.pdfBytes() / 1024 + " KB)"))
                .append(row("Tài liệu hồ sơ đã tải lên", String.valueOf(r.dossierDocuments())))
                .append(row("Thông báo trong hộp thư đi", String.valueOf(r.notifications())))
                .append(row("Đề nghị do khối lập, chờ đơn vị hoàn thiện hồ sơ", String.valueOf(r.blockCycleProposalsWaiting())))
                .append("</table>");

        h.append("<h2>Thời gian theo giai đoạn</h2>");
        List<String[]> bars = new ArrayList<>();
        r.stages().forEach(s -> bars.add(new String[]{s.label(), String.valueOf(s.wallMillis() / 1000.0), secs(s.wallMillis())}));
        h.append(barChart(bars, "#c33"));
        h.append("<table><tr><th>Giai đoạn</th><th>Thời gian thực</th><th>Thời gian của máy quy trình</th><th>Phiên khởi động</th>")
                .append("<th>Việc hoàn thành</th><th>Việc/giây</th></tr>");
        r.stages().forEach(s -> h.append("<tr><td>").append(esc(s.label())).append("</td><td class=n>").append(secs(s.wallMillis()))
                .append("</td><td class=n>").append(String.format(Locale.ROOT, "%.1f ngày", s.engineMillis() / 86_400_000.0))
                .append("</td><td class=n>").append(s.instancesStarted()).append("</td><td class=n>").append(s.tasksCompleted())
                .append("</td><td class=n>").append(String.format(Locale.ROOT, "%.1f", s.tasksPerSecond())).append("</td></tr>"));
        h.append("</table>");

        h.append("<h2>Thông lượng theo giai đoạn (việc/giây)</h2>");
        List<String[]> rates = new ArrayList<>();
        r.stages().forEach(s -> rates.add(new String[]{s.label(), String.valueOf(s.tasksPerSecond()),
                String.format(Locale.ROOT, "%.1f", s.tasksPerSecond())}));
        h.append(barChart(rates, "#36c"));

        h.append("<h2>Đúng hạn theo bước (SLA)</h2>");
        List<String[]> sla = new ArrayList<>();
        r.sla().forEach(s -> sla.add(new String[]{s.taskName(), String.valueOf(s.completed() == 0 ? 0 : 100.0 * s.met() / s.completed()),
                s.met() + "/" + s.completed() + " đúng hạn"}));
        h.append(sla.isEmpty() ? "<p>Không có bước nào có hạn xử lý.</p>" : barChart(sla, "#393"));

        h.append("<h2>Khen thưởng theo loại</h2>");
        List<String[]> awards = new ArrayList<>();
        r.awardsByKind().forEach((k, n) -> awards.add(new String[]{k, String.valueOf(n), String.valueOf(n)}));
        h.append(barChart(awards, "#c90"));

        h.append("<h2>Hồ sơ đề nghị: kịch bản và kết quả</h2><table><tr><th>Kịch bản</th><th>Số hồ sơ</th></tr>");
        r.proposalsByPlan().forEach((k, n) -> h.append(row(k, String.valueOf(n))));
        h.append("</table><table><tr><th>Trạng thái cuối</th><th>Số hồ sơ</th></tr>");
        r.proposalStatuses().forEach((k, n) -> h.append(row(k, String.valueOf(n))));
        h.append("</table>");
        if (!r.proposalMismatches().isEmpty()) {
            h.append("<p class=bad>Sai lệch:</p><ul>");
            r.proposalMismatches().stream().limit(50).forEach(m -> h.append("<li>").append(esc(m)).append("</li>"));
            h.append("</ul>");
        }

        h.append("<h2>Phiên chạy theo quy trình và trạng thái cuối</h2><table><tr><th>Quy trình</th><th>Trạng thái</th>")
                .append("<th>Kết thúc tại / đang chờ tại</th><th>Số phiên</th></tr>");
        r.processes().forEach(p -> h.append("<tr><td>").append(esc(p.processKey())).append("</td><td>").append(esc(p.state()))
                .append("</td><td>").append(esc(p.at())).append("</td><td class=n>").append(p.count()).append("</td></tr>"));
        h.append("</table>");

        h.append("<h2>Xếp hạng các khối</h2><table><tr><th>Khối</th><th>Hạng 1</th><th>Hạng 2</th><th>Hạng 3</th><th>Đúng điểm đã định</th></tr>");
        for (SimulationReport.BlockRanking b : r.rankings()) {
            h.append("<tr><td>").append(esc(b.blockName())).append("</td>");
            for (int i = 0; i < 3; i++) {
                h.append("<td>");
                if (i < b.top().size()) {
                    SimulationReport.RankRow row = b.top().get(i);
                    h.append(esc(row.unitName())).append(" (").append(String.format(Locale.ROOT, "%.2f", row.score())).append(")");
                }
                h.append("</td>");
            }
            h.append("<td class=").append(b.matches() ? "ok>đúng" : "bad>sai").append("</td></tr>");
        }
        h.append("</table></body></html>\n");
        return h.toString();
    }

    /** A horizontal bar chart: rows of {label, value, text shown after the bar}. */
    static String barChart(List<String[]> rows, String colour) {
        double max = rows.stream().mapToDouble(r -> Double.parseDouble(r[1])).max().orElse(1);
        int labelWidth = 380;
        int barWidth = 520;
        int rowHeight = 22;
        StringBuilder s = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + (labelWidth + barWidth + 140)
                + "\" height=\"" + (rows.size() * rowHeight + 4) + "\" font-size=\"12\" font-family=\"sans-serif\">");
        for (int i = 0; i < rows.size(); i++) {
            double v = Double.parseDouble(rows.get(i)[1]);
            int w = max <= 0 ? 0 : (int) Math.round(barWidth * v / max);
            int y = i * rowHeight;
            s.append("<text x=\"").append(labelWidth - 6).append("\" y=\"").append(y + 15).append("\" text-anchor=\"end\">")
                    .append(esc(shorten(rows.get(i)[0]))).append("</text>")
                    .append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 3).append("\" width=\"").append(Math.max(w, 1))
                    .append("\" height=\"").append(rowHeight - 6).append("\" fill=\"").append(colour).append("\"/>")
                    .append("<text x=\"").append(labelWidth + w + 6).append("\" y=\"").append(y + 15).append("\">")
                    .append(esc(rows.get(i)[2])).append("</text>");
        }
        return s.append("</svg>").toString();
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 58) + "…" : s;
    }

    private static String row(String k, String v) {
        return "<tr><td>" + esc(k) + "</td><td>" + v + "</td></tr>";
    }

    private static String secs(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

}
