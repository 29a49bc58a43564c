package vn.tdkt.awarddecision;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the office's register writes and reads its numbers, and the register's settings with their defaults. */
class DecisionNumberFormatTest {

    @Test
    void numbersTakeLeadingZerosUpToTheMinimumDigits() {
        DecisionNumber.Format two = new DecisionNumber.Format("QĐ-UBND", 2);
        assertThat(two.text(7)).isEqualTo("07/QĐ-UBND");
        assertThat(two.text(10)).isEqualTo("10/QĐ-UBND");
        assertThat(two.text(1234)).isEqualTo("1234/QĐ-UBND");
        DecisionNumber.Format four = new DecisionNumber.Format(" QĐ-CT ", 4);
        assertThat(four.text(7)).isEqualTo("0007/QĐ-CT");
        assertThat(four.text(12345)).isEqualTo("12345/QĐ-CT");
        assertThat(new DecisionNumber.Format("QĐ-UBND", 1).text(7)).isEqualTo("7/QĐ-UBND");
        assertThat(new DecisionNumber(2026, 7, "QĐ-UBND").text()).as("two digits by default").isEqualTo("07/QĐ-UBND");
        assertThat(new DecisionNumber(2026, 7, "QĐ-UBND", 3).text()).isEqualTo("007/QĐ-UBND");
        assertThatThrownBy(() -> two.text(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNumberAsTypedIsReadWithOrWithoutZerosAndSymbol() {
        DecisionNumber.Format format = new DecisionNumber.Format("QĐ-UBND", 2);
        assertThat(format.sequenceOf("15")).contains(15);
        assertThat(format.sequenceOf(" 015 ")).contains(15);
        assertThat(format.sequenceOf("15/QĐ-UBND")).contains(15);
        assertThat(format.sequenceOf("7 / qđ-ubnd")).contains(7);
        assertThat(format.sequenceOf("15/QĐ-CT")).as("another register's symbol").isEmpty();
        assertThat(format.sequenceOf("0")).isEmpty();
        assertThat(format.sequenceOf("mười lăm")).isEmpty();
        assertThat(format.sequenceOf("")).isEmpty();
        assertThat(format.sequenceOf(null)).isEmpty();
        assertThat(format.registered("7/QĐ-UBND")).isEqualTo("07/QĐ-UBND");
        assertThat(format.registered("7/QĐ-CT")).isEqualTo("7/QĐ-CT");
    }

    @Test
    void theRegisterSettingsHaveDefaultsAndRefuseNonsense() {
        DecisionProperties defaults = DecisionProperties.defaults();
        assertThat(defaults.register().minDigits()).isEqualTo(2);
        assertThat(defaults.register().restartEachYear()).isTrue();
        assertThat(defaults.register().officeUnitCode()).isEqualTo("vpubnd");
        assertThat(defaults.signedOriginal().maxSizeBytes()).isEqualTo(10L * 1024 * 1024);
        assertThat(defaults.signedOriginal().digitalSignature()).isEqualTo(DecisionProperties.DigitalSignature.NONE);
        assertThat(defaults.numberFormat().text(3)).isEqualTo("03/QĐ-UBND");

        DecisionProperties custom = new DecisionProperties("QĐ-CT", null, null, null, null, null,
                new DecisionProperties.Register(4, false, " vp "), null);
        assertThat(custom.numberFormat().text(3)).isEqualTo("0003/QĐ-CT");
        assertThat(custom.register().restartEachYear()).isFalse();
        assertThat(custom.register().officeUnitCode()).isEqualTo("vp");
        assertThatThrownBy(() -> new DecisionProperties.Register(0, null, null))
                .hasMessageContaining("min-digits");
        assertThatThrownBy(() -> new DecisionProperties.SignedOriginal(0L, null))
                .hasMessageContaining("max-size-bytes");
    }

    @Test
    void aDigitalSignatureIsNotFakedTheApplicationRefusesToStartWithIt() {
        DecisionProperties digital = new DecisionProperties(null, null, null, null, null, null, null,
                new DecisionProperties.SignedOriginal(null, DecisionProperties.DigitalSignature.REQUIRED));
        assertThatThrownBy(() -> new ScannedOriginalCheck(digital)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is not built");
    }
}
