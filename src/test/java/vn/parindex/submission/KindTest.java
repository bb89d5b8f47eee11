package vn.parindex.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Kinds told from headers (SPEC §3), and the templates' reference columns that are not signatures (§11). */
class KindTest {

    @Test
    void eachSignatureAloneNamesItsKind() {
        for (Kind kind : Kind.values()) {
            assertThat(Kind.recognise(List.of("year", "unit_code", kind.signature()))).containsExactly(kind);
        }
        assertThat(Kind.recognise(List.of("year", "unit_code", "diem"))).isEmpty();
    }

    @Test
    void theTemplatesReferenceColumnsDoNotMakeTheirHeadersAmbiguous() {
        assertThat(Kind.recognise(List.of("year", "unit_code", "criterion_code", "criterion_name", "max_points", "self_score", "evidence",
                "note"))).containsExactly(Kind.SELF_ASSESSMENT);
        assertThat(Kind.recognise(List.of("year", "unit_code", "unit_name", "criterion_code", "criterion_name", "max_points",
                "self_score_ref", "appraised_score", "comment"))).containsExactly(Kind.APPRAISAL);
    }

    @Test
    void otherCombinationsStayAmbiguous() {
        assertThat(Kind.recognise(List.of("self_score", "appraised_score"))).containsExactly(Kind.SELF_ASSESSMENT, Kind.APPRAISAL);
        assertThat(Kind.recognise(List.of("max_points", "min_index"))).containsExactly(Kind.FRAMEWORK, Kind.BANDS);
        assertThat(Kind.recognise(List.of("unit_name", "max_points"))).containsExactly(Kind.UNITS, Kind.FRAMEWORK);
        assertThat(Kind.recognise(List.of("max_points", "self_score", "numerator"))).containsExactly(Kind.FRAMEWORK, Kind.SELF_ASSESSMENT,
                Kind.METRICS);
    }
}
