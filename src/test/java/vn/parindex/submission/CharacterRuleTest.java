package vn.parindex.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.parindex.support.HostileWorkbooks;
import vn.parindex.support.Workbooks;

/** SPEC §3's CHARACTER rule, in a CSV file and in a workbook cell. */
class CharacterRuleTest {

    @TempDir
    Path dir;

    private final ReferenceData none = new ReferenceData(Map.of(), Map.of());

    /** (A NUL in a CSV file is ENCODING: it means UTF-16 saved without its mark, CsvFileReaderEncodingTest.) */
    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"202E", "200B", "2066", "001B", "0001", "007F", "0085", "202A", "2069", "200D", "2060", "FEFF", "0009", "000A"})
    void aUnitNameHoldingTheCharacterIsRefusedNamingItsCodePoint(String hex) throws Exception {
        String c = new String(Character.toChars(Integer.parseInt(hex, 16)));
        Path file = Files.writeString(dir.resolve("units.csv"),
                "unit_code,unit_name,group_code\n019,\"Quận" + c + "Ba Đình\",QUAN\n020,Quận Hoàn Kiếm,QUAN\n", StandardCharsets.UTF_8);

        SubmissionReader.Result result = SubmissionReader.read(file, none, record -> { });

        assertThat(result.errors().report()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("CHARACTER");
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo("unit_name");
            assertThat(e.message()).contains("U+" + hex);
        });
    }

    @Test
    void aCodeOrAYearHoldingAZeroWidthSpaceIsRefusedToo() throws Exception {
        Path file = Files.writeString(dir.resolve("units.csv"),
                "unit_code,unit_name,group_code,valid_from\n0\u200B19,Quận Ba Đình,QUAN,20\u200D08\n", StandardCharsets.UTF_8);

        SubmissionReader.Result result = SubmissionReader.read(file, none, record -> { });

        assertThat(result.errors().report()).extracting(FileError::code, FileError::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CHARACTER", "unit_code"),
                        org.assertj.core.groups.Tuple.tuple("CHARACTER", "valid_from"));
    }

    @Test
    void lineBreaksAndTabsStayAllowedInTheFreeTextColumnsOnly() throws Exception {
        Path file = Files.writeString(dir.resolve("adjustments.csv"),
                "year,unit_code,points,reason\n2024,019,-1,\"Trễ hạn\nbáo cáo\tquý 2\"\n", StandardCharsets.UTF_8);

        SubmissionReader.Result result = SubmissionReader.read(file, none, record -> { });

        assertThat(result.errors().report()).extracting(FileError::code).doesNotContain("CHARACTER");
        Path bidi = Files.writeString(dir.resolve("adjustments-bidi.csv"),
                "year,unit_code,points,reason\n2024,019,-1,\"Trễ hạn \u202Ebáo cáo\"\n", StandardCharsets.UTF_8);
        assertThat(SubmissionReader.read(bidi, none, record -> { }).errors().report())
                .extracting(FileError::code).contains("CHARACTER");
    }

    @Test
    void aColumnTheKindDoesNotReadIsNotChecked() throws Exception {
        Path file = Files.writeString(dir.resolve("units.csv"),
                "unit_code,unit_name,group_code,ghi_chu\n019,Quận Ba Đình,QUAN,\"x\u001By\"\n", StandardCharsets.UTF_8);

        assertThat(SubmissionReader.read(file, none, record -> { }).accepted()).isTrue();
    }

    @Test
    void aWorkbookCellWrittenWithExcelsEscapesIsRefusedNamingTheCodePoint() {
        byte[] xlsx = HostileWorkbooks.sheet(HostileWorkbooks.inlineRow("unit_code", "unit_name", "group_code"),
                HostileWorkbooks.inlineRow("019", "Quận _x001B_[31mBa Đình_x000D_", "QUAN"));
        Path file = Workbooks.write(dir.resolve("units.xlsx"), xlsx);

        SubmissionReader.Result result = SubmissionReader.read(file, none, record -> { });

        assertThat(result.errors().report()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("CHARACTER");
            assertThat(e.column()).isEqualTo("unit_name");
            assertThat(e.message()).contains("U+001B");
        });
    }
}
