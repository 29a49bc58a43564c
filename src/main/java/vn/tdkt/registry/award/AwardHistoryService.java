package vn.tdkt.registry.award;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Streaks of the award history for the rules of titles (for example CSTD cấp tỉnh after CSTDCS several years
 * in a row). Only commendations by merit (CONG_TRANG) count: results of thematic or ad hoc commendation do not
 * (Nghị định 152/2025/NĐ-CP).
 */
@Service
public class AwardHistoryService {

    private final AwardRecordRepository records;

    public AwardHistoryService(AwardRecordRepository records) {
        this.records = records;
    }

    @Transactional(readOnly = true)
    public int consecutiveYears(long personId, String awardTypeCode, int endingYear) {
        return AwardStreaks.consecutiveYears(records.meritYears(personId, null, awardTypeCode, endingYear), endingYear);
    }

    @Transactional(readOnly = true)
    public int consecutiveYearsOfUnit(long unitId, String awardTypeCode, int endingYear) {
        return AwardStreaks.consecutiveYears(records.meritYears(null, unitId, awardTypeCode, endingYear), endingYear);
    }
}
