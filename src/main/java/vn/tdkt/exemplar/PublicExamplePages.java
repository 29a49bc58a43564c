package vn.tdkt.exemplar;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The public pages of the published model examples (no sign-in): the list, one page per example with its own address,
 * picture and Open Graph description, and the Atom 1.0 feed the provincial portal and the press take. Server-rendered,
 * Vietnamese, readable on a phone (viewport, one column that widens on larger screens); no script. Every text from
 * the database is escaped.
 */
final class PublicExamplePages {

    /** Where the public pages live. */
    static final String ROOT = "/guong-dien-hinh";
    static final String FEED = ROOT + "/nguon-tin.atom";
    private static final String STYLE = "/pages/guong-dien-hinh-cong-khai.css";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** What a page shows of one example beside its row. */
    record Shown(ModelExampleRepository.Example example, List<ModelExampleRepository.Picture> pictures,
                 List<ModelExampleRepository.Replication> replications, String movementName) {
        Long firstPicture() {
            return pictures.isEmpty() ? null : pictures.get(0).id();
        }
    }

    private PublicExamplePages() { }

    /** " · Phong trào «…»" when the example belongs to a movement, else nothing. */
    static String movementLine(Shown s) {
        return s.movementName() == null ? "" : " · Phong trào «" + esc(s.movementName()) + "»";
    }

    static String path(long id) {
        return ROOT + "/" + id;
    }

    static String picturePath(long exampleId, long pictureId) {
        return path(exampleId) + "/anh/" + pictureId;
    }

    static String list(String province, List<Shown> shown, String base) {
        StringBuilder body = new StringBuilder();
        body.append("<header><p class=\"noi-dung-phu\">Tỉnh ").append(esc(province)).append("</p>")
                .append("<h1>Gương điển hình tiên tiến</h1>")
                .append("<p>Những tấm gương người tốt, việc tốt, tập thể điển hình và mô hình mới, nhân tố mới được"
                        + " phát hiện, bồi dưỡng và biểu dương trong các phong trào thi đua của tỉnh.</p>")
                .append("<p><a href=\"").append(FEED).append("\">Nhận tin mới (nguồn tin Atom)</a></p></header><main>");
        if (shown.isEmpty()) {
            body.append("<p id=\"chua-co\">Chưa có gương điển hình nào được công bố.</p>");
        }
        body.append("<ul class=\"danh-sach\">");
        for (Shown s : shown) {
            ModelExampleRepository.Example e = s.example();
            body.append("<li class=\"the\" id=\"guong-").append(e.id()).append("\"><a href=\"").append(path(e.id()))
                    .append("\">");
            if (s.firstPicture() != null) {
                body.append("<img src=\"").append(picturePath(e.id(), s.firstPicture())).append("\" alt=\"")
                        .append(esc(e.subjectName())).append("\" loading=\"lazy\">");
            }
            body.append("<span class=\"loai\">").append(esc(e.kind().label())).append("</span><h2>")
                    .append(esc(e.title())).append("</h2></a><p>").append(esc(e.publicSummary())).append("</p>")
                    .append("<p class=\"noi-dung-phu\">").append(esc(e.unitName())).append(movementLine(s))
                    .append(" · công bố ngày ").append(day(e.publishedAt())).append(" · ").append(s.replications().size())
                    .append(" đơn vị đã nhân rộng</p></li>");
        }
        body.append("</ul></main>");
        return page("Gương điển hình tiên tiến – tỉnh " + province, "Gương điển hình tiên tiến của tỉnh " + province,
                base + ROOT, null, body.toString());
    }

    static String detail(String province, Shown s, String base) {
        ModelExampleRepository.Example e = s.example();
        StringBuilder body = new StringBuilder();
        body.append("<header><p class=\"noi-dung-phu\"><a href=\"").append(ROOT)
                .append("\">Gương điển hình tiên tiến</a> · Tỉnh ").append(esc(province)).append("</p>")
                .append("<span class=\"loai\">").append(esc(e.kind().label())).append("</span>")
                .append("<h1>").append(esc(e.title())).append("</h1>")
                .append("<p class=\"noi-dung-phu\">").append(esc(e.subjectName())).append(" · ")
                .append(esc(e.unitName())).append(movementLine(s)).append(" · công bố ngày ")
                .append(day(e.publishedAt()))
                .append("</p></header><main><article>");
        for (ModelExampleRepository.Picture p : s.pictures()) {
            body.append("<figure><img src=\"").append(picturePath(e.id(), p.id())).append("\" alt=\"")
                    .append(esc(p.caption() == null ? e.subjectName() : p.caption())).append("\">");
            if (p.caption() != null) {
                body.append("<figcaption>").append(esc(p.caption())).append("</figcaption>");
            }
            body.append("</figure>");
        }
        body.append("<p class=\"tom-tat\">").append(esc(e.publicSummary())).append("</p>");
        for (String paragraph : e.story().split("\\R+")) {
            if (!paragraph.isBlank()) {
                body.append("<p>").append(esc(paragraph.strip())).append("</p>");
            }
        }
        body.append("<h2>Kết quả, minh chứng</h2><p>").append(esc(e.evidence())).append("</p></article>")
                .append("<section id=\"nhan-rong\"><h2>Nhân rộng</h2><p><strong id=\"so-don-vi-nhan-rong\">")
                .append(s.replications().size()).append("</strong> đơn vị đã nhân rộng gương điển hình này.</p>");
        if (!s.replications().isEmpty()) {
            body.append("<ul>");
            for (ModelExampleRepository.Replication r : s.replications()) {
                body.append("<li><strong>").append(esc(r.unitName())).append("</strong> (")
                        .append(day(r.recordedAt())).append("): ").append(esc(r.note())).append("</li>");
            }
            body.append("</ul>");
        }
        body.append("</section></main>");
        String image = s.firstPicture() == null ? null : base + picturePath(e.id(), s.firstPicture());
        return page(e.title() + " – Gương điển hình tiên tiến tỉnh " + province, e.publicSummary(),
                base + path(e.id()), image, body.toString());
    }

    static String gone(String province) {
        return page("Gương điển hình đã thu hồi", "Gương điển hình này đã được thu hồi.", null, null,
                "<header><h1>Gương điển hình đã thu hồi</h1></header><main><p>Gương điển hình này đã được cơ quan"
                        + " thường trực thu hồi và không còn công bố. <a href=\"" + ROOT + "\">Xem các gương điển hình"
                        + " tiên tiến khác của tỉnh " + esc(province) + "</a>.</p></main>");
    }

    static String notFound() {
        return page("Không tìm thấy gương điển hình", "Không tìm thấy gương điển hình.", null, null,
                "<header><h1>Không tìm thấy gương điển hình</h1></header><main><p>Địa chỉ này không có gương điển"
                        + " hình nào đang công bố. <a href=\"" + ROOT + "\">Xem các gương điển hình tiên tiến</a>.</p>"
                        + "</main>");
    }

    /**
     * The Atom 1.0 feed: one entry per published example, absolute links, the time each was last changed, the
     * picture as an enclosure.
     */
    static String atom(String province, List<Shown> shown, String base, LocalDateTime now, ZoneId zone,
                       Map<Long, LocalDateTime> updated) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"vi\">\n")
                .append("  <title>").append(esc("Gương điển hình tiên tiến – tỉnh " + province)).append("</title>\n")
                .append("  <subtitle>").append(esc("Gương người tốt, việc tốt, tập thể điển hình, mô hình mới, nhân"
                        + " tố mới được biểu dương trong các phong trào thi đua")).append("</subtitle>\n")
                .append("  <id>").append(esc(base + FEED)).append("</id>\n")
                .append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(esc(base + FEED))
                .append("\"/>\n")
                .append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(esc(base + ROOT)).append("\"/>\n")
                .append("  <updated>").append(instant(shown.stream().map(s -> updated.get(s.example().id()))
                        .max(LocalDateTime::compareTo).orElse(now), zone)).append("</updated>\n")
                .append("  <author><name>").append(esc("Hội đồng Thi đua - Khen thưởng tỉnh " + province))
                .append("</name></author>\n");
        for (Shown s : shown) {
            ModelExampleRepository.Example e = s.example();
            String url = base + path(e.id());
            xml.append("  <entry>\n")
                    .append("    <id>").append(esc(url)).append("</id>\n")
                    .append("    <title>").append(esc(e.title())).append("</title>\n")
                    .append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(esc(url)).append("\"/>\n");
            if (s.firstPicture() != null) {
                ModelExampleRepository.Picture p = s.pictures().get(0);
                xml.append("    <link rel=\"enclosure\" type=\"").append(esc(p.contentType())).append("\" length=\"")
                        .append(p.sizeBytes()).append("\" href=\"")
                        .append(esc(base + picturePath(e.id(), p.id()))).append("\"/>\n");
            }
            xml.append("    <published>").append(instant(e.publishedAt(), zone)).append("</published>\n")
                    .append("    <updated>").append(instant(updated.get(e.id()), zone)).append("</updated>\n")
                    .append("    <author><name>").append(esc(e.unitName())).append("</name></author>\n")
                    .append("    <category term=\"").append(e.kind().name()).append("\" label=\"")
                    .append(esc(e.kind().label())).append("\"/>\n")
                    .append(s.movementName() == null ? "" : "    <category term=\"phong-trao-" + e.movementId()
                            + "\" label=\"" + esc("Phong trào " + s.movementName()) + "\"/>\n")
                    .append("    <summary type=\"text\">").append(esc(e.publicSummary())).append("</summary>\n")
                    .append("  </entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }

    private static String page(String title, String description, String url, String image, String body) {
        StringBuilder head = new StringBuilder("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(esc(title)).append("</title>")
                .append("<meta name=\"description\" content=\"").append(esc(description)).append("\">")
                .append("<meta property=\"og:locale\" content=\"vi_VN\">")
                .append("<meta property=\"og:type\" content=\"article\">")
                .append("<meta property=\"og:title\" content=\"").append(esc(title)).append("\">")
                .append("<meta property=\"og:description\" content=\"").append(esc(description)).append("\">");
        if (url != null) {
            head.append("<meta property=\"og:url\" content=\"").append(esc(url)).append("\">")
                    .append("<link rel=\"canonical\" href=\"").append(esc(url)).append("\">");
        }
        if (image != null) {
            head.append("<meta property=\"og:image\" content=\"").append(esc(image)).append("\">");
        }
        head.append("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Gương điển hình tiên tiến\" href=\"")
                .append(FEED).append("\">")
                .append("<link rel=\"stylesheet\" href=\"").append(STYLE).append("\"></head><body>");
        return head.append(body).append("<footer><p>Trang công khai của Hội đồng Thi đua - Khen thưởng tỉnh.</p>"
                + "</footer></body></html>\n").toString();
    }

    private static String day(LocalDateTime t) {
        return t == null ? "" : DAY.format(t);
    }

    private static String instant(LocalDateTime t, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.atZone(zone).toOffsetDateTime().withNano(0));
    }

    /** Escapes text for HTML and XML (elements and attributes). */
    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // characters XML 1.0 does not allow are dropped
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
