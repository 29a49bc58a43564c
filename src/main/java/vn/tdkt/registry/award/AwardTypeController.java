package vn.tdkt.registry.award;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/** /api/award-types: the catalogue of titles and forms of commendation. */
@RestController
@RequestMapping("/api/award-types")
public class AwardTypeController {

    private final AwardTypeService service;

    public AwardTypeController(AwardTypeService service) {
        this.service = service;
    }

    @GetMapping
    public List<AwardTypeView> list() {
        return service.list();
    }

    @GetMapping("/{code}")
    public AwardTypeView get(@PathVariable String code) {
        return AwardTypeView.of(service.get(code));
    }

    @PostMapping
    public ResponseEntity<AwardTypeView> create(@Valid @RequestBody AwardTypeRequests.Create request) {
        AwardTypeView created = service.create(request);
        return ResponseEntity.created(URI.create("/api/award-types/" + created.code())).body(created);
    }

    @PutMapping("/{code}")
    public AwardTypeView update(@PathVariable String code, @Valid @RequestBody AwardTypeRequests.Update request) {
        return service.update(code, request);
    }
}
