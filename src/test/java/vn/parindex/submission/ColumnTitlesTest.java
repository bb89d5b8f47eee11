package vn.parindex.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** SPEC §11: a header cell "Vietnamese title (column_name)" stands for the name in its last parentheses, in CSV and workbook alike. */
class ColumnTitlesTest {

    @Test
    void theNameInTheLastParenthesesIsTheColumn() {
        assertThat(Columns.normalise("Điểm tự đánh giá (self_score)")).isEqualTo("self_score");
        assertThat(Columns.normalise("  Điểm tự đánh giá (tham khảo) (Self_Score_Ref) ")).isEqualTo("self_score_ref");
        assertThat(Columns.normalise("self_score")).isEqualTo("self_score");
        assertThat(Columns.normalise(" UNIT_CODE ")).isEqualTo("unit_code");
        assertThat(Columns.normalise("Ghi chú ()")).as("empty parentheses name nothing").isEqualTo("ghi chú ()");
    }

    @Test
    void titledHeadersAreRecognisedAsTheirKind() {
        List<String> header = List.of("Năm (year)", "Mã đơn vị (unit_code)", "Mã tiêu chí (criterion_code)",
                "Điểm tự đánh giá (self_score)", "Tài liệu kiểm chứng (evidence)");
        assertThat(Kind.recognise(header.stream().map(Columns::normalise).toList())).containsExactly(Kind.SELF_ASSESSMENT);
    }
}
