package vn.tdkt.registry.unit;

import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/** /api/units: the province's units, their merger and dissolution. */
@RestController
@RequestMapping("/api/units")
public class UnitController {

    private final UnitService service;

    public UnitController(UnitService service) {
        this.service = service;
    }

    @GetMapping
    public List<UnitView> list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate activeOn,
                               @RequestParam(required = false) String type) {
        return service.list(activeOn, type);
    }

    @GetMapping("/{code}")
    public UnitView get(@PathVariable String code) {
        return service.view(service.get(code));
    }

    @PostMapping
    public ResponseEntity<UnitView> create(@Valid @RequestBody UnitRequests.Create request) {
        UnitView created = service.create(request);
        return ResponseEntity.created(URI.create("/api/units/" + created.code())).body(created);
    }

    @PutMapping("/{code}")
    public UnitView update(@PathVariable String code, @Valid @RequestBody UnitRequests.Update request) {
        return service.update(code, request);
    }

    @PostMapping("/{code}/end")
    public UnitView end(@PathVariable String code, @Valid @RequestBody UnitRequests.End request) {
        return service.end(code, request);
    }
}
