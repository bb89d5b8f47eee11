package vn.parindex.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.parindex.support.StrokedLines;
import vn.parindex.support.StrokedLines.Segment;
import vn.parindex.report.model.OfficialHeading;
import vn.parindex.report.pdf.RankingPdfWriter;
import vn.parindex.report.pdf.ScorecardPdfWriter;

/**
 * The heading block's rules where Nghị định 30/2020 puts them (SPEC §13), read back from page 1: under the issuer a
 * rule a third to a half of its width, centred on it; under the motto a rule of the motto's width, in the right
 * column, on the portrait scorecards and on the landscape ranking cover alike.
 */
class OfficialHeadingRulesTest {

    private static final OfficialHeading HEADING = new OfficialHeading("UBND thành phố Hà Nội", "Sở Nội vụ");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"ranking", "scorecards"})
    void rulesSitUnderTheIssuerAndTheMotto(String which) throws IOException {
        byte[] bytes = which.equals("ranking")
                ? new RankingPdfWriter(Optional.of(HEADING)).render(RankingReportFixtures.report(false))
                : new ScorecardPdfWriter(Optional.of(HEADING)).render(ScorecardFixtures.report());
        Path pdf = Files.write(dir.resolve(which + ".pdf"), bytes);
        float pageWidth;
        float pageHeight;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            var page = document.getPage(0);
            boolean turned = page.getRotation() % 180 != 0;
            pageWidth = turned ? page.getMediaBox().getHeight() : page.getMediaBox().getWidth();
            pageHeight = turned ? page.getMediaBox().getWidth() : page.getMediaBox().getHeight();
        }
        Extent issuer = extent(pdf, "SỞ NỘI VỤ", pageHeight);
        Extent motto = extent(pdf, "Độc lập - Tự do - Hạnh phúc", pageHeight);

        List<Segment> rules = StrokedLines.of(pdf, 0).stream()
                .filter(s -> s.rgb() == 0 && s.y1() > pageHeight - 80 && Math.abs(s.y1() - s.y2()) < 0.01 && Math.abs(s.x2() - s.x1()) > 5)
                .sorted(java.util.Comparator.comparingDouble(s -> Math.min(s.x1(), s.x2()))).toList();
        assertThat(rules).as("the two rules of the heading block").hasSize(2);
        Segment issuerRule = rules.get(0);
        Segment mottoRule = rules.get(1);

        double issuerRuleLength = Math.abs(issuerRule.x2() - issuerRule.x1());
        assertThat(issuerRuleLength).isBetween(issuer.width() / 3 - 0.5, issuer.width() / 2 + 0.5);
        assertThat(centre(issuerRule)).isCloseTo(issuer.centre(), offset(1.5));
        assertThat(issuerRule.y1()).isLessThan(issuer.baseline());

        assertThat(Math.abs(mottoRule.x2() - mottoRule.x1())).isCloseTo(motto.width(), offset(2.0));
        assertThat(centre(mottoRule)).isCloseTo(motto.centre(), offset(1.5)).isGreaterThan(pageWidth / 2);
        assertThat(mottoRule.y1()).isLessThan(motto.baseline());
        assertThat(issuer.centre()).isLessThan(pageWidth / 2);
    }

    private static double centre(Segment s) {
        return (s.x1() + s.x2()) / 2;
    }

    /** Where a line of text is on page 1 as shown: left and right ends, and its baseline (y up). */
    private record Extent(double left, double right, double baseline) {
        double width() {
            return right - left;
        }

        double centre() {
            return (left + right) / 2;
        }
    }

    private static Extent extent(Path pdf, String line, float pageHeight) throws IOException {
        Extent[] found = new Extent[1];
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                if (text.strip().equals(line) && found[0] == null) {
                    TextPosition first = positions.get(0);
                    TextPosition last = positions.get(positions.size() - 1);
                    found[0] = new Extent(first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(), pageHeight - first.getYDirAdj());
                }
                super.writeString(text, positions);
            }
        };
        stripper.setStartPage(1);
        stripper.setEndPage(1);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            stripper.getText(document);
        }
        assertThat(found[0]).as("'%s' on page 1", line).isNotNull();
        return found[0];
    }
}
