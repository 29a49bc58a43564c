package vn.tdkt.exemplar;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The {@link ExampleStewards} in force: the application's bean of that port when there is one, else the default that
 * answers the configured Sở Nội vụ groups for every example.
 */
@Component
public class ExampleStewardship {

    private final ObjectProvider<ExampleStewards> stewards;
    private final ExemplarProperties properties;

    public ExampleStewardship(ObjectProvider<ExampleStewards> stewards, ExemplarProperties properties) {
        this.stewards = stewards;
        this.properties = properties;
    }

    public ExampleStewards current() {
        return stewards.getIfAvailable(() -> new ConfiguredStewards(properties));
    }

    /** The default: the configured groups (sa-specialist vets, sa-head approves), whatever the movement. */
    record ConfiguredStewards(ExemplarProperties properties) implements ExampleStewards {
        @Override
        public String vettingGroup(Long movementId) {
            return properties.vettingGroup();
        }

        @Override
        public String publishingApprovalGroup(Long movementId) {
            return properties.publishingApprovalGroup();
        }
    }
}
