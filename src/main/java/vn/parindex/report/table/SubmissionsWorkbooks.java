package vn.parindex.report.table;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.parindex.collection.CollectionStatus;
import vn.parindex.installation.Folders;
import vn.parindex.installation.AtomicFiles;

/** Every run's {@code reports/<Y>/submissions-<Y>.xlsx}, for each year with a framework that is not final (SPEC §16). */
@Component
public class SubmissionsWorkbooks {

    private final CollectionStatus status;

    public SubmissionsWorkbooks(CollectionStatus status) {
        this.status = status;
    }

    public static String fileName(int year) {
        return "submissions-" + year + ".xlsx";
    }

    /** Writes the workbooks as of {@code asOf}; returns the files written, by year. */
    public List<Path> write(LocalDate asOf, Folders folders) {
        List<Path> written = new ArrayList<>();
        for (int year : status.collectingYears()) {
            Path target = folders.reportsFor(year).resolve(fileName(year));
            SubmissionsWorkbookWriter.write(status.of(year, asOf), target);
            written.add(target);
        }
        return written;
    }

    /** The workbook of {@code year} alone ({@code report --year Y}), when the year is still collecting. */
    public java.util.Optional<Path> write(int year, LocalDate asOf, Folders folders) {
        if (!status.collectingYears().contains(year)) {
            return java.util.Optional.empty();
        }
        Path target = folders.reportsFor(year).resolve(fileName(year));
        SubmissionsWorkbookWriter.write(status.of(year, asOf), target);
        return java.util.Optional.of(target);
    }

    /** A year that becomes final collects no more: its last workbook would read as still current (SPEC §16). */
    public static void removeOnClosing(int year, Folders folders) {
        AtomicFiles.deleteIfExists(folders.reportsFor(year).resolve(fileName(year)));
    }
}
