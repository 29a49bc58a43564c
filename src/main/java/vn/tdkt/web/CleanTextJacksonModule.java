package vn.tdkt.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.springframework.stereotype.Component;
import vn.tdkt.format.TextRules;

import java.io.IOException;
import java.text.Normalizer;

/**
 * Every text field of the API's JSON bodies goes through {@link TextRules}: a field with a control character is
 * refused (400 naming the field), a field made only of spaces and invisible characters arrives as empty text (so a
 * required field stays missing), and the text is stored in Unicode normal form C (Vietnamese typed with combining
 * marks compares equal to the same text typed precomposed). Spring Boot registers this module in its ObjectMapper.
 */
@Component
public class CleanTextJacksonModule extends SimpleModule {

    public CleanTextJacksonModule() {
        super("tdkt-clean-text");
        addDeserializer(String.class, new CleanStringDeserializer());
    }

    static final class CleanStringDeserializer extends StdScalarDeserializer<String> {

        CleanStringDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            if (value == null) {
                return null;
            }
            var problem = TextRules.problem(value);
            if (problem.isPresent()) {
                throw InvalidFormatException.from(p, "Văn bản chứa " + problem.get()
                        + ": chỉ nhận chữ, số, dấu câu, khoảng trắng và xuống dòng.", value, String.class);
            }
            if (TextRules.visiblyEmpty(value)) {
                return "";
            }
            return Normalizer.isNormalized(value, Normalizer.Form.NFC) ? value : Normalizer.normalize(value, Normalizer.Form.NFC);
        }
    }
}
