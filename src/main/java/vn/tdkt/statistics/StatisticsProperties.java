package vn.tdkt.statistics;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The statistics report's settings ({@code tdkt.statistics.*}), data an administrator changes, never code.
 *
 * @param reportingUnit  the unit that reports (Đơn vị báo cáo): the standing agency
 * @param receivingUnit  the unit that receives the report (Đơn vị nhận báo cáo)
 * @param signerTitle    the title above the head's signature
 * @param preparingGroup who prepares the report (Sở Nội vụ's specialists)
 * @param approvingGroup who signs it off (Sở Nội vụ's leaders)
 */
@ConfigurationProperties(prefix = "tdkt.statistics")
public record StatisticsProperties(@DefaultValue("Sở Nội vụ tỉnh Tây Ninh") String reportingUnit,
                                   @DefaultValue("Bộ Nội vụ (Vụ Thi đua - Khen thưởng)") String receivingUnit,
                                   @DefaultValue("GIÁM ĐỐC") String signerTitle,
                                   @DefaultValue("sa-specialist") String preparingGroup,
                                   @DefaultValue("sa-head") String approvingGroup) { }
