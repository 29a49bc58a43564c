package vn.tdkt.notification;

/**
 * What one delivery run did: notifications sent, notifications that failed and will be retried,
 * notifications given up; {@code mailServerConfigured} is false when the run was skipped for lack of a
 * mail server ({@code spring.mail.host} not set).
 */
public record DeliveryReport(int sent, int retrying, int failed, boolean mailServerConfigured) {

    static DeliveryReport skipped() {
        return new DeliveryReport(0, 0, 0, false);
    }

    public boolean nothingDone() {
        return sent == 0 && retrying == 0 && failed == 0;
    }
}
