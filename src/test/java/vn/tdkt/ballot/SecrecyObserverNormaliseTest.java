package vn.tdkt.ballot;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.system.CapturedOutput;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The onlooker's normalisation (plain Java): what differs between two runs for reasons unrelated to the ballots is
 * normalised away whatever the runs' own values happen to be, and a difference in the counts still shows.
 */
class SecrecyObserverNormaliseTest {

    private static SecrecyObserver onlooker(String blockTag) {
        CapturedOutput noLog = new CapturedOutput() {
            public String getAll() {
                return "";
            }

            public String getOut() {
                return "";
            }

            public String getErr() {
                return "";
            }
        };
        return new SecrecyObserver(null, null, noLog).calls("K" + blockTag.toUpperCase(), "<khối>").calls(blockTag, "<mã>");
    }

    /** A decision instance of the block as the history API returns it, with the ids and times of one run. */
    private static String decisionInstance(String id, String definitionId, String time, String unit, int agree) {
        return "[{\"id\":\"" + id + "\",\"decisionDefinitionId\":\"block-result-to-award:1:" + definitionId + "\","
                + "\"evaluationTime\":\"" + time + "\",\"inputs\":[{\"clauseName\":\"Đơn vị\",\"value\":\"" + unit + "\"},"
                + "{\"clauseName\":\"Phiếu đồng ý\",\"value\":" + agree + "}]}]";
    }

    @Test
    void aRunsTagInsideOneOfItsIdsChangesNothing() {
        // run 1's tag "3a1f" happens to lie inside its ids, run 3's all-digit tag "1942" inside its id
        String run1 = decisionInstance("0c3a1f22-1111-4a2b-9c3d-0123456789ab", "5d3a1f00-2222-4b2b-8c3d-0123456789ab",
                "2026-12-03T19:42:07.000+0000", "t3a1f1", 4);
        String run2 = decisionInstance("77aa00bb-3333-4c2b-9c3d-0123456789ab", "88bb11cc-4444-4d2b-8c3d-0123456789ab",
                "2026-12-03T19:51:13.000+0000", "tb7c21", 4);
        String run3 = decisionInstance("99cc1942-5555-4e2b-9c3d-0123456789ab", "aadd33ee-6666-4f2b-8c3d-0123456789ab",
                "2026-12-03T19:42:59.000+0000", "t19421", 4);

        assertThat(onlooker("3a1f").lines(run1)).isEqualTo(onlooker("b7c2").lines(run2))
                .isEqualTo(onlooker("1942").lines(run3))
                .contains("[].inputs[].value=t<mã>1", "[].id=<id>", "[].evaluationTime=<t>");
    }

    @Test
    void aDifferentCountStillShows() {
        String four = decisionInstance("0c3a1f22-1111-4a2b-9c3d-0123456789ab", "5d3a1f00-2222-4b2b-8c3d-0123456789ab",
                "2026-12-03T19:42:07.000+0000", "t3a1f1", 4);
        String five = decisionInstance("77aa00bb-3333-4c2b-9c3d-0123456789ab", "88bb11cc-4444-4d2b-8c3d-0123456789ab",
                "2026-12-03T19:51:13.000+0000", "tb7c21", 5);
        assertThat(onlooker("3a1f").lines(four)).isNotEqualTo(onlooker("b7c2").lines(five));
    }
}
