package vn.tdkt.registration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Which years a unit may register for, relative to the current year (configuration, not code). */
@ConfigurationProperties(prefix = "tdkt.registration")
public record RegistrationProperties(@DefaultValue("0") int yearsBack, @DefaultValue("1") int yearsAhead) { }
