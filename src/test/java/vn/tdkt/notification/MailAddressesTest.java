package vn.tdkt.notification;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Addresses are checked and de-duplicated when a notification is written. */
class MailAddressesTest {

    @Test
    void keepsValidAddressesOnceInOrder() {
        MailAddresses.Split split = MailAddresses.distinctValid(Arrays.asList(
                "stp@tayninh.gov.vn", " CanBo.STP@tayninh.gov.vn ", "canbo.stp@TAYNINH.gov.vn", null, "",
                "Thủ trưởng <thutruong.stp@tayninh.gov.vn>", "stp@tayninh.gov.vn"));
        assertThat(split.valid()).containsExactly("stp@tayninh.gov.vn", "CanBo.STP@tayninh.gov.vn",
                "thutruong.stp@tayninh.gov.vn");
        assertThat(split.rejected()).isEmpty();
    }

    @Test
    void refusesWhatIsNotOneAddress() {
        MailAddresses.Split split = MailAddresses.distinctValid(List.of("không hợp lệ", "canbo", "a@b",
                "a@b.vn, c@d.vn", "@tayninh.gov.vn", "x@"));
        assertThat(split.valid()).isEmpty();
        assertThat(split.rejected()).hasSize(6);
    }

    @Test
    void joinsAndSplits() {
        List<String> addresses = List.of("a@b.vn", "c@d.vn");
        assertThat(MailAddresses.split(MailAddresses.join(addresses))).isEqualTo(addresses);
        assertThat(MailAddresses.split("")).isEmpty();
        assertThat(MailAddresses.split(null)).isEmpty();
    }
}
