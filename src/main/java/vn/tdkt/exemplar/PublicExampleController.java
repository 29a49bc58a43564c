package vn.tdkt.exemplar;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public pages of the model examples, without sign-in: {@code /guong-dien-hinh} (the list),
 * {@code /guong-dien-hinh/{id}} (one example), its pictures and the Atom feed {@code /guong-dien-hinh/nguon-tin.atom}.
 * Only published examples are ever shown: an unpublished one, or a picture of it, is 404 like an unknown address; a
 * withdrawn one is 410 (gone).
 */
@RestController
public class PublicExampleController {

    private static final MediaType HTML = new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8);
    private static final MediaType ATOM = new MediaType("application", "atom+xml", java.nio.charset.StandardCharsets.UTF_8);

    private final ModelExampleRepository examples;
    private final ExemplarProperties properties;
    private final Clock clock;
    private final String province;
    private final String base;
    private final ModelExampleService service;

    public PublicExampleController(ModelExampleRepository examples, ExemplarProperties properties, Clock clock,
                                   @Value("${tdkt.province-name:Tây Ninh}") String province,
                                   @Value("${tdkt.public-url:http://localhost:8080}") String publicUrl,
                                   ModelExampleService service) {
        this.examples = examples;
        this.service = service;
        this.properties = properties;
        this.clock = clock;
        this.province = province;
        this.base = publicUrl.replaceAll("/+$", "");
    }

    @GetMapping(PublicExamplePages.ROOT)
    public ResponseEntity<String> list() {
        List<PublicExamplePages.Shown> shown = examples.published(Integer.MAX_VALUE).stream().map(this::shown).toList();
        return html(HttpStatus.OK, PublicExamplePages.list(province, shown, base));
    }

    @GetMapping(PublicExamplePages.FEED)
    public ResponseEntity<String> feed() {
        List<PublicExamplePages.Shown> shown = examples.published(properties.feedSize()).stream().map(this::shown)
                .toList();
        Map<Long, LocalDateTime> updated = new LinkedHashMap<>();
        for (PublicExamplePages.Shown s : shown) {
            LocalDateTime last = s.example().publishedAt();
            for (ModelExampleRepository.Replication r : s.replications()) {
                last = r.recordedAt().isAfter(last) ? r.recordedAt() : last;
            }
            updated.put(s.example().id(), last.truncatedTo(ChronoUnit.SECONDS));
        }
        return ResponseEntity.ok().contentType(ATOM).cacheControl(CacheControl.noCache())
                .body(PublicExamplePages.atom(province, shown, base, LocalDateTime.now(clock), clock.getZone(), updated));
    }

    @GetMapping(PublicExamplePages.ROOT + "/{id:\\d+}")
    public ResponseEntity<String> detail(@PathVariable long id) {
        Optional<ModelExampleRepository.Example> found = examples.find(id);
        if (found.isPresent() && found.get().status() == ExampleStatus.WITHDRAWN) {
            return html(HttpStatus.GONE, PublicExamplePages.gone(province));
        }
        if (found.isEmpty() || !found.get().status().isPublic()) {
            return html(HttpStatus.NOT_FOUND, PublicExamplePages.notFound());
        }
        return html(HttpStatus.OK, PublicExamplePages.detail(province, shown(found.get()), base));
    }

    @GetMapping(PublicExamplePages.ROOT + "/{id:\\d+}/anh/{pictureId:\\d+}")
    public ResponseEntity<byte[]> picture(@PathVariable long id, @PathVariable long pictureId) {
        boolean visible = examples.find(id).map(e -> e.status().isPublic()).orElse(false);
        Optional<ModelExampleRepository.PictureContent> picture = visible ? examples.picture(id, pictureId)
                : Optional.empty();
        if (picture.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                    .body("Không tìm thấy ảnh.".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(picture.get().contentType()))
                .cacheControl(CacheControl.noCache())
                .header("X-Content-Type-Options", "nosniff")
                .body(picture.get().content());
    }

    private PublicExamplePages.Shown shown(ModelExampleRepository.Example e) {
        return new PublicExamplePages.Shown(e, examples.pictures(e.id()), examples.replications(e.id()),
                service.movementName(e.movementId()).orElse(null));
    }

    private static ResponseEntity<String> html(HttpStatus status, String body) {
        return ResponseEntity.status(status).contentType(HTML).cacheControl(CacheControl.noCache()).body(body);
    }
}
