package vn.tdkt.exemplar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Model examples' settings ({@code tdkt.exemplar.*}), data an administrator changes, never code.
 *
 * @param vettingGroup            who vets examples when no movement names its standing unit (Sở Nội vụ's specialists)
 * @param publishingApprovalGroup who approves publishing and may withdraw (Sở Nội vụ's leaders)
 * @param followUpCycle           ISO-8601 repeating interval of the nurture plan's follow-up tasks, e.g. R4/P90D
 * @param maxPictureBytes         the largest picture accepted
 * @param maxPictures             how many pictures one example may hold
 * @param commendationAwardType   the award proposed when an example is put forward for commendation
 * @param commendationKind        the kind of commendation proposed (DOT_XUAT: đột xuất)
 * @param feedSize                how many examples the Atom feed lists, newest first
 */
@ConfigurationProperties(prefix = "tdkt.exemplar")
public record ExemplarProperties(@DefaultValue("sa-specialist") String vettingGroup,
                                 @DefaultValue("sa-head") String publishingApprovalGroup,
                                 @DefaultValue("R4/P90D") String followUpCycle,
                                 @DefaultValue("3145728") long maxPictureBytes,
                                 @DefaultValue("8") int maxPictures,
                                 @DefaultValue("BK_TINH") String commendationAwardType,
                                 @DefaultValue("DOT_XUAT") String commendationKind,
                                 @DefaultValue("50") int feedSize) { }
