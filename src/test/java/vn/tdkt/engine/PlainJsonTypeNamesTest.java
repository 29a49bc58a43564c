package vn.tdkt.engine;

import org.camunda.spin.DataFormats;
import org.camunda.spin.impl.json.jackson.format.JacksonJsonDataFormat;
import org.camunda.spin.impl.json.jackson.format.JacksonJsonDataFormatMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PlainJsonTypeNamesTest {

    record Nominee(String code) { }

    /** The data format as the engine's Spin plugin loads it: with the configurator found on the class path. */
    private final JacksonJsonDataFormat json = (JacksonJsonDataFormat) DataFormats.json();
    private final JacksonJsonDataFormatMapper mapper = json.getMapper();

    @Test
    void aDecisionTablesListOrMapIsNamedByItsClassAndReadsBackEqual() {
        List<String> documents = new ArrayList<>(List.of("TTR", "BAO_CAO_THANH_TICH", "BIEN_BAN_HOP"));
        Map<String, Object> rule = new HashMap<>();
        rule.put("needsCouncil", true);
        rule.put("voteType", "CSTD_TINH");
        rule.put("quorum", 2);
        rule.put("share", 0.5);
        rule.put("note", null);
        Map<String, Object> nested = new LinkedHashMap<>(Map.of("rows", new ArrayList<>(List.of(rule))));

        for (Object value : List.of(documents, rule, nested)) {
            String type = json.getCanonicalTypeName(value);
            assertThat(type).isEqualTo(value.getClass().getName());
            Object back = mapper.mapInternalToJava(mapper.mapJavaToInternal(value), type);
            assertThat(back).isEqualTo(value);
        }
    }

    @Test
    void valuesJsonWouldNotGiveBackAsTheyWereKeepTheirGenericName() {
        assertThat(json.getCanonicalTypeName(new ArrayList<>(List.of(new Nominee("STP-1")))))
                .isEqualTo("java.util.ArrayList<vn.tdkt.engine.PlainJsonTypeNamesTest$Nominee>");
        assertThat(json.getCanonicalTypeName(new ArrayList<>(List.of(5L)))).isEqualTo("java.util.ArrayList<java.lang.Long>");
        assertThat(json.getCanonicalTypeName(new HashMap<>(Map.of(1, "một")))).contains("<");
        assertThat(json.getCanonicalTypeName(List.of("TTR"))).contains("<"); // not an ArrayList: its own class
    }

    @Test
    void aVariableWrittenWithTheGenericNameIsStillRead() {
        Object back = mapper.mapInternalToJava(mapper.mapJavaToInternal(List.of("TTR")), "java.util.ArrayList<java.lang.String>");
        assertThat(back).isEqualTo(List.of("TTR"));
    }
}
