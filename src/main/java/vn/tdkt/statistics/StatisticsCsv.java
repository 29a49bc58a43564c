package vn.tdkt.statistics;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** A cell's awards as CSV (UTF-8 with a byte-order mark, so that spreadsheet programs read the Vietnamese right). */
final class StatisticsCsv {

    private StatisticsCsv() { }

    static byte[] cellList(List<AwardFact> awards) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, StatisticsDocument.LIST_HEADINGS);
        int n = 1;
        for (AwardFact a : awards) {
            line(out, StatisticsDocument.listLine(n++, a));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String c = cells.get(i);
            // a cell a spreadsheet would run as a formula is quoted with a leading apostrophe
            if (!c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0) {
                c = "'" + c;
            }
            out.append('"').append(c.replace("\"", "\"\"")).append('"');
        }
        out.append("\r\n");
    }
}
