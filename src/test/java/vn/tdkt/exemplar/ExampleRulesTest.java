package vn.tdkt.exemplar;

import org.junit.jupiter.api.Test;
import vn.tdkt.documents.FileFormat;
import vn.tdkt.refusal.Refusal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of a model example and of the answers on it; the picture checks; the status moves. */
class ExampleRulesTest {

    static final String STORY = "Anh Bảy chuyển đổi 5 ha đất lúa kém hiệu quả sang trồng mãng cầu hữu cơ, giúp nhiều hộ.";

    @Test
    void aCompleteExampleIsAcceptedAndEachMissingPartIsNamed() {
        assertThat(ExampleRules.content(new ExampleInput("PERSON", "Nông dân sản xuất giỏi", "Nguyễn Văn Bảy", STORY,
                "Thu nhập 800 triệu đồng/năm."))).isEmpty();
        assertThat(ExampleRules.content(new ExampleInput("ROBOT", "Ngắn", "", "ngắn", 5)))
                .hasSize(5).anyMatch(e -> e.contains("Loại gương điển hình"))
                .anyMatch(e -> e.startsWith("Câu chuyện") && e.contains("50"))
                .anyMatch(e -> e.startsWith("Minh chứng"));
    }

    @Test
    void returnsRefusalsAndWithdrawalsMustSayWhy() {
        assertThat(ExampleRules.headAnswer("approve", null)).isEmpty();
        assertThat(ExampleRules.headAnswer("return", " ")).singleElement().asString().contains("lý do");
        assertThat(ExampleRules.headAnswer("có lẽ", null)).hasSize(1);
        assertThat(ExampleRules.vettingAnswer("refuse", null, null, null)).singleElement().asString()
                .contains("không công nhận");
        assertThat(ExampleRules.vettingAnswer("return", "Bổ sung số liệu", null, null)).isEmpty();
        assertThat(ExampleRules.publishAnswer("return", "")).hasSize(1);
        assertThat(ExampleRules.publishAnswer("approve", null)).isEmpty();
        assertThat(ExampleRules.monitorAnswer("withdraw", null)).singleElement().asString().contains("thu hồi");
        assertThat(ExampleRules.monitorAnswer("close", null)).isEmpty();
        assertThat(ExampleRules.monitorAnswer("xoa", "x")).hasSize(1);
    }

    @Test
    void acceptingNeedsANurturePlanAndAPublicSummary() {
        assertThat(ExampleRules.vettingAnswer("accept", null, null, "ngắn"))
                .anyMatch(e -> e.startsWith("Kế hoạch bồi dưỡng")).anyMatch(e -> e.startsWith("Tóm tắt để công bố"));
        assertThat(ExampleRules.vettingAnswer("accept", null, "Tuyên truyền trên báo tỉnh, chia sẻ tại hội nghị.",
                "Một nông dân giúp 12 hộ thoát nghèo.")).isEmpty();
        assertThat(ExampleRules.followUpReport("ngắn")).hasSize(1);
        assertThat(ExampleRules.replicationNote("Áp dụng cách làm tại 3 xã.")).isEmpty();
    }

    @Test
    void onlyRealPngAndJpegPicturesWithinTheLimitAreTaken() {
        assertThat(ExamplePictures.check("anh.png", TestPictures.png(20, 20, 0x8e1414), 100_000))
                .isEqualTo(FileFormat.PNG);
        assertThat(ExamplePictures.check("anh.jpg", TestPictures.jpeg(20, 20, 0x1c4f8f), 100_000))
                .isEqualTo(FileFormat.JPEG);
        assertThatThrownBy(() -> ExamplePictures.check("anh.png", "<svg onload=alert(1)>".getBytes(
                StandardCharsets.UTF_8), 100_000)).isInstanceOf(Refusal.class).hasMessageContaining("không phải ảnh");
        assertThatThrownBy(() -> ExamplePictures.check("anh.jpg", TestPictures.png(20, 20, 0), 100_000))
                .hasMessageContaining("không đúng đuôi");
        assertThatThrownBy(() -> ExamplePictures.check("anh.png", TestPictures.png(200, 200, 0), 100))
                .hasMessageContaining("vượt mức tối đa");
        assertThatThrownBy(() -> ExamplePictures.check("anh.png", new byte[0], 100)).hasMessageContaining("rỗng");
        assertThatThrownBy(() -> ExamplePictures.check("ho-so.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII),
                100_000)).hasMessageContaining("không phải ảnh");
    }

    @Test
    void nothingReachesThePublicButThroughAcceptanceAndApproval() {
        assertThat(ExampleStatus.DRAFT.canMoveTo(ExampleStatus.PUBLISHED)).isFalse();
        assertThat(ExampleStatus.VETTING.canMoveTo(ExampleStatus.PUBLISHED)).isFalse();
        assertThat(ExampleStatus.ACCEPTED.canMoveTo(ExampleStatus.PUBLISHED)).isTrue();
        assertThat(ExampleStatus.WITHDRAWN.canMoveTo(ExampleStatus.PUBLISHED)).isFalse();
        assertThat(ExampleStatus.PUBLISHED.canMoveTo(ExampleStatus.WITHDRAWN)).isTrue();
        assertThat(java.util.Arrays.stream(ExampleStatus.values()).filter(ExampleStatus::isPublic))
                .containsExactlyInAnyOrder(ExampleStatus.PUBLISHED, ExampleStatus.CLOSED);
    }

    @Test
    void textIsEscapedForHtmlAndXml() {
        assertThat(PublicExamplePages.esc("<script>\"a\" & 'b'</script>\u0001"))
                .isEqualTo("&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;");
    }

    /** Small pictures made in code (no binary files in the repository). */
    static final class TestPictures {
        private TestPictures() { }

        static byte[] png(int w, int h, int rgb) {
            return image(w, h, rgb, "png");
        }

        static byte[] jpeg(int w, int h, int rgb) {
            return image(w, h, rgb, "jpg");
        }

        private static byte[] image(int w, int h, int rgb, String format) {
            java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(w, h,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < w; x++) {
                for (int y = 0; y < h; y++) {
                    img.setRGB(x, y, (x + y) % 7 == 0 ? 0xd9a520 : rgb);
                }
            }
            try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                javax.imageio.ImageIO.write(img, format, out);
                return out.toByteArray();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
