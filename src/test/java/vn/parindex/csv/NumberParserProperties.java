package vn.parindex.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/** Properties over random numbers; each repetition has its own fixed seed, so a failure names what reproduces it. */
class NumberParserProperties {

    private static BigDecimal randomNumber(Random random) {
        long unscaled = random.nextLong() % 10_000_000_000_000L;
        return BigDecimal.valueOf(unscaled, 4);
    }

    @RepeatedTest(300)
    void pointDecimalReadsWhatPlainToStringWrites(RepetitionInfo repetition) {
        BigDecimal number = randomNumber(new Random(repetition.getCurrentRepetition()));

        ParsedNumber parsed = NumberParser.of(NumberStyle.POINT_DECIMAL).parse(number.toPlainString());

        assertThat(parsed.ok()).as(number.toPlainString()).isTrue();
        assertThat(parsed.value()).isEqualByComparingTo(number);
    }

    @RepeatedTest(300)
    void commaDecimalReadsWhatVietnameseExcelWrites(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        BigDecimal number = randomNumber(random);
        DecimalFormat vietnamese = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi-VN")));
        vietnamese.setGroupingUsed(random.nextBoolean());

        ParsedNumber parsed = NumberParser.of(NumberStyle.COMMA_DECIMAL).parse(vietnamese.format(number));

        assertThat(parsed.ok()).as(vietnamese.format(number)).isTrue();
        assertThat(parsed.value()).isEqualByComparingTo(number);
    }

    @RepeatedTest(100)
    void fiveOrMoreDecimalPlacesAreAlwaysPrecisionErrors(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        int whole = random.nextInt(100_000);
        String decimals = "1".repeat(5 + random.nextInt(8));

        assertThat(NumberParser.of(NumberStyle.POINT_DECIMAL).parse(whole + "." + decimals).errorCode()).isEqualTo("PRECISION");
        assertThat(NumberParser.of(NumberStyle.COMMA_DECIMAL).parse(whole + "," + decimals).errorCode()).isEqualTo("PRECISION");
    }
}
