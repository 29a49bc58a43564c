package vn.tdkt.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * {@code tdkt.security.*}.
 *
 * @param allowedOrigins origins (scheme://host[:port]) besides the application's own from which browser pages may
 *                       send changes, for example when a reverse proxy serves the product under another name
 */
@ConfigurationProperties(prefix = "tdkt.security")
public record SecurityProperties(List<String> allowedOrigins) {

    public SecurityProperties {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    }
}
