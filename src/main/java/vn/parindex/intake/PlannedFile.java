package vn.parindex.intake;

import vn.parindex.submission.Kind;

/**
 * A file of the run's plan as the run keeps it in its table between the intake and the load: the row's id (its
 * place in the plan) and the file as the intake staged it — the name it had in the inbox, where it waits in
 * staging, what was seen of it — and, for a data file, its {@code group}: the plan position of the first file it may
 * supersede submissions with or be superseded by, as the intake found from the units each file names
 * ({@link UnitGroups}); null for a reference file or one whose kind was not told (a data file without a group would
 * keep every file of its kind in one partition, in order).
 */
public record PlannedFile(long id, InboxFile file, Integer group) {

    public String name() {
        return file.name();
    }

    public Kind kind() {
        return file.kind();
    }

    public long size() {
        return file.size();
    }
}
