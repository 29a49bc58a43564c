package vn.tdkt.formrules;

import java.util.List;

/** The rules of one deployed form: its editable fields (read-only and display components carry none). */
public record FormRules(String formId, List<FieldRule> fields) {

    public static final FormRules NONE = new FormRules(null, List.of());
}
