package vn.parindex.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.parindex.collection.CollectionStatus;
import vn.parindex.intake.Folders;
import vn.parindex.warehouse.YearStages;

/** Every run's {@code reports/<Y>/submissions-<Y>.xlsx}, for each year with a framework that is not final (SPEC §16). */
@Component
public class SubmissionsWorkbooks {

    private final CollectionStatus status;
    private final YearStages stages;

    public SubmissionsWorkbooks(CollectionStatus status, YearStages stages) {
        this.status = status;
        this.stages = stages;
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
        // a year that became final since collects no more: its last workbook would read as still current
        for (int year : stages.finalYears()) {
            AtomicFiles.deleteIfExists(folders.reportsFor(year).resolve(fileName(year)));
        }
        return written;
    }
}
