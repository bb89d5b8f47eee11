package vn.parindex.intake;

import vn.parindex.submission.Kind;

/**
 * A file of the run's plan as the run keeps it in its table between the intake and the load: the row's id (its
 * place in the plan) and the file as the intake staged it — the name it had in the inbox, where it waits in
 * staging, what was seen of it.
 */
public record PlannedFile(long id, InboxFile file) {

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
