package vn.tdkt.block.cycle;

import java.util.List;

/** A plain SVG bar chart of the block's final scores (no script, no external resource). */
public final class ScoreChart {

    private ScoreChart() { }

    public static String svg(String title, List<BlockRanking.Ranked> ranked) {
        int rowHeight = 28;
        int height = 60 + Math.max(1, ranked.size()) * rowHeight;
        double max = ranked.stream().mapToDouble(r -> r.finalScore().doubleValue()).max().orElse(100);
        StringBuilder sb = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"760\" height=\"")
                .append(height).append("\" font-family=\"Liberation Serif, Times New Roman, serif\" font-size=\"13\">")
                .append("<text x=\"10\" y=\"24\" font-size=\"16\" font-weight=\"bold\">").append(xml(title))
                .append("</text>");
        if (ranked.isEmpty()) {
            sb.append("<text x=\"10\" y=\"60\">Chưa có bảng điểm cuối cùng.</text>");
        }
        int y = 44;
        for (BlockRanking.Ranked r : ranked) {
            int width = (int) Math.round(420 * r.finalScore().doubleValue() / Math.max(max, 1));
            sb.append("<text x=\"10\" y=\"").append(y + 17).append("\">").append(r.rank()).append(". ")
                    .append(xml(r.unitName())).append("</text>")
                    .append("<rect x=\"250\" y=\"").append(y + 4).append("\" width=\"").append(Math.max(width, 1))
                    .append("\" height=\"18\" fill=\"").append(r.rank() == 1 ? "#b71c1c" : "#1565c0").append("\"/>")
                    .append("<text x=\"").append(256 + width).append("\" y=\"").append(y + 17).append("\">")
                    .append(vn.tdkt.format.VietnameseNumbers.decimal(r.finalScore())).append("</text>");
            y += rowHeight;
        }
        return sb.append("</svg>").toString();
    }

    /** XML escaping only: HTML entity names (&ocirc;…) are not defined in SVG. */
    static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
