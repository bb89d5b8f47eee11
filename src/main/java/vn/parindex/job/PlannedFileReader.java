package vn.parindex.job;

import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import vn.parindex.intake.PlannedFile;

/**
 * Reads a load step's files from the run's table: those of its partition's range of the load order (or the
 * reference files, in plan order) that have no outcome yet, read once when the step opens. A file's outcome commits
 * with its load, so a step that starts again finds only the files still to load, and its context needs to hold
 * nothing of the reader's.
 */
class PlannedFileReader implements ItemStreamReader<PlannedFile> {

    private final Supplier<List<PlannedFile>> files;
    private Iterator<PlannedFile> next;

    PlannedFileReader(Supplier<List<PlannedFile>> files) {
        this.files = files;
    }

    @Override
    public void open(ExecutionContext context) {
        next = files.get().iterator();
    }

    @Override
    public PlannedFile read() {
        return next != null && next.hasNext() ? next.next() : null;
    }
}
