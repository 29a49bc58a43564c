package vn.tdkt.workflow;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.StringValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.springframework.stereotype.Component;
import vn.tdkt.format.TextRules;

import java.util.ArrayList;
import java.util.List;

/**
 * Every String variable the engine stores passes {@link TextRules}, whoever sets it (Tasklist's forms, the engine's
 * REST API, the project's code): a control character (NUL would make PostgreSQL fail), or a text made only of
 * invisible characters that ordinary blank checks take for content (zero-width spaces), is refused with a
 * Vietnamese message naming the variable. The refusal is an {@link InputRejectedException}: the REST API answers 400
 * and the task stays open.
 */
@Component
public class CleanTextVariablesEnginePlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<TypedValueSerializer> serializers = new ArrayList<>();
        // first, so that it is chosen for every String value; values are read back by the built-in one (same name)
        serializers.add(new CheckedStringValueSerializer());
        if (configuration.getCustomPreVariableSerializers() != null) {
            serializers.addAll(configuration.getCustomPreVariableSerializers());
        }
        configuration.setCustomPreVariableSerializers(serializers);
    }

    static final class CheckedStringValueSerializer extends StringValueSerializer {

        @Override
        public void writeValue(StringValue value, ValueFields fields) {
            String text = value.getValue();
            String problem = problem(fields.getName(), text);
            if (problem != null) {
                throw new InputRejectedException(problem);
            }
            super.writeValue(value, fields);
        }
    }

    /** The Vietnamese refusal of the text as the value of the variable, or null when it is acceptable. */
    static String problem(String variable, String text) {
        if (text == null) {
            return null;
        }
        var bad = TextRules.problem(text);
        if (bad.isPresent()) {
            return "Trường «" + variable + "» chứa " + bad.get()
                    + ": chỉ nhận chữ, số, dấu câu, khoảng trắng và xuống dòng.";
        }
        if (TextRules.invisibleOnly(text)) {
            return "Trường «" + variable + "» chỉ gồm ký tự vô hình (khoảng trắng không độ rộng…): hãy ghi nội dung"
                    + " hoặc để trống.";
        }
        return null;
    }
}
