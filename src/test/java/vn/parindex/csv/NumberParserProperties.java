package vn.parindex.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

class NumberParserProperties {
    @Property
    void pointDecimalReadsWhatPlainToStringWrites(
            @ForAll @BigRange(min = "-1000000000", max = "1000000000") @Scale(4) BigDecimal number) {
        ParsedNumber parsed = NumberParser.of(NumberStyle.POINT_DECIMAL).parse(number.toPlainString());

        assertThat(parsed.ok()).isTrue();
        assertThat(parsed.value()).isEqualByComparingTo(number);
    }

    @Property
    void commaDecimalReadsWhatVietnameseExcelWrites(
            @ForAll @BigRange(min = "-1000000000", max = "1000000000") @Scale(4) BigDecimal number,
            @ForAll boolean grouped) {
        DecimalFormat vietnamese = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi-VN")));
        vietnamese.setGroupingUsed(grouped);
        vietnamese.setParseBigDecimal(true);

        ParsedNumber parsed = NumberParser.of(NumberStyle.COMMA_DECIMAL).parse(vietnamese.format(number));

        assertThat(parsed.ok()).as(vietnamese.format(number)).isTrue();
        assertThat(parsed.value()).isEqualByComparingTo(number);
    }

    @Property
    void fiveOrMoreDecimalPlacesAreAlwaysPrecisionErrors(
            @ForAll @IntRange(min = 0, max = 99999) int whole, @ForAll @IntRange(min = 5, max = 12) int places) {
        String decimals = "1".repeat(places);

        assertThat(NumberParser.of(NumberStyle.POINT_DECIMAL).parse(whole + "." + decimals).errorCode()).isEqualTo("PRECISION");
        assertThat(NumberParser.of(NumberStyle.COMMA_DECIMAL).parse(whole + "," + decimals).errorCode()).isEqualTo("PRECISION");
    }
}
