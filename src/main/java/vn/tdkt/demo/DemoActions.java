package vn.tdkt.demo;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.tdkt.pdf.FontSet;
import vn.tdkt.pdf.PdfFonts;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.function.Supplier;

/** What the demo seeders do as the province's people: act as a user, complete a task, produce a sample PDF. */
@Component
class DemoActions {

    private final IdentityService identityService;
    private final TaskService taskService;
    private final PdfFonts fonts;

    DemoActions(IdentityService identityService, TaskService taskService, PdfFonts fonts) {
        this.identityService = identityService;
        this.taskService = taskService;
        this.fonts = fonts;
    }

    <T> T as(String userId, Supplier<T> action) {
        identityService.setAuthentication(userId, identityService.createGroupQuery().groupMember(userId).list()
                .stream().map(Group::getId).toList());
        try {
            return action.get();
        } finally {
            identityService.clearAuthentication();
        }
    }

    void complete(Task task, String userId, Map<String, Object> variables) {
        as(userId, () -> {
            taskService.complete(task.getId(), variables);
            return null;
        });
    }

    /** A one-page PDF standing in for a scanned document. */
    byte[] pdf(String title, String reference) {
        FontSet f = fonts.newFontSet();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4);
        PdfWriter.getInstance(doc, out);
        doc.open();
        doc.add(new Paragraph(title.toUpperCase(), f.bold(14)));
        doc.add(new Paragraph(reference + " – tài liệu mẫu của tỉnh Tây Ninh (dữ liệu minh họa).", f.regular(12)));
        doc.close();
        return out.toByteArray();
    }
}
