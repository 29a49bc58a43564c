package vn.tdkt.block.scoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who cross-checks whose self-scoring sheet (chấm chéo): member i checks the sheet of member i + k (modulo the
 * block size), with k = 1 + (year mod (n − 1)). So nobody checks their own sheet (1 ≤ k ≤ n − 1), every sheet is
 * checked exactly once and everyone checks exactly one (balanced), and the pairs rotate from one year to the
 * next. Members are taken in the order given (the block's list, sorted by code by the caller).
 */
public final class CrossCheckAssignment {

    private CrossCheckAssignment() { }

    /** checker unit code → unit code of the sheet it checks. */
    public static Map<String, String> assign(List<String> members, int year) {
        int n = members.size();
        if (n < 2) {
            throw new IllegalArgumentException("Chấm chéo cần ít nhất 2 đơn vị thành viên; khối có " + n + ".");
        }
        if (members.stream().distinct().count() != n) {
            throw new IllegalArgumentException("Danh sách thành viên khối có mã trùng nhau.");
        }
        int k = 1 + Math.floorMod(year, n - 1);
        Map<String, String> pairs = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            pairs.put(members.get(i), members.get((i + k) % n));
        }
        return pairs;
    }
}
