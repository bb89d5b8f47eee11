package vn.parindex.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberParserTest {
    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            96.7        | 96.7
            1359        | 1359
            0           | 0
            007         | 7
            -1          | -1
            +2.5        | 2.5
            -0.25       | -0.25
            1.5000      | 1.5000
            12.3456     | 12.3456
            """)
    void pointDecimalAccepts(String text, String expected) {
        ParsedNumber parsed = NumberParser.of(NumberStyle.POINT_DECIMAL).parse(text);

        assertThat(parsed.ok()).isTrue();
        assertThat(parsed.errorCode()).isNull();
        assertThat(parsed.value()).isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            96,7          | 96.7
            14,5          | 14.5
            1.359         | 1359
            1.234.567,89  | 1234567.89
            12345,5       | 12345.5
            1359          | 1359
            -1            | -1
            +0,5          | 0.5
            -1.000        | -1000
            12,3456       | 12.3456
            """)
    void commaDecimalAccepts(String text, String expected) {
        ParsedNumber parsed = NumberParser.of(NumberStyle.COMMA_DECIMAL).parse(text);

        assertThat(parsed.ok()).isTrue();
        assertThat(parsed.value()).isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest(name = "{0} [{1}] -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            POINT_DECIMAL | ''          | NUMBER
            POINT_DECIMAL | 1,5         | NUMBER
            POINT_DECIMAL | 1,359       | NUMBER
            POINT_DECIMAL | 1.359.000   | NUMBER
            POINT_DECIMAL | 1e3         | NUMBER
            POINT_DECIMAL | 1E3         | NUMBER
            POINT_DECIMAL | NaN         | NUMBER
            POINT_DECIMAL | Infinity    | NUMBER
            POINT_DECIMAL | -Infinity   | NUMBER
            POINT_DECIMAL | .5          | NUMBER
            POINT_DECIMAL | 5.          | NUMBER
            POINT_DECIMAL | --1         | NUMBER
            POINT_DECIMAL | +-1         | NUMBER
            POINT_DECIMAL | '1 000'     | NUMBER
            POINT_DECIMAL | 0x10        | NUMBER
            POINT_DECIMAL | ١٢          | NUMBER
            POINT_DECIMAL | −1          | NUMBER
            POINT_DECIMAL | 1.23456     | PRECISION
            POINT_DECIMAL | -0.00001    | PRECISION
            COMMA_DECIMAL | ''          | NUMBER
            COMMA_DECIMAL | 1.5         | NUMBER
            COMMA_DECIMAL | 1.50        | NUMBER
            COMMA_DECIMAL | 12.34       | NUMBER
            COMMA_DECIMAL | 1234.567    | NUMBER
            COMMA_DECIMAL | 1.2345.678  | NUMBER
            COMMA_DECIMAL | .359        | NUMBER
            COMMA_DECIMAL | ,5          | NUMBER
            COMMA_DECIMAL | 5,          | NUMBER
            COMMA_DECIMAL | 1,5,6       | NUMBER
            COMMA_DECIMAL | 1e3         | NUMBER
            COMMA_DECIMAL | NaN         | NUMBER
            COMMA_DECIMAL | Infinity    | NUMBER
            COMMA_DECIMAL | 1,23456     | PRECISION
            COMMA_DECIMAL | 1.359,00001 | PRECISION
            """)
    void rejects(NumberStyle style, String text, String errorCode) {
        ParsedNumber parsed = NumberParser.of(style).parse(text);

        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.errorCode()).isEqualTo(errorCode);
        assertThat(parsed.value()).isNull();
    }

    @Test
    void nullIsNotANumber() {
        assertThat(NumberParser.of(NumberStyle.COMMA_DECIMAL).parse(null).errorCode()).isEqualTo("NUMBER");
    }

    @Test
    void styleFollowsDelimiter() {
        assertThat(NumberStyle.forDelimiter(',')).isEqualTo(NumberStyle.POINT_DECIMAL);
        assertThat(NumberStyle.forDelimiter(';')).isEqualTo(NumberStyle.COMMA_DECIMAL);
        assertThat(NumberStyle.forDelimiter('\t')).isEqualTo(NumberStyle.COMMA_DECIMAL);
    }
}
