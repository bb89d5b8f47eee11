package vn.parindex.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import net.sf.jasperreports.compilers.ReportExpressionEvaluationData;
import net.sf.jasperreports.engine.JRDataset;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.design.JRReportCompileData;
import vn.parindex.report.pdf.MethodText;
import vn.parindex.report.pdf.ReportTemplates;
import vn.parindex.report.pdf.VnFormat;

class RankingPdfSupportTest {

    @Test
    void formatsNumbersTheVietnameseWay() {
        assertThat(VnFormat.index(new BigDecimal("96.7"))).isEqualTo("96,70");
        assertThat(VnFormat.index(new BigDecimal("66.605"))).isEqualTo("66,61");
        assertThat(VnFormat.index(new BigDecimal("1359.5"))).isEqualTo("1.359,50");
        assertThat(VnFormat.index(null)).isEqualTo("–");
        assertThat(VnFormat.signedIndex(new BigDecimal("1.25"))).isEqualTo("+1,25");
        assertThat(VnFormat.signedIndex(new BigDecimal("-0.45"))).isEqualTo("-0,45");
        assertThat(VnFormat.signedIndex(BigDecimal.ZERO)).isEqualTo("0,00");
        assertThat(VnFormat.points(new BigDecimal("1359"))).isEqualTo("1.359");
        assertThat(VnFormat.points(new BigDecimal("12.50"))).isEqualTo("12,5");
        assertThat(VnFormat.deltaRank(3)).isEqualTo("▲ 3");
        assertThat(VnFormat.deltaRank(-2)).isEqualTo("▼ 2");
        assertThat(VnFormat.deltaRank(0)).isEqualTo("0");
        assertThat(VnFormat.deltaRank(null)).isEqualTo("–");
        assertThat(VnFormat.date(LocalDate.of(2024, 3, 5))).isEqualTo("05/03/2024");
    }

    @Test
    void describesMethodsInPlainWords() {
        assertThat(MethodText.describe("group", null)).isEqualTo("Tổng điểm các tiêu chí con");
        assertThat(MethodText.describe("ratio", "metric=dossiers.ontime; >=0.95:1; <=0.1:0.25; else:0"))
                .isEqualTo("Theo tỷ lệ hồ sơ giải quyết đúng hạn (xét lần lượt): từ 95% trở lên: 100% điểm; "
                        + "đến 10%: 25% điểm; còn lại: 0% điểm");
        assertThat(MethodText.describe("ratio", "metric=m1; linear")).isEqualTo("Theo tỷ lệ m1: điểm = tỷ lệ × điểm tối đa");
        assertThat(MethodText.describe("survey", "questions=Q1,Q2; mode=mean"))
                .startsWith("Khảo sát (câu hỏi Q1, Q2): điểm = (điểm trả lời bình quân − 1) / 4")
                .endsWith("cần ít nhất 1 người trả lời, nếu ít hơn thì 0 điểm");
        assertThat(MethodText.describe("ratio", "nonsense")).isEqualTo("Quy tắc: nonsense");
    }

    /** Every expression is evaluated directly: no Java code is generated, so no compiler is needed at runtime. */
    @ParameterizedTest
    @ValueSource(strings = {"ranking", "ranking-table", "ranking-methodology"})
    void templatesCompileWithoutJavaCode(String name) throws JRException {
        JasperReport report = ReportTemplates.compile(name);
        JRReportCompileData data = (JRReportCompileData) report.getCompileData();
        assertThat(((ReportExpressionEvaluationData) data.getMainDatasetCompileData()).getCompileData()).isNull();
        if (report.getDatasets() != null) {
            for (JRDataset dataset : report.getDatasets()) {
                assertThat(((ReportExpressionEvaluationData) data.getDatasetCompileData(dataset)).getCompileData())
                        .as(dataset.getName()).isNull();
            }
        }
    }
}
