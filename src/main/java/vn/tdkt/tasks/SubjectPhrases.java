package vn.tdkt.tasks;

import java.util.List;

/** Vietnamese phrases for task subjects: who is proposed, which unit, which block and year. */
public final class SubjectPhrases {

    /** A nominee of a proposal: a person, or a collective (named by its name). */
    public record Nominee(String name, boolean person) { }

    static final String UNIT_SEPARATOR = " – ";

    private SubjectPhrases() { }

    /**
     * "Nguyễn Văn A"; "Nguyễn Văn A và 2 người khác"; "Phòng Hành chính và 1 tập thể khác"; with persons and
     * collectives mixed, "… và 3 đối tượng khác". Null for no nominee.
     */
    public static String nominees(List<Nominee> nominees) {
        if (nominees == null || nominees.isEmpty()) {
            return null;
        }
        String first = nominees.get(0).name().strip();
        int others = nominees.size() - 1;
        if (others == 0) {
            return first;
        }
        boolean allPersons = nominees.stream().allMatch(Nominee::person);
        boolean allCollectives = nominees.stream().noneMatch(Nominee::person);
        String kind = allPersons ? "người" : allCollectives ? "tập thể" : "đối tượng";
        return first + " và " + others + " " + kind + " khác";
    }

    /** "who – unit"; only the unit when the one nominee is the unit itself; only who when the unit is unknown. */
    public static String whoOfUnit(String who, String unitName) {
        if (who == null || who.isBlank()) {
            return unitName;
        }
        if (unitName == null || unitName.isBlank() || who.strip().equalsIgnoreCase(unitName.strip())) {
            return who.strip();
        }
        return who.strip() + UNIT_SEPARATOR + unitName.strip();
    }

    /** "Khối Nội chính, năm 2026". */
    public static String blockYear(String blockName, Object year) {
        if (blockName == null || blockName.isBlank()) {
            return year == null ? null : "năm " + year;
        }
        return year == null ? blockName.strip() : blockName.strip() + ", năm " + year;
    }
}
