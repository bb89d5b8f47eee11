package vn.parindex.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SameNumberUnitCodeTest {

    private static UnitInfo unit(String code) {
        return new UnitInfo(code, "Đơn vị " + code, "QUAN", null, null, null);
    }

    private final ReferenceData known = new ReferenceData(Map.of("019", unit("019"), "005", unit("005"), "00", unit("00"),
            "U19", unit("U19"), "190", unit("190")), Map.of());

    @Test
    void aCodeThatIsAKnownOneWithoutItsLeadingZerosIsFound() {
        assertThat(known.sameNumberUnitCode("19")).contains("019");
        assertThat(known.sameNumberUnitCode("0019")).contains("019");
        assertThat(known.sameNumberUnitCode("5")).contains("005");
        assertThat(known.sameNumberUnitCode("0")).contains("00");
    }

    @Test
    void otherCodesAreNot() {
        assertThat(known.sameNumberUnitCode("019")).as("itself").isEmpty();
        assertThat(known.sameNumberUnitCode("91")).isEmpty();
        assertThat(known.sameNumberUnitCode("1900")).isEmpty();
        assertThat(known.sameNumberUnitCode("A19")).as("not a number").isEmpty();
        assertThat(known.sameNumberUnitCode("")).isEmpty();
    }
}
