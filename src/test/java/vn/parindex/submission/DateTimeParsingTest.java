package vn.parindex.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateTimeParsingTest {

    @ParameterizedTest
    @CsvSource({
        "2024-01-05, 2024-01-05T00:00",
        "2024-01-05 08:12, 2024-01-05T08:12",
        "2024-01-05T08:12, 2024-01-05T08:12",
        "2024-01-05 08:12:30, 2024-01-05T08:12:30",
        "2024-02-29T23:59:59, 2024-02-29T23:59:59"})
    void legalForms(String text, String expected) {
        assertThat(Row.parseDateTime(text)).isEqualTo(LocalDateTime.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-30", "2023-02-29", "2024-13-01", "2024-1-5", "05/01/2024", "2024-01-05 8:12",
        "2024-01-05 08:12:3", "2024-01-05 24:00", "2024-01-05X08:12", "2024-01-05 08:60", "", "2024-01-05 08:12 "})
    void everythingElseIsRejected(String text) {
        assertThatThrownBy(() -> Row.parseDateTime(text)).isInstanceOf(DateTimeException.class);
    }
}
