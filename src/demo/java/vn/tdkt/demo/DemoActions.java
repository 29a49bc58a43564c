package vn.tdkt.demo;

import com.lowagie.text.Paragraph;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.tdkt.pdf.FontSet;
import vn.tdkt.pdf.PdfFonts;
import vn.tdkt.pdf.PdfPage;

import java.util.Map;
import java.util.function.Supplier;

/** What the demo seeders do as the province's people: act as a user, complete a task, produce a sample PDF. */
@Component
public class DemoActions {

    private final IdentityService identityService;
    private final TaskService taskService;
    private final PdfFonts fonts;

    public DemoActions(IdentityService identityService, TaskService taskService, PdfFonts fonts) {
        this.identityService = identityService;
        this.taskService = taskService;
        this.fonts = fonts;
    }

    public <T> T as(String userId, Supplier<T> action) {
        identityService.setAuthentication(userId, identityService.createGroupQuery().groupMember(userId).list()
                .stream().map(Group::getId).toList());
        try {
            return action.get();
        } finally {
            identityService.clearAuthentication();
        }
    }

    public void complete(Task task, String userId, Map<String, Object> variables) {
        as(userId, () -> {
            taskService.complete(task.getId(), variables);
            return null;
        });
    }

    /** A one-page PDF standing in for a scanned document. */
    public byte[] pdf(String title, String reference) {
        FontSet f = fonts.fontSet();
        // OpenPDF's default margins: half an inch
        return PdfPage.portrait(36, 36, 36, 36).write("Cannot lay out the demo document " + title, (doc, writer) -> {
            doc.add(new Paragraph(title.toUpperCase(), f.bold(14)));
            doc.add(new Paragraph(reference + " – tài liệu mẫu của tỉnh Tây Ninh (dữ liệu minh họa).", f.regular(12)));
        });
    }
}
