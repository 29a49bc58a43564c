package vn.tdkt.demo;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.tdkt.exemplar.ExamplePictures;
import vn.tdkt.exemplar.ModelExampleRepository;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Model examples of the demo province (gương điển hình tiên tiến), run through the model-example process as the
 * province's people would: three published (a farmer, a women's savings group, a youth model) with pictures drawn
 * here in code, on the public page /guong-dien-hinh and in its feed; one with the Sở Nội vụ's specialists for
 * vetting. Idempotent: nothing is added once an example exists.
 */
@Component
@Order(60)
@ConditionalOnProperty(name = "tdkt.demo.enabled", havingValue = "true")
public class DemoModelExampleSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoModelExampleSeeder.class);

    private final JdbcClient jdbc;
    private final DemoActions actions;
    private final FormService formService;
    private final TaskService taskService;
    private final RepositoryService repositoryService;
    private final ModelExampleRepository examples;
    private final ExamplePictures pictures;

    public DemoModelExampleSeeder(JdbcClient jdbc, DemoActions actions, FormService formService,
                                  TaskService taskService, RepositoryService repositoryService,
                                  ModelExampleRepository examples, ExamplePictures pictures) {
        this.jdbc = jdbc;
        this.actions = actions;
        this.formService = formService;
        this.taskService = taskService;
        this.repositoryService = repositoryService;
        this.examples = examples;
        this.pictures = pictures;
    }

    /** One demo example: its unit, content, picture colours, and whether it gets published. */
    record Sample(String unit, String kind, String title, String subject, String story, String evidence,
                  String summary, Color sky, Color ground, boolean publish) { }

    static final List<Sample> SAMPLES = List.of(
            new Sample("hnd", "PERSON", "Nông dân sản xuất giỏi, giúp nhau thoát nghèo dưới chân núi Bà Đen",
                    "Ông Nguyễn Văn Tư, ấp Ninh Trung, phường Ninh Thạnh",
                    "Từ 2 ha đất trồng mì kém hiệu quả, ông Tư chuyển sang trồng mãng cầu theo quy trình hữu cơ, đầu tư"
                            + " tưới tiết kiệm và liên kết với hợp tác xã để bao tiêu sản phẩm.\nÔng trực tiếp hướng dẫn"
                            + " kỹ thuật cho 25 hộ trong ấp, cho 6 hộ khó khăn mượn giống và vốn không lấy lãi.",
                    "Thu nhập năm 2025 đạt 850 triệu đồng; 6 hộ được giúp đỡ đã thoát nghèo; Giấy khen của Hội Nông"
                            + " dân tỉnh năm 2024.",
                    "Một nông dân Tây Ninh làm giàu từ mãng cầu hữu cơ và giúp 6 hộ khó khăn thoát nghèo.",
                    new Color(0x87CEEB), new Color(0x2E7D32), true),
            new Sample("hlhpn", "COLLECTIVE", "Chi hội phụ nữ tiết kiệm giúp nhau phát triển kinh tế gia đình",
                    "Chi hội Phụ nữ ấp Long Hưng",
                    "Chi hội duy trì tổ tiết kiệm hằng tháng, mỗi hội viên góp 100.000 đồng; quỹ xoay vòng cho hội"
                            + " viên khó khăn vay không lãi để chăn nuôi, buôn bán nhỏ.\nChi hội phối hợp trạm y tế"
                            + " tuyên truyền chăm sóc sức khỏe bà mẹ, trẻ em.",
                    "Quỹ đạt 320 triệu đồng; 41 lượt hội viên được vay; 100% hộ hội viên không còn hộ nghèo.",
                    "Tổ tiết kiệm xoay vòng của chi hội phụ nữ giúp 41 lượt hội viên có vốn làm ăn.",
                    new Color(0xFFE0B2), new Color(0xC62828), true),
            new Sample("tdoan", "MODEL", "Mô hình «Thanh niên tình nguyện hỗ trợ dịch vụ công trực tuyến»",
                    "Đội thanh niên tình nguyện số hóa",
                    "Các đội thanh niên tình nguyện túc trực tại bộ phận một cửa của xã, phường, hướng dẫn người dân"
                            + " tạo tài khoản định danh điện tử và nộp hồ sơ dịch vụ công trực tuyến.\nMô hình được"
                            + " triển khai tại 20 xã, phường sau khi sắp xếp đơn vị hành chính.",
                    "Hỗ trợ 12.500 lượt người dân; tỉ lệ hồ sơ trực tuyến tại các xã có đội tăng từ 35% lên 78%.",
                    "Thanh niên tình nguyện giúp 12.500 lượt người dân làm dịch vụ công trực tuyến.",
                    new Color(0xBBDEFB), new Color(0x1565C0), true),
            new Sample("syt", "MODEL", "Mô hình khám, tư vấn sức khỏe từ xa cho người cao tuổi vùng biên giới",
                    "Trung tâm Y tế khu vực biên giới",
                    "Bác sĩ tuyến tỉnh khám, tư vấn qua cầu truyền hình cho người cao tuổi tại trạm y tế các xã biên"
                            + " giới, kết hợp cấp thuốc và theo dõi bệnh mãn tính.",
                    "Khám, tư vấn cho 2.300 lượt người cao tuổi tại 9 xã biên giới năm 2025.",
                    null, new Color(0xE1F5FE), new Color(0x00897B), false));

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT COUNT(*) FROM model_example").query(Integer.class).single() > 0) {
            return;
        }
        String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey("model-example")
                .latestVersion().singleResult().getId();
        for (Sample s : SAMPLES) {
            seed(definition, s);
        }
        log.info("Demo model examples seeded: {} ({} published)", SAMPLES.size(),
                SAMPLES.stream().filter(Sample::publish).count());
    }

    private void seed(String definition, Sample s) {
        String officer = "canbo." + s.unit();
        ProcessInstance pi = actions.as(officer, () -> formService.submitStartForm(definition, Variables
                .createVariables().putValue("exampleKind", s.kind()).putValue("title", s.title())
                .putValue("subjectName", s.subject()).putValue("story", s.story()).putValue("evidence", s.evidence())));
        long id = ((Number) actions.as(officer, () -> taskService.getVariable(task(pi, "Task_ExampleDossier").getId(),
                "exampleId"))).longValue();
        ModelExampleRepository.Example example = examples.find(id).orElseThrow();
        pictures.store(example, "anh-" + s.unit() + ".png", s.subject(), picture(s.sky(), s.ground(), 640, 420), officer);
        pictures.store(example, "anh-" + s.unit() + "-2.jpg", "Hoạt động của " + s.subject(),
                jpeg(s.ground(), s.sky(), 480, 320), officer);
        actions.complete(task(pi, "Task_ExampleDossier"), officer, Map.of());
        actions.complete(task(pi, "Task_ExampleHeadReview"), "thutruong." + s.unit(), Map.of("headDecision", "approve"));
        if (!s.publish()) {
            return;
        }
        actions.complete(task(pi, "Task_ExampleVetting"), "thamdinh", Map.of("vettingDecision", "accept",
                "putForward", false,
                "nurturePlan", "Tuyên truyền trên Báo Tây Ninh, Đài Phát thanh - Truyền hình và cổng thông tin điện tử"
                        + " tỉnh; tổ chức chia sẻ cách làm tại hội nghị sơ kết phong trào; báo cáo định kỳ mỗi quý.",
                "publicSummary", s.summary()));
        actions.complete(task(pi, "Task_ExamplePublishApproval"), "lanhdao.snv", Map.of("publishDecision", "approve"));
    }

    private Task task(ProcessInstance pi, String key) {
        return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
    }

    /** A small landscape: sky, sun, hills and a field in the sample's colours (drawn here, no file from elsewhere). */
    static byte[] picture(Color sky, Color ground, int w, int h) {
        return encode(draw(sky, ground, w, h), "png");
    }

    static byte[] jpeg(Color sky, Color ground, int w, int h) {
        return encode(draw(sky, ground, w, h), "jpg");
    }

    private static BufferedImage draw(Color sky, Color ground, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, sky, 0, h * 0.6f, Color.WHITE));
            g.fillRect(0, 0, w, h);
            g.setColor(new Color(0xFDD835));
            g.fillOval(w * 3 / 4, h / 10, h / 5, h / 5);
            g.setColor(ground.darker());
            g.fillPolygon(new int[] {0, w / 3, w * 2 / 3, w}, new int[] {h * 2 / 3, h / 4, h / 2, h * 2 / 3}, 4);
            g.setColor(ground);
            g.fillRect(0, h * 2 / 3, w, h / 3);
            g.setColor(ground.brighter());
            for (int x = 0; x < w; x += 24) {
                g.drawLine(x, h, w / 2, h * 2 / 3);
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    private static byte[] encode(BufferedImage img, String format) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(img, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
