package vn.tdkt.formrules;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Each form-js rule, as Tasklist applies it in the browser, applied on the server. */
class FormRuleCheckerTest {

    static final String FORM = """
            {"id": "probe", "type": "default", "components": [
              {"type": "text", "text": "Hướng dẫn"},
              {"type": "textfield", "key": "shown", "label": "Chỉ đọc", "disabled": true, "validate": {"required": true}},
              {"type": "textfield", "key": "title", "label": "Tiêu đề", "validate": {"required": true, "minLength": 3, "maxLength": 10, "pattern": "^[A-ZĐ]"}},
              {"type": "textfield", "key": "email", "label": "Thư điện tử", "validate": {"validationType": "email"}},
              {"type": "number", "key": "score", "label": "Điểm", "validate": {"required": true, "min": 0, "max": 100}},
              {"type": "select", "key": "decision", "label": "Quyết định", "values": [{"label": "Đồng ý", "value": "DONG_Y"}, {"label": "Trả lại", "value": "TRA_LAI"}], "validate": {"required": true}},
              {"type": "select", "key": "unit", "label": "Đơn vị", "valuesKey": "unitOptions"},
              {"type": "checkbox", "key": "confirmed", "label": "Xác nhận", "validate": {"required": true}},
              {"type": "datetime", "key": "meetingDate", "label": "Ngày họp", "subtype": "date", "validate": {"required": true}},
              {"type": "textfield", "key": "optionalNote", "label": "Ghi chú", "conditional": {"hide": "=decision = \\"DONG_Y\\""}, "validate": {"required": true}},
              {"type": "dynamiclist", "path": "rows", "label": "Danh sách", "components": [
                {"type": "textfield", "key": "code", "label": "Mã", "disabled": true},
                {"type": "radio", "key": "choice", "label": "Ý kiến", "values": [{"label": "Đạt", "value": "DAT"}, {"label": "Không đạt", "value": "KHONG_DAT"}], "validate": {"required": true}}
              ]},
              {"type": "dynamiclist", "path": "secretBallot", "label": "Phiếu", "components": [
                {"type": "radio", "key": "choice", "label": "Ý kiến", "values": [{"label": "Đồng ý", "value": "DONG_Y"}], "validate": {"required": true}}
              ]}
            ]}""";

    final FormRules rules = FormRuleParser.parse(FORM);

    Map<String, Object> valid() {
        Map<String, Object> v = new HashMap<>();
        v.put("title", "Đề nghị");
        v.put("score", 85);
        v.put("decision", "DONG_Y");
        v.put("unit", "stp");
        v.put("unitOptions", List.of(Map.of("label", "Sở Tư pháp", "value", "stp")));
        v.put("confirmed", true);
        v.put("meetingDate", "2026-12-15");
        v.put("rows", "[{\"code\":\"A\",\"choice\":\"DAT\"},{\"code\":\"B\",\"choice\":\"KHONG_DAT\"}]");
        return v;
    }

    List<String> check(Map<String, Object> variables) {
        return FormRuleChecker.check(rules, variables::get);
    }

    @Test
    void readOnlyDisplayAndBallotComponentsCarryNoRule() {
        assertThat(rules.fields()).extracting(FieldRule::key)
                .containsExactly("title", "email", "score", "decision", "unit", "confirmed", "meetingDate",
                        "optionalNote", "choice");
        assertThat(check(valid())).isEmpty();
    }

    @Test
    void requiredFieldsMustBeThere() {
        Map<String, Object> v = valid();
        v.put("title", "   ");
        v.remove("score");
        v.remove("meetingDate");
        assertThat(check(v)).containsExactly("«Tiêu đề» là bắt buộc.", "«Điểm» là bắt buộc.", "«Ngày họp» là bắt buộc.");
        v = valid();
        v.put("confirmed", false);
        assertThat(check(v)).containsExactly("«Xác nhận» phải được đánh dấu.");
    }

    @Test
    void textLengthsPatternAndEmail() {
        Map<String, Object> v = valid();
        v.put("title", "Đề");
        assertThat(check(v)).containsExactly("«Tiêu đề» phải có ít nhất 3 ký tự (hiện có 2).");
        v.put("title", "Đề nghị khen thưởng");
        assertThat(check(v)).containsExactly("«Tiêu đề» không được dài quá 10 ký tự (hiện có 19).");
        v.put("title", "đề nghị");
        assertThat(check(v)).containsExactly("«Tiêu đề» không đúng định dạng yêu cầu.");
        v = valid();
        v.put("email", "khong-phai-thu");
        assertThat(check(v)).containsExactly("«Thư điện tử» phải là một địa chỉ thư điện tử.");
        v.put("email", "canbo@tayninh.gov.vn");
        v.put("title", 42);
        assertThat(check(v)).containsExactly("«Tiêu đề» phải là văn bản.");
    }

    @Test
    void numbersWithinTheirBounds() {
        Map<String, Object> v = valid();
        v.put("score", 100.5);
        assertThat(check(v)).containsExactly("«Điểm» không được lớn hơn 100 (đã nhận 100.5).");
        v.put("score", -1);
        assertThat(check(v)).containsExactly("«Điểm» không được nhỏ hơn 0 (đã nhận -1).");
        v.put("score", "mười");
        assertThat(check(v)).containsExactly("«Điểm» phải là một số (đã nhận \"mười\").");
        for (Object ok : List.of(0, 100, "55", 99.5)) {
            v.put("score", ok);
            assertThat(check(v)).as(String.valueOf(ok)).isEmpty();
        }
    }

    @Test
    void choicesOnlyFromTheFormOrTheOptionsVariable() {
        Map<String, Object> v = valid();
        v.put("decision", "PHE_DUYET_LUON");
        v.put("unit", "sxd");
        assertThat(check(v)).containsExactly(
                "«Quyết định»: \"PHE_DUYET_LUON\" không phải một lựa chọn của biểu mẫu.",
                "«Đơn vị»: \"sxd\" không phải một lựa chọn của biểu mẫu.");
    }

    @Test
    void datesMustParse() {
        Map<String, Object> v = valid();
        v.put("meetingDate", "15/12/2026");
        assertThat(check(v)).singleElement().asString().startsWith("«Ngày họp» phải là ngày hợp lệ");
        v.put("meetingDate", new java.util.Date());
        assertThat(check(v)).isEmpty();
    }

    @Test
    void dynamicListRowsAreCheckedOneByOne() {
        Map<String, Object> v = valid();
        v.put("rows", "[{\"code\":\"A\",\"choice\":\"DAT\"},{\"code\":\"B\"},{\"code\":\"C\",\"choice\":\"CO_LE\"}]");
        assertThat(check(v)).containsExactly("«Danh sách» dòng 2, «Ý kiến» là bắt buộc.",
                "«Danh sách» dòng 3, «Ý kiến»: \"CO_LE\" không phải một lựa chọn của biểu mẫu.");
        v.put("rows", "không phải danh sách");
        assertThat(check(v)).containsExactly("«Danh sách» phải là một danh sách các dòng.");
    }

    @Test
    void aFieldUnderAConditionIsNotRequiredButStillChecked() {
        Map<String, Object> v = valid();
        assertThat(check(v)).isEmpty();
        v.put("optionalNote", 7);
        assertThat(check(v)).containsExactly("«Ghi chú» phải là văn bản.");
    }

    @Test
    void everyFormOfTheProjectParses() throws Exception {
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            forms.filter(p -> p.toString().endsWith(".form")).forEach(p -> {
                try {
                    FormRules r = FormRuleParser.parse(Files.readString(p));
                    assertThat(r.formId()).as(p.toString()).isNotBlank();
                } catch (Exception e) {
                    throw new AssertionError(p + ": " + e.getMessage(), e);
                }
            });
        }
    }
}
