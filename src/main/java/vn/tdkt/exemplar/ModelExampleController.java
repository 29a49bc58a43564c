package vn.tdkt.exemplar;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.tdkt.identity.CurrentUser;
import vn.tdkt.identity.UserProfileRepository;
import vn.tdkt.refusal.Refusal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.List;

/**
 * /api/model-examples for signed-in users: the examples the caller may see (the own unit's, all for the stewards),
 * one example with its pictures and replications, the upload and removal of a picture (the unit's officer, while the
 * unit is completing it), a unit's record that it replicated a published example and the withdrawal of a public one.
 */
@RestController
@RequestMapping("/api/model-examples")
public class ModelExampleController {

    private final ModelExampleRepository examples;
    private final ExampleAccess access;
    private final ExamplePictures pictures;
    private final ExampleReplications replications;
    private final UserProfileRepository profiles;
    private final ExampleWithdrawal withdrawal;

    public ModelExampleController(ModelExampleRepository examples, ExampleAccess access, ExamplePictures pictures,
                                  ExampleReplications replications, UserProfileRepository profiles,
                                  ExampleWithdrawal withdrawal) {
        this.withdrawal = withdrawal;
        this.examples = examples;
        this.access = access;
        this.pictures = pictures;
        this.replications = replications;
        this.profiles = profiles;
    }

    /** One example as the signed-in pages show it. */
    public record ExampleView(long id, String businessKey, String unitCode, String unitName, String kind,
                              String kindLabel, String title, String subjectName, String story, String evidence,
                              String publicSummary, String status, String statusLabel, boolean isPublic,
                              boolean canUpload, boolean canReplicate, LocalDateTime publishedAt,
                              List<ModelExampleRepository.Picture> pictures,
                              List<ModelExampleRepository.Replication> replications) { }

    /** A unit's replication note. */
    public record ReplicationRequest(String note) { }

    /** Why a public example is withdrawn. */
    public record WithdrawalRequest(String reason) { }

    @GetMapping
    public List<ExampleView> list(Authentication authentication) {
        CurrentUser caller = CurrentUser.of(authentication);
        List<ModelExampleRepository.Example> visible = access.overseer(caller) ? examples.all()
                : examples.all().stream().filter(e -> e.status().isPublic() || access.ofUnit(caller, e.unitCode()))
                .toList();
        return visible.stream().map(e -> view(caller, e)).toList();
    }

    @GetMapping("/{id}")
    public ExampleView one(@PathVariable long id, Authentication authentication) {
        CurrentUser caller = CurrentUser.of(authentication);
        ModelExampleRepository.Example e = examples.get(id);
        access.checkRead(caller, e);
        return view(caller, e);
    }

    @GetMapping("/{id}/pictures/{pictureId}")
    public ResponseEntity<byte[]> picture(@PathVariable long id, @PathVariable long pictureId,
                                          Authentication authentication) {
        ModelExampleRepository.Example e = examples.get(id);
        access.checkRead(CurrentUser.of(authentication), e);
        ModelExampleRepository.PictureContent p = examples.picture(id, pictureId).orElseThrow(() ->
                Refusal.notFound("PICTURE_NOT_FOUND", "Gương điển hình " + e.businessKey() + " không có ảnh số "
                        + pictureId + "."));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(p.contentType()))
                .header("X-Content-Type-Options", "nosniff").body(p.content());
    }

    @PostMapping("/{id}/pictures")
    public ResponseEntity<ModelExampleRepository.Picture> upload(@PathVariable long id,
            @RequestParam(value = "file", required = false) MultipartFile file,
            @RequestParam(value = "caption", required = false) String caption, Authentication authentication) {
        CurrentUser caller = CurrentUser.of(authentication);
        ModelExampleRepository.Example e = examples.get(id);
        access.checkUpload(caller, e);
        if (file == null) {
            throw Refusal.invalid("FILE_REQUIRED", "Chưa chọn ảnh để tải lên.");
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(pictures.store(e, file.getOriginalFilename(), caption, bytes(file), caller.userId()));
    }

    /** Removes a picture while the unit completes the example: the same right as the upload. */
    @DeleteMapping("/{id}/pictures/{pictureId}")
    public ResponseEntity<Void> deletePicture(@PathVariable long id, @PathVariable long pictureId,
                                              Authentication authentication) {
        CurrentUser caller = CurrentUser.of(authentication);
        ModelExampleRepository.Example e = examples.get(id);
        access.checkUpload(caller, e);
        pictures.delete(e, pictureId, caller.userId());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/replications")
    public ResponseEntity<ModelExampleRepository.Replication> replicate(@PathVariable long id,
            @RequestBody(required = false) ReplicationRequest request, Authentication authentication) {
        return ResponseEntity.status(HttpStatus.CREATED).body(replications.record(id, CurrentUser.of(authentication),
                request == null ? null : request.note()));
    }

    /** Withdraws a public example (also once its follow-up has ended): its publishing group only, with a reason. */
    @PostMapping("/{id}/withdrawal")
    public ResponseEntity<Void> withdraw(@PathVariable long id,
            @RequestBody(required = false) WithdrawalRequest request, Authentication authentication) {
        withdrawal.withdraw(id, CurrentUser.of(authentication), request == null ? null : request.reason());
        return ResponseEntity.noContent().build();
    }

    private ExampleView view(CurrentUser caller, ModelExampleRepository.Example e) {
        List<ModelExampleRepository.Replication> reps = examples.replications(e.id());
        String ownUnit = profiles.unitOf(caller.userId()).map(u -> u.code()).orElse(null);
        boolean canReplicate = e.status().isPublic() && ownUnit != null && !ownUnit.equals(e.unitCode())
                && access.ofUnit(caller, ownUnit) && reps.stream().noneMatch(r -> r.unitCode().equals(ownUnit));
        boolean canUpload = e.status() == ExampleStatus.DRAFT
                && caller.inGroup(vn.tdkt.identity.Role.UNIT_OFFICER.unitGroupId(e.unitCode()));
        return new ExampleView(e.id(), e.businessKey(), e.unitCode(), e.unitName(), e.kind().name(), e.kind().label(),
                e.title(), e.subjectName(), e.story(), e.evidence(), e.publicSummary(), e.status().name(),
                e.status().label(), e.status().isPublic(), canUpload, canReplicate, e.publishedAt(),
                examples.pictures(e.id()), reps);
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
