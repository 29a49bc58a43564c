package vn.tdkt.registry.award;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.registry.common.Today;
import vn.tdkt.registry.person.Person;
import vn.tdkt.registry.person.PersonService;
import vn.tdkt.registry.unit.Unit;
import vn.tdkt.registry.unit.UnitService;

import java.util.List;

/** The awards and merit streaks of one person or one unit. endingYear defaults to last year. */
@RestController
public class RecipientAwardController {

    private final AwardRecordService records;
    private final AwardHistoryService history;
    private final AwardTypeService types;
    private final PersonService persons;
    private final UnitService units;
    private final Today today;

    public RecipientAwardController(AwardRecordService records, AwardHistoryService history, AwardTypeService types,
                                    PersonService persons, UnitService units, Today today) {
        this.records = records;
        this.history = history;
        this.types = types;
        this.persons = persons;
        this.units = units;
        this.today = today;
    }

    @GetMapping("/api/persons/{code}/awards")
    public List<AwardRecordView> personAwards(@PathVariable String code) {
        Person person = persons.get(code);
        return records.list(person.code(), null, null, null);
    }

    @GetMapping("/api/persons/{code}/streaks")
    public StreakView personStreak(@PathVariable String code, @RequestParam String award,
                                   @RequestParam(required = false) Integer endingYear) {
        Person person = persons.get(code);
        AwardType type = types.referenced(award.strip());
        int year = endingYear == null ? today.year() - 1 : endingYear;
        return new StreakView(type.code(), year, history.consecutiveYears(person.id(), type.code(), year));
    }

    @GetMapping("/api/units/{code}/awards")
    public List<AwardRecordView> unitAwards(@PathVariable String code) {
        Unit unit = units.get(code);
        return records.list(null, unit.code(), null, null);
    }

    @GetMapping("/api/units/{code}/streaks")
    public StreakView unitStreak(@PathVariable String code, @RequestParam String award,
                                 @RequestParam(required = false) Integer endingYear) {
        Unit unit = units.get(code);
        AwardType type = types.referenced(award.strip());
        int year = endingYear == null ? today.year() - 1 : endingYear;
        return new StreakView(type.code(), year, history.consecutiveYearsOfUnit(unit.id(), type.code(), year));
    }
}
