package vn.tdkt.eligibility;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The inputs of the DMN decision {@code award-eligibility} for one nominee, computed from the registry.
 * Names match the decision's input expressions; collective-only facts are null for a person and vice versa.
 * {@code judgedOn}: the ISO day whose rules apply (the last day of the achievement year), read by the table's
 * validity column.
 */
public record EligibilityFacts(
        String awardType,
        String commendationKind,
        String recipientKind,
        boolean suspended,
        String taskRating,
        Integer monthsWorked,
        String disciplineInYear,
        boolean hasLdtt,
        int consecutiveCstdcs,
        int consecutiveCstdTinh,
        int consecutiveExcellentYears,
        int initiativesInTwoYears,
        boolean initiativeThisYear,
        int initiativeScopeRank,
        Double shareMembersLdtt,
        Double shareMembersCompleted,
        Integer membersCstdcs,
        Integer membersDisciplined,
        Integer ldttInUnit,
        Integer cstdcsInUnitWithThis,
        boolean ledBlock,
        String judgedOn) {

    /** The decision's variables, in the order of its input columns. */
    public Map<String, Object> asVariables() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("awardType", awardType);
        v.put("commendationKind", commendationKind);
        v.put("recipientKind", recipientKind);
        v.put("suspended", suspended);
        v.put("taskRating", taskRating);
        v.put("monthsWorked", monthsWorked);
        v.put("disciplineInYear", disciplineInYear);
        v.put("hasLdtt", hasLdtt);
        v.put("consecutiveCstdcs", consecutiveCstdcs);
        v.put("consecutiveCstdTinh", consecutiveCstdTinh);
        v.put("consecutiveExcellentYears", consecutiveExcellentYears);
        v.put("initiativesInTwoYears", initiativesInTwoYears);
        v.put("initiativeThisYear", initiativeThisYear);
        v.put("initiativeScopeRank", initiativeScopeRank);
        v.put("shareMembersLdtt", shareMembersLdtt);
        v.put("shareMembersCompleted", shareMembersCompleted);
        v.put("membersCstdcs", membersCstdcs);
        v.put("membersDisciplined", membersDisciplined);
        v.put("ldttInUnit", ldttInUnit);
        v.put("cstdcsInUnitWithThis", cstdcsInUnitWithThis);
        v.put("ledBlock", ledBlock);
        v.put("judgedOn", judgedOn);
        return v;
    }
}
