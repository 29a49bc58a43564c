package vn.tdkt.registry.award;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/** /api/awards: the award history. unitCode filters the awards a unit received as a collective. */
@RestController
@RequestMapping("/api/awards")
public class AwardController {

    private final AwardRecordService service;

    public AwardController(AwardRecordService service) {
        this.service = service;
    }

    @GetMapping
    public List<AwardRecordView> list(@RequestParam(required = false) String personCode,
                                      @RequestParam(required = false) String unitCode,
                                      @RequestParam(required = false) Integer year,
                                      @RequestParam(required = false) String awardType) {
        return service.list(personCode, unitCode, year, awardType);
    }

    @PostMapping
    public ResponseEntity<AwardRecordView> create(@Valid @RequestBody AwardRecordRequest request) {
        AwardRecordView created = service.create(request);
        return ResponseEntity.created(URI.create("/api/awards?year=" + created.awardYear())).body(created);
    }
}
