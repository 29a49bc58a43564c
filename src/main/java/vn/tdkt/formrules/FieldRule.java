package vn.tdkt.formrules;

import java.util.List;

/**
 * What a deployed Camunda Form asks of one field: the form-js {@code validate} block and, for choices, the values
 * offered. A field inside a dynamic list carries the list's {@code path}.
 *
 * @param type          form-js component type (textfield, textarea, number, select, radio, checkbox, checklist,
 *                      taglist, datetime)
 * @param allowedValues the static values of a select/radio/checklist/taglist; empty when there are none
 * @param valuesKey     the variable holding the options of a select with dynamic values, or {@code null}
 * @param listPath      the variable of the enclosing dynamic list, or {@code null} for a top-level field
 * @param decimalDigits for a number, the decimals form-js lets the user type ({@code 0}: a whole number), or
 *                      {@code null} when the form sets no limit
 */
public record FieldRule(String key, String label, String type, boolean required, Double min, Double max,
                        Integer minLength, Integer maxLength, String pattern, String validationType,
                        List<String> allowedValues, String valuesKey, String dateSubtype, String listPath,
                        String listLabel, Integer decimalDigits) {

    public String displayName() {
        return label != null && !label.isBlank() ? label : key;
    }
}
