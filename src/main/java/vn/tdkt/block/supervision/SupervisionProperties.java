package vn.tdkt.block.supervision;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the province sets for the council's supervision of the blocks (tdkt.block-supervision in application.yml):
 * the day the members' self-scoring is due (MM-dd of the emulation year; a member still scoring then is late and
 * the supervising member is asked to urge it), and how long a remark, a visit's findings, a reminder or a
 * reason must be at least. Basis: the province's regulation on emulation blocks ("Thành viên Hội đồng Thi đua -
 * Khen thưởng tỉnh được phân công chỉ đạo Khối Thi đua … đôn đốc, kiểm tra, giám sát"); the day is the province's
 * own choice, not a rule of law.
 */
@ConfigurationProperties(prefix = "tdkt.block-supervision")
public record SupervisionProperties(String selfScoreDue, Integer minTextLength) {

    public SupervisionProperties {
        selfScoreDue = selfScoreDue == null ? "11-30" : selfScoreDue;
        minTextLength = minTextLength == null ? Integer.valueOf(20) : minTextLength;
    }
}
