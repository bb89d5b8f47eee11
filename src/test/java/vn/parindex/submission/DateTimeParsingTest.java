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
        "2024-02-29T23:59:59, 2024-02-29T23:59:59",
        // one-digit hours, in every form (SPEC §3, issue 13)
        "2024-01-05 8:12, 2024-01-05T08:12",
        "2024-01-05T8:12:09, 2024-01-05T08:12:09",
        // day-first, as Excel writes dates under Vietnamese regional settings
        "05/01/2024, 2024-01-05T00:00",
        "5/1/2024, 2024-01-05T00:00",
        "05/01/2024 08:12, 2024-01-05T08:12",
        "05/01/2024 8:12, 2024-01-05T08:12",
        "5/01/2024 8:12:30, 2024-01-05T08:12:30",
        "31/12/2024 23:59:59, 2024-12-31T23:59:59",
        "29/2/2024, 2024-02-29T00:00"})
    void legalForms(String text, String expected) {
        assertThat(Row.parseDateTime(text)).isEqualTo(LocalDateTime.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-30", "2023-02-29", "2024-13-01", "2024-1-5", "2024-01-05 008:12",
        "2024-01-05 08:12:3", "2024-01-05 24:00", "2024-01-05X08:12", "2024-01-05 08:60", "", "2024-01-05 08:12 ",
        "2024-01-05 ", "2024-01-05 08", "2024-01-05 08:12:00.5", "31/02/2024", "05/13/2024", "05/01/24", "005/01/2024",
        "05/001/2024", "05-01-2024", "2024/01/05", "05/01/2024T08:12", "05/01/2024  08:12", "05/01/2024 8:1",
        "05/01/20245", "/01/2024", "05//2024", "05/01/2024 24:00", "٠٥/٠١/٢٠٢٤"})
    void everythingElseIsRejected(String text) {
        assertThatThrownBy(() -> Row.parseDateTime(text)).isInstanceOf(DateTimeException.class);
    }
}
