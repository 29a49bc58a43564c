package vn.tdkt.registry.block;

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

import java.net.URI;
import java.util.List;

/** /api/blocks: emulation blocks (khối thi đua), members and officers per year. */
@RestController
@RequestMapping("/api/blocks")
public class BlockController {

    private final BlockService service;

    public BlockController(BlockService service) {
        this.service = service;
    }

    @GetMapping
    public List<BlockViews.Summary> list() {
        return service.list();
    }

    @GetMapping("/{code}")
    public BlockViews.Year get(@PathVariable String code, @RequestParam(required = false) Integer year) {
        return service.get(code, year);
    }

    @PostMapping
    public ResponseEntity<BlockViews.Year> create(@Valid @RequestBody BlockRequests.Create request) {
        BlockViews.Year created = service.create(request);
        return ResponseEntity.created(URI.create("/api/blocks/" + created.code())).body(created);
    }

    @PutMapping("/{code}/years/{year}/members")
    public BlockViews.Year members(@PathVariable String code, @PathVariable int year,
                                   @Valid @RequestBody BlockRequests.Members request) {
        return service.replaceMembers(code, year, request);
    }

    @PutMapping("/{code}/years/{year}/officers")
    public BlockViews.Year officers(@PathVariable String code, @PathVariable int year,
                                    @Valid @RequestBody BlockRequests.Officers request) {
        return service.replaceOfficers(code, year, request);
    }
}
