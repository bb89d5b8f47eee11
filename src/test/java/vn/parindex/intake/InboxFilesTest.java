package vn.parindex.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.parindex.cli.SharedWarehouse;
import vn.parindex.support.Installation;

/** File names, subfolders, name collisions, ignored names and settle time of the inbox (SPEC §2). */
class InboxFilesTest extends SharedWarehouse {

    private static final String APPRAISAL = "year,unit_code,criterion_code,appraised_score,comment\n";
    private static final String BAD = APPRAISAL + "2024,019,1.1,99,quá điểm\n";


    @Test
    void vietnameseNamesWithSpacesAndBracketsAndSubfoldersAreArchivedUnderTheirNames() throws IOException {
        Installation parindex = installation();
        parindex.drop("Báo cáo (bản sửa) Quận 1.csv", Files.readAllBytes(Installation.EXAMPLES.resolve("units.csv")));
        parindex.drop("Phòng Nội vụ/Bộ tiêu chí [2024].csv", Files.readAllBytes(Installation.EXAMPLES.resolve("framework-2024.csv")));
        parindex.drop("Phòng Nội vụ/Thẩm định/Điểm thẩm định – Nam Từ Liêm.csv", APPRAISAL + "2024,019,1.1,14,ok\n");
        parindex.drop("Phòng Nội vụ/Thẩm định/Sai điểm (lần 2).csv", BAD);

        assertThat(parindex.run("run", "--settle", "0").exitCode()).isEqualTo(4);

        assertThat(parindex.inboxFiles()).isEmpty();
        assertThat(names(Installation.filesUnder(home.resolve("input/archive"))))
                .containsExactlyInAnyOrder("Báo cáo (bản sửa) Quận 1.csv", "Bộ tiêu chí [2024].csv", "Điểm thẩm định – Nam Từ Liêm.csv");
        assertThat(names(Installation.filesUnder(home.resolve("input/rejected"))))
                .containsExactlyInAnyOrder("Sai điểm (lần 2).csv", "Sai điểm (lần 2).errors.csv", "Sai điểm (lần 2).errors.xlsx");
        ErrorReport.read(home.resolve("input/rejected/Sai điểm (lần 2).errors.csv"));
        assertThat(Warehouse.statusOf(parindex, "Phòng Nội vụ/Thẩm định/Điểm thẩm định – Nam Từ Liêm.csv")).containsExactly("accepted");
        assertThat(parindex.sql().queryForObject("SELECT COUNT(*) FROM unit", Integer.class)).isEqualTo(3);
    }

    @Test
    void takenNamesInArchiveAndRejectedAreMadeUniqueAndNothingIsOverwritten() throws IOException {
        Installation parindex = installation();
        parindex.dropExamples(List.of("units.csv", "framework-2024.csv", "bands-2024.csv"));
        parindex.drop("Quận 1/điểm.csv", APPRAISAL + "2024,019,1.1,14,ok\n");
        parindex.drop("Quận 2/điểm.csv", APPRAISAL + "2024,021,1.1,13,ok\n");
        parindex.drop("Quận 1/lỗi.csv", BAD);
        assertThat(parindex.run("run", "--settle", "0").exitCode()).isEqualTo(4);
        Path rejected = home.resolve("input/rejected");
        String firstReport = parindex.read(rejected.resolve("lỗi.errors.csv"));

        parindex.drop("lỗi.csv", APPRAISAL + "2024,019,9.9,1,khác\n");
        parindex.drop("Quận 3/lỗi.csv", APPRAISAL + "2024,019,1.1,-1,khác nữa\n");
        assertThat(parindex.run("run", "--settle", "0").exitCode()).isEqualTo(4);

        assertThat(names(Installation.filesUnder(home.resolve("input/archive")))).contains("điểm.csv", "điểm (2).csv");
        assertThat(names(Installation.filesUnder(rejected))).containsExactlyInAnyOrder("lỗi.csv", "lỗi.errors.csv",
                "lỗi (2).csv", "lỗi (2).errors.csv", "lỗi (3).csv", "lỗi (3).errors.csv",
                "lỗi.errors.xlsx", "lỗi (2).errors.xlsx", "lỗi (3).errors.xlsx");
        assertThat(parindex.read(rejected.resolve("lỗi.csv"))).isEqualTo(BAD);
        assertThat(parindex.read(rejected.resolve("lỗi.errors.csv"))).isEqualTo(firstReport);
        assertThat(parindex.read(rejected.resolve("lỗi (2).errors.csv")) + parindex.read(rejected.resolve("lỗi (3).errors.csv")))
                .contains("UNKNOWN_CRITERION", "OUT_OF_RANGE");
        assertThat(parindex.sql().queryForObject("SELECT COUNT(*) FROM appraised_score", Integer.class)).isEqualTo(2);
    }

    @Test
    void spreadsheetFormatsTheJobDoesNotReadAreRejectedWithFormatAndHowToSaveThem() throws IOException {
        Installation parindex = installation();
        for (String name : List.of("bảng.xls", "Điểm.XLSM", "phiếu.ods")) {
            parindex.drop(name, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 1, 2, 3});
        }

        Installation.Result result = parindex.run("run", "--settle", "0");

        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(4);
        assertThat(parindex.inboxFiles()).isEmpty();
        Path rejected = home.resolve("input/rejected");
        for (String name : List.of("bảng.xls", "Điểm.XLSM", "phiếu.ods")) {
            Path report = FileMover.errorReportOf(rejected.resolve(name));
            assertThat(rejected.resolve(name)).as(result.out() + Installation.filesUnder(rejected)).exists();
            assertThat(parindex.read(report)).as(name).contains("FORMAT", "CSV UTF-8");
        }
        assertThat(parindex.read(FileMover.errorReportOf(rejected.resolve("bảng.xls")))).contains("Excel 97–2003 (.xls)");
    }

    @Test
    void ignoredNamesAndUnsettledFilesAreLeftInTheInboxUntouched() throws IOException {
        Installation parindex = installation();
        Map<Path, byte[]> left = new LinkedHashMap<>();
        for (String name : List.of(".hidden.csv", "~$units.csv", "~$Bảng điểm.CSV", "units.csv.part", "units.csv.tmp",
                "units.csv.crdownload", "UNITS.CSV.PART", "self-019.errors.csv", "self-019.ERRORS.CSV", "self-019.errors.xlsx", "ghi chú.txt",
                "~$units.xlsx", "units", "sub/.lock.csv", ".an/units.csv")) {
            Path file = parindex.drop(name, BAD);
            left.put(file, Files.readAllBytes(file));
        }
        Path copying = parindex.drop("đang chép.csv", Files.readAllBytes(Installation.EXAMPLES.resolve("units.csv")));
        Files.setLastModifiedTime(copying, FileTime.from(Instant.now().minus(Duration.ofSeconds(20))));
        left.put(copying, Files.readAllBytes(copying));
        Map<Path, FileTime> times = new LinkedHashMap<>();
        for (Path file : left.keySet()) {
            times.put(file, Files.getLastModifiedTime(file));
        }
        Path settled = parindex.drop("Đơn vị.CSV", Files.readAllBytes(Installation.EXAMPLES.resolve("units.csv")));

        Installation.Result result = parindex.run("run", "--settle", "60");

        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(parindex.inboxFiles()).containsExactlyInAnyOrderElementsOf(left.keySet());
        for (Map.Entry<Path, byte[]> file : left.entrySet()) {
            assertThat(Files.readAllBytes(file.getKey())).as(file.getKey().toString()).isEqualTo(file.getValue());
            assertThat(Files.getLastModifiedTime(file.getKey())).isEqualTo(times.get(file.getKey()));
        }
        assertThat(settled).doesNotExist();
        assertThat(Installation.filesUnder(home.resolve("input/rejected"))).isEmpty();
        assertThat(parindex.sql().queryForList("SELECT original_name FROM source_file", String.class)).containsExactly("Đơn vị.CSV");
        assertThat(parindex.sql().queryForObject("SELECT COUNT(*) FROM unit", Integer.class)).isEqualTo(3);
    }

    private static List<String> names(List<Path> files) {
        return files.stream().map(p -> p.getFileName().toString()).toList();
    }
}
