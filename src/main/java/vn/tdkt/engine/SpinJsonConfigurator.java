package vn.tdkt.engine;

import org.camunda.spin.impl.json.jackson.format.JacksonJsonDataFormat;
import org.camunda.spin.spi.DataFormatConfigurator;

/**
 * Spin's JSON data format as the application uses it: plain type names for plain values ({@link PlainJsonTypeNames}).
 * Found by Spin through {@code META-INF/services/org.camunda.spin.spi.DataFormatConfigurator}.
 */
public final class SpinJsonConfigurator implements DataFormatConfigurator<JacksonJsonDataFormat> {

    @Override
    public Class<JacksonJsonDataFormat> getDataFormatClass() {
        return JacksonJsonDataFormat.class;
    }

    @Override
    public void configure(JacksonJsonDataFormat dataFormat) {
        dataFormat.addTypeDetector(new PlainJsonTypeNames());
    }
}
