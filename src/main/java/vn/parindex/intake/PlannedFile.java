package vn.parindex.intake;

import java.util.HashMap;
import java.util.Map;
import java.nio.file.Path;
import java.time.Instant;
import vn.parindex.submission.Kind;

/**
 * An inbox file as the job's ExecutionContext keeps it between the intake step and the load step: its name
 * relative to the inbox and what the scan saw of it, as a map of plain values (Spring Batch's serializer only
 * reads back JDK types).
 */
public record PlannedFile(String name, long size, long modifiedMillis, String kind, String entry) {

    public HashMap<String, Object> toMap() {
        HashMap<String, Object> m = new HashMap<>();
        m.put("name", name);
        m.put("size", size);
        m.put("modified", modifiedMillis);
        m.put("kind", kind);
        m.put("entry", entry);
        return m;
    }

    public static PlannedFile fromMap(Map<?, ?> m) {
        return new PlannedFile((String) m.get("name"), (Long) m.get("size"), (Long) m.get("modified"), (String) m.get("kind"),
                (String) m.get("entry"));
    }

    public static PlannedFile of(InboxFile file) {
        return new PlannedFile(file.name(), file.size(), file.modified().toEpochMilli(), file.kind() == null ? null : file.kind().name(),
                file.entry().name());
    }

    public InboxFile in(Path inbox) {
        return new InboxFile(inbox.resolve(name), name, size, Instant.ofEpochMilli(modifiedMillis),
                kind == null ? null : Kind.valueOf(kind), InboxFile.Entry.valueOf(entry));
    }
}
