package vn.tdkt.proposal;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.registry.person.Person;
import vn.tdkt.registry.person.PersonRepository;
import vn.tdkt.registry.unit.Unit;
import vn.tdkt.registry.unit.UnitRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who a unit's officer may propose, as choices of the proposal's start form (Tasklist reads them when the form opens,
 * see the custom script form-options.js): the unit itself as a collective, then its active persons by name, each
 * labelled with job title and code so that two people of the same name are told apart. Only the caller's own units;
 * the process checks every submitted code again.
 */
@RestController
public class NomineeOptionsController {

    private static final int MAX_PERSONS = 2000;

    private final PersonRepository persons;
    private final UnitRepository units;

    public NomineeOptionsController(PersonRepository persons, UnitRepository units) {
        this.persons = persons;
        this.units = units;
    }

    @GetMapping("/api/proposals/nominee-options")
    public List<Map<String, String>> options(Authentication caller) {
        Set<String> own = ProposalAccess.ownUnits(ProposalAccess.groups(caller));
        List<Map<String, String>> options = new ArrayList<>();
        for (String code : own.stream().sorted().toList()) {
            Unit unit = units.findByCode(code).orElse(null);
            if (unit == null) {
                continue;
            }
            options.add(Map.of("label", "Tập thể: " + unit.name(), "value", unit.code()));
            for (Person p : persons.search(unit.id(), null, 0, MAX_PERSONS)) {
                if (p.active()) {
                    options.add(Map.of("label", p.fullName() + " – " + (p.jobTitle() == null ? "" : p.jobTitle() + ", ")
                            + unit.name() + " (" + p.code() + ")", "value", p.code()));
                }
            }
        }
        return options;
    }
}
