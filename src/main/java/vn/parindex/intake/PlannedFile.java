package vn.parindex.intake;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import vn.parindex.submission.Kind;

/**
 * A file of the run's plan as the job's ExecutionContext keeps it between the intake step and the load step:
 * the name it had in the inbox, where it waits in staging, and what was seen of it — as a map of plain values
 * (Spring Batch's serializer only reads back JDK types). {@code group}: for a data file, the plan position of the
 * first file it may supersede submissions with or be superseded by ({@link UnitGroups}); null otherwise.
 */
public record PlannedFile(String name, String path, long size, long modifiedMillis, String kind, String entry, Integer group) {

    /** The plan key of {@link #group}. */
    public static final String GROUP = "group";

    public PlannedFile(String name, String path, long size, long modifiedMillis, String kind, String entry) {
        this(name, path, size, modifiedMillis, kind, entry, null);
    }

    public static PlannedFile of(InboxFile file) {
        return of(file, null);
    }

    static PlannedFile of(InboxFile file, Integer group) {
        return new PlannedFile(file.name(), file.path().toString(), file.size(), file.modified().toEpochMilli(),
                file.kind() == null ? null : file.kind().name(), file.entry().name(), group);
    }

    public InboxFile toInboxFile() {
        return new InboxFile(Path.of(path), name, size, Instant.ofEpochMilli(modifiedMillis),
                kind == null ? null : Kind.valueOf(kind), InboxFile.Entry.valueOf(entry));
    }

    public HashMap<String, Object> toMap() {
        HashMap<String, Object> m = new HashMap<>();
        m.put("name", name);
        m.put("path", path);
        m.put("size", size);
        m.put("modified", modifiedMillis);
        m.put("kind", kind);
        m.put("entry", entry);
        if (group != null) {
            m.put(GROUP, group);
        }
        return m;
    }

    public static PlannedFile fromMap(Map<?, ?> m) {
        return new PlannedFile((String) m.get("name"), (String) m.get("path"), (Long) m.get("size"), (Long) m.get("modified"),
                (String) m.get("kind"), (String) m.get("entry"), m.get(GROUP) instanceof Number n ? n.intValue() : null);
    }
}
