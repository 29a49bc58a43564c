package vn.tdkt.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The first administrator: admin/demo in the demo profile, from the environment in production. */
@ConfigurationProperties(prefix = "tdkt.bootstrap.admin")
public record BootstrapProperties(String id, String password, String firstName, String lastName) {

    public boolean hasId() { return id != null && !id.isBlank(); }
    public boolean hasPassword() { return password != null && !password.isBlank(); }
}
