package vn.parindex.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The rows of an {@code <name>.errors.csv} as the job wrote it. */
record ErrorReport(List<Row> rows) {

    record Row(long line, String column, String code, String message) {
    }

    static ErrorReport read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(text).as("errors.csv starts with a BOM and the header").startsWith("\uFEFFline,column,code,message\r\n");
            List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(text.substring(1))).getRecords();
            return new ErrorReport(records.stream()
                    .map(r -> new Row(Long.parseLong(r.get("line")), r.get("column"), r.get("code"), r.get("message")))
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Row> withCode(String code) {
        return rows.stream().filter(r -> r.code().equals(code)).toList();
    }
}
