package vn.tdkt.browser;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.tdkt.identity.Role;
import vn.tdkt.identity.TasklistFilters;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A model example (gương điển hình tiên tiến, model-example) from proposal to withdrawal, in Tasklist and on the pages:
 * a unit's TĐKT officer proposes it in the start dialog and uploads its picture on the example's page; the unit's
 * head returns it once with a reason, the officer completes it, the head approves; the Sở Nội vụ's specialist accepts
 * it with a nurture plan and a public summary; the Sở's leader approves publishing; an anonymous browser finds it on
 * the public page (with its picture) and in the Atom feed; another unit records that it replicated it; the nurture
 * plan's follow-up report (the engine's timer fired) is written by the unit; the leader withdraws it and the
 * anonymous browser finds it gone from the page and the feed.
 */
final class ModelExampleScene {

    static final String PROCESS = "Gương điển hình tiên tiến";
    static final String DOSSIER = "Hoàn thiện hồ sơ gương điển hình";
    static final String HEAD_REVIEW = "Thủ trưởng duyệt đề nghị gương điển hình";
    static final String VETTING = "Xem xét, công nhận gương điển hình";
    static final String PUBLISH_APPROVAL = "Duyệt đăng tin gương điển hình";
    static final String MONITOR = "Theo dõi gương điển hình đã công bố";
    static final String FOLLOW_UP = "Báo cáo bồi dưỡng, nhân rộng gương điển hình";
    static final String UNIT = "ttpvhcc";
    static final String REPLICATING_UNIT = "sct";

    private ModelExampleScene() { }

    static void run(Scene scene) {
        String title = "Mô hình «Một cửa không chờ» tại Trung tâm Phục vụ hành chính công – "
                + System.currentTimeMillis() % 100000;
        ProcessInstance pi = officerProposes(scene, title);
        long id = ((Number) scene.engine().getRuntimeService().getVariable(pi.getId(), "exampleId")).longValue();
        officerUploadsAPicture(scene, id);
        officerSendsTheDossier(scene, pi, null);
        headDecides(scene, pi, "Trả lại để hoàn thiện", "Đề nghị bổ sung số liệu về thời gian chờ của người dân.");
        officerSendsTheDossier(scene, pi, "Thời gian chờ trung bình giảm từ 45 phút xuống 8 phút; 98% người dân hài"
                + " lòng (khảo sát năm 2025).");
        headDecides(scene, pi, "Đồng ý đề nghị", null);
        specialistAccepts(scene, pi);
        leaderApprovesPublishing(scene, pi);
        anonymousReadsThePageAndTheFeed(scene, id, title);
        anotherUnitReplicates(scene, id);
        officerReportsTheFollowUp(scene, pi);
        leaderWithdraws(scene, pi);
        anonymousFindsItGone(scene, id, title);
    }

    private static ProcessInstance officerProposes(Scene scene, String title) {
        Tasklist tasklist = Tasklist.switchTo(scene.driver(), scene.base(), "canbo." + UNIT);
        tasklist.startProcess(PROCESS);
        assertThat(tasklist.formText()).contains("Loại gương điển hình", "Câu chuyện, thành tích nổi bật");
        tasklist.radio("Loại gương điển hình", "Mô hình mới, nhân tố mới");
        tasklist.fill("Tên gương điển hình", title);
        tasklist.fill("Tên cá nhân, tập thể hoặc mô hình", "Bộ phận một cửa, Trung tâm Phục vụ hành chính công tỉnh");
        tasklist.fill("Câu chuyện, thành tích nổi bật", "Trung tâm bố trí cán bộ hướng dẫn tại sảnh, hẹn giờ nhận kết"
                + " quả qua tin nhắn và trả kết quả tại nhà, để người dân không phải chờ đợi.");
        tasklist.fill("Minh chứng (kết quả, số liệu, khen thưởng đã có)", "Giải quyết đúng hạn 99,6% hồ sơ năm 2025.");
        scene.shot("guong-can-bo-de-nghi");
        tasklist.submitStartForm();
        ProcessInstance pi = scene.engine().getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("model-example").variableValueEquals("title", title).singleResult();
        assertThat(pi).as("the example's instance").isNotNull();
        scene.ledger().started(pi.getId());
        new WebDriverWait(scene.driver(), Duration.ofSeconds(30)).until(d ->
                !d.findElements(By.id("tdkt-start-confirmation")).isEmpty()
                        && d.findElement(By.id("tdkt-start-confirmation")).getText().contains(pi.getBusinessKey()));
        return pi;
    }

    /** On the example's page (the link of the dossier form), the officer chooses a picture and uploads it. */
    private static void officerUploadsAPicture(Scene scene, long id) {
        scene.driver().get(scene.base() + "/pages/guong-dien-hinh.html?id=" + id);
        WebElement file = HeadlessChromium.find(scene.driver(), By.id("tep"), "guong-trang-tai-anh");
        new WebDriverWait(scene.driver(), Duration.ofSeconds(30)).until(d -> d.findElement(By.id("tai-anh")).isDisplayed());
        file.sendKeys(picture().toAbsolutePath().toString());
        scene.driver().findElement(By.id("chu-thich")).sendKeys("Sảnh tiếp nhận hồ sơ một cửa");
        HeadlessChromium.click(scene.driver(), scene.driver().findElement(By.id("nut-tai-len")));
        WebElement result = scene.driver().findElement(By.id("ket-qua-tai-len"));
        new WebDriverWait(scene.driver(), Duration.ofSeconds(30)).until(d -> result.getAttribute("class")
                .contains("thanh-cong") || result.getAttribute("class").contains("loi"));
        assertThat(result.getAttribute("class")).as(result.getText()).contains("thanh-cong");
        new WebDriverWait(scene.driver(), Duration.ofSeconds(30)).until(d ->
                !d.findElements(By.cssSelector("#anh img")).isEmpty());
        scene.shot("guong-can-bo-tai-anh");
        assertThat(pictureCount(scene, id)).isEqualTo(1);
        officerRemovesAWrongPicture(scene, id);
    }

    /**
     * A second picture chosen by mistake: uploaded, then removed with its «Xóa ảnh» button (confirmed in the
     * browser's dialog); the first picture stays.
     */
    private static void officerRemovesAWrongPicture(Scene scene, long id) {
        WebElement file = scene.driver().findElement(By.id("tep"));
        file.sendKeys(picture().toAbsolutePath().toString());
        WebElement caption = scene.driver().findElement(By.id("chu-thich"));
        caption.clear();
        caption.sendKeys("Ảnh chọn nhầm");
        HeadlessChromium.click(scene.driver(), scene.driver().findElement(By.id("nut-tai-len")));
        new WebDriverWait(scene.driver(), Duration.ofSeconds(30)).until(d ->
                d.findElements(By.cssSelector("#anh img")).size() == 2);
        List<WebElement> removes = scene.driver().findElements(By.cssSelector("#anh button.xoa-anh"));
        assertThat(removes).hasSize(2);
        HeadlessChromium.click(scene.driver(), removes.get(1));
        new WebDriverWait(scene.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent()).accept();
        new WebDriverWait(scene.driver(), Duration.ofSeconds(30)).until(d ->
                d.findElements(By.cssSelector("#anh img")).size() == 1
                        && d.findElement(By.id("ket-qua-tai-len")).getText().startsWith("Đã xóa ảnh"));
        scene.shot("guong-can-bo-xoa-anh");
        assertThat(pictureCount(scene, id)).isEqualTo(1);
        assertThat(scene.jdbc().sql("SELECT caption FROM model_example_picture WHERE example_id = ?").param(id)
                .query(String.class).single()).isEqualTo("Sảnh tiếp nhận hồ sơ một cửa");
    }

    private static int pictureCount(Scene scene, long id) {
        return scene.jdbc().sql("SELECT COUNT(*) FROM model_example_picture WHERE example_id = ?").param(id)
                .query(Integer.class).single();
    }

    private static void officerSendsTheDossier(Scene scene, ProcessInstance pi, String evidence) {
        Tasklist tasklist = Tasklist.switchTo(scene.driver(), scene.base(), "canbo." + UNIT);
        Task dossier = task(scene, pi, "Task_ExampleDossier");
        tasklist.filter(TasklistFilters.MY_TASKS);
        tasklist.openFromList(dossier.getId(), DOSSIER);
        tasklist.claim();
        assertThat(tasklist.formText()).contains("Tải ảnh (PNG hoặc JPEG) trên trang");
        if (evidence != null) {
            assertThat(tasklist.formText()).contains("thời gian chờ của người dân");
            tasklist.fill("Minh chứng (kết quả, số liệu, khen thưởng đã có)", evidence);
        }
        scene.shot(evidence == null ? "guong-can-bo-trinh-thu-truong" : "guong-can-bo-hoan-thien-lai");
        tasklist.complete(dossier.getId());
        assertThat(task(scene, pi, "Task_ExampleHeadReview")).as("with the head").isNotNull();
    }

    private static void headDecides(Scene scene, ProcessInstance pi, String answer, String reason) {
        Tasklist tasklist = Tasklist.switchTo(scene.driver(), scene.base(), "thutruong." + UNIT);
        Task review = task(scene, pi, "Task_ExampleHeadReview");
        tasklist.filter(Role.UNIT_HEAD.tasklistFilterName());
        tasklist.openFromList(review.getId(), HEAD_REVIEW);
        tasklist.claim();
        tasklist.radio("Ý kiến của thủ trưởng", answer);
        if (reason != null) {
            tasklist.fill("Lý do trả lại / ghi chú", reason);
        }
        scene.shot(reason != null ? "guong-thu-truong-tra-lai" : "guong-thu-truong-dong-y");
        tasklist.complete(review.getId());
    }

    private static void specialistAccepts(Scene scene, ProcessInstance pi) {
        Tasklist tasklist = Tasklist.switchTo(scene.driver(), scene.base(), "thamdinh");
        Task vetting = task(scene, pi, "Task_ExampleVetting");
        assertThat(vetting).as("with the standing agency").isNotNull();
        tasklist.filter(Role.SPECIALIST.tasklistFilterName());
        tasklist.openFromList(vetting.getId(), VETTING);
        tasklist.claim();
        assertThat(tasklist.formText()).contains("Một cửa không chờ");
        tasklist.radio("Kết quả xem xét", "Công nhận gương điển hình");
        tasklist.fill("Kế hoạch bồi dưỡng, nhân rộng", "Giới thiệu trên cổng thông tin điện tử tỉnh và Báo Tây Ninh;"
                + " tổ chức cho 20 xã, phường đến học tập cách làm; báo cáo định kỳ mỗi quý.");
        tasklist.fill("Tóm tắt để công bố trên trang công khai", "Người dân làm thủ tục không phải chờ: thời gian chờ"
                + " giảm còn 8 phút, 98% hài lòng.");
        scene.shot("guong-chuyen-vien-cong-nhan");
        tasklist.complete(vetting.getId());
    }

    private static void leaderApprovesPublishing(Scene scene, ProcessInstance pi) {
        Tasklist tasklist = Tasklist.switchTo(scene.driver(), scene.base(), "lanhdao.snv");
        Task approval = task(scene, pi, "Task_ExamplePublishApproval");
        tasklist.filter(Role.AGENCY_HEAD.tasklistFilterName());
        tasklist.openFromList(approval.getId(), PUBLISH_APPROVAL);
        tasklist.claim();
        assertThat(tasklist.formText()).contains("thời gian chờ giảm còn 8 phút");
        tasklist.radio("Ý kiến của lãnh đạo", "Duyệt đăng tin");
        scene.shot("guong-lanh-dao-duyet-dang-tin");
        tasklist.complete(approval.getId());
        assertThat(task(scene, pi, "Task_ExampleMonitor")).as("published, followed").isNotNull();
    }

    private static void anonymousReadsThePageAndTheFeed(Scene scene, long id, String title) {
        signOut(scene);
        scene.driver().get(scene.base() + "/guong-dien-hinh");
        HeadlessChromium.find(scene.driver(), By.cssSelector("#guong-" + id + " a"), "guong-cong-khai-danh-sach");
        HeadlessChromium.click(scene.driver(), scene.driver().findElement(By.cssSelector("#guong-" + id + " a")));
        new WebDriverWait(scene.driver(), Duration.ofSeconds(30)).until(d -> d.getCurrentUrl()
                .endsWith("/guong-dien-hinh/" + id));
        assertThat(scene.driver().findElement(By.tagName("h1")).getText()).isEqualTo(title);
        WebElement img = scene.driver().findElement(By.cssSelector("article img"));
        new WebDriverWait(scene.driver(), Duration.ofSeconds(30)).until(d -> ((Number) ((JavascriptExecutor) d)
                .executeScript("return arguments[0].naturalWidth;", img)).intValue() > 0);
        assertThat(scene.driver().findElement(By.cssSelector("meta[property='og:image']")).getAttribute("content"))
                .endsWith(img.getAttribute("src").replace(scene.base(), ""));
        scene.shot("guong-cong-khai-trang");
        scene.driver().get(scene.base() + "/guong-dien-hinh/nguon-tin.atom");
        // the browser shows the feed's XML as text
        assertThat(scene.driver().findElement(By.tagName("body")).getText()).contains("<feed", "/guong-dien-hinh/" + id
                + "</id>");
    }

    private static void anotherUnitReplicates(Scene scene, long id) {
        Tasklist.switchTo(scene.driver(), scene.base(), "canbo." + REPLICATING_UNIT);
        scene.driver().get(scene.base() + "/pages/guong-dien-hinh.html?id=" + id);
        WebElement note = HeadlessChromium.find(scene.driver(), By.id("noi-dung-nhan-rong"), "guong-nhan-rong");
        new WebDriverWait(scene.driver(), Duration.ofSeconds(30)).until(d -> d.findElement(By.id("ghi-nhan-rong"))
                .isDisplayed());
        note.sendKeys("Sở Công Thương áp dụng cách hẹn giờ trả kết quả qua tin nhắn từ tháng 3.");
        HeadlessChromium.click(scene.driver(), scene.driver().findElement(By.id("nut-nhan-rong")));
        new WebDriverWait(scene.driver(), Duration.ofSeconds(30)).until(d -> "1".equals(
                d.findElement(By.id("so-nhan-rong")).getText()));
        scene.shot("guong-don-vi-khac-nhan-rong");
    }

    private static void officerReportsTheFollowUp(Scene scene, ProcessInstance pi) {
        // the nurture plan's timer falls due (its cycle is the configuration's); the engine fires it
        Job timer = scene.engine().getManagementService().createJobQuery().processInstanceId(pi.getId()).timers()
                .singleResult();
        assertThat(timer).as("Timer_ExampleFollowUp").isNotNull();
        scene.engine().getManagementService().executeJob(timer.getId());
        Task report = task(scene, pi, "Task_ExampleFollowUp");
        Tasklist tasklist = Tasklist.switchTo(scene.driver(), scene.base(), "canbo." + UNIT);
        tasklist.filter(Role.UNIT_OFFICER.tasklistFilterName());
        tasklist.openFromList(report.getId(), FOLLOW_UP);
        tasklist.claim();
        tasklist.fill("Kết quả bồi dưỡng, nhân rộng trong kỳ", "Đã đón 6 đoàn xã, phường đến học tập; Sở Công"
                + " Thương đã nhân rộng cách làm.");
        scene.shot("guong-can-bo-bao-cao-dinh-ky");
        tasklist.complete(report.getId());
    }

    private static void leaderWithdraws(Scene scene, ProcessInstance pi) {
        Tasklist tasklist = Tasklist.switchTo(scene.driver(), scene.base(), "lanhdao.snv");
        Task monitor = task(scene, pi, "Task_ExampleMonitor");
        tasklist.filter(Role.AGENCY_HEAD.tasklistFilterName());
        tasklist.openFromList(monitor.getId(), MONITOR);
        tasklist.claim();
        tasklist.radio("Ý kiến của lãnh đạo", "Thu hồi gương điển hình");
        tasklist.fill("Lý do thu hồi", "Đơn vị đề nghị thu hồi để cập nhật số liệu năm 2026.");
        scene.shot("guong-lanh-dao-thu-hoi");
        tasklist.complete(monitor.getId());
        assertThat(scene.engine().getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId())
                .count()).as("withdrawn, ended").isZero();
    }

    private static void anonymousFindsItGone(Scene scene, long id, String title) {
        signOut(scene);
        scene.driver().get(scene.base() + "/guong-dien-hinh/" + id);
        assertThat(scene.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Gương điển hình đã thu hồi");
        assertThat(scene.driver().getPageSource()).doesNotContain(title);
        scene.shot("guong-cong-khai-da-thu-hoi");
        scene.driver().get(scene.base() + "/guong-dien-hinh/nguon-tin.atom");
        assertThat(scene.driver().findElement(By.tagName("body")).getText()).contains("<feed")
                .doesNotContain("/guong-dien-hinh/" + id + "</id>");
        assertThat(scene.jdbc().sql("SELECT status FROM model_example WHERE id = ?").param(id).query(String.class)
                .single()).isEqualTo("WITHDRAWN");
    }

    /** A reader of the province's portal: no session of anyone. */
    private static void signOut(Scene scene) {
        scene.driver().get(scene.base() + "/guong-dien-hinh");
        scene.driver().manage().deleteAllCookies();
    }

    private static Task task(Scene scene, ProcessInstance pi, String key) {
        return scene.engine().getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key)
                .singleResult();
    }

    /** A small picture drawn here (no file from elsewhere). */
    private static Path picture() {
        BufferedImage img = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(new Color(0xF5EEE6));
            g.fillRect(0, 0, 320, 200);
            g.setColor(new Color(0x8E1414));
            g.fillRect(20, 60, 280, 110);
            g.setColor(new Color(0xD9A520));
            g.fillRect(20, 40, 280, 20);
        } finally {
            g.dispose();
        }
        try {
            Path file = Files.createTempFile("sanh-mot-cua", ".png");
            ImageIO.write(img, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
