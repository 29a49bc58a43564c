package vn.tdkt.registry.person;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.registry.common.PageView;

import java.net.URI;

/** /api/persons: the persons of the registry. */
@RestController
@RequestMapping("/api/persons")
public class PersonController {

    private final PersonService service;
    private final AnnualAssessmentService assessments;

    public PersonController(PersonService service, AnnualAssessmentService assessments) {
        this.service = service;
        this.assessments = assessments;
    }

    @GetMapping
    public PageView<PersonView> search(@RequestParam(required = false) String unitCode,
                                       @RequestParam(required = false) String q,
                                       @RequestParam(defaultValue = "0") int page,
                                       @RequestParam(defaultValue = "50") int size) {
        return service.search(unitCode, q, page, size);
    }

    @GetMapping("/{code}")
    public PersonView get(@PathVariable String code) {
        return PersonView.of(service.get(code));
    }

    @PostMapping
    public ResponseEntity<PersonView> create(@Valid @RequestBody PersonRequests.Create request) {
        PersonView created = service.create(request);
        return ResponseEntity.created(URI.create("/api/persons/" + created.code())).body(created);
    }

    @PutMapping("/{code}")
    public PersonView update(@PathVariable String code, @Valid @RequestBody PersonRequests.Update request) {
        return service.update(code, request);
    }

    /** A person's assessment of a year: administrators only, like every registry read of personal facts. */
    @GetMapping("/{code}/assessments/{year}")
    public AnnualAssessmentView assessment(@PathVariable String code, @PathVariable int year) {
        return assessments.get(code, year);
    }

    @PutMapping("/{code}/assessments/{year}")
    public AnnualAssessmentView saveAssessment(@PathVariable String code, @PathVariable int year,
                                               @Valid @RequestBody AnnualAssessmentRequest request) {
        return assessments.save(code, year, request);
    }
}
