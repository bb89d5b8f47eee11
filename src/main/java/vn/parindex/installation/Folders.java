package vn.parindex.installation;

import java.nio.file.Path;
import java.time.LocalDate;

/** The installation's folders (SPEC §2), under its root. */
public record Folders(Path home) {

    public Path inbox() {
        return home.resolve("input/inbox");
    }

    public Path archiveFor(LocalDate day) {
        return home.resolve("input/archive").resolve(day.toString());
    }

    public Path rejected() {
        return home.resolve("input/rejected");
    }

    public Path reports() {
        return home.resolve("reports");
    }

    public Path reportsFor(int year) {
        return reports().resolve(Integer.toString(year));
    }

    public Path runs() {
        return reports().resolve("runs");
    }

    /** Where {@code parindex template --year Y} writes the staff's spreadsheet templates by default. */
    public Path templatesFor(int year) {
        return home.resolve("templates").resolve(Integer.toString(year));
    }

    public Path data() {
        return home.resolve("data");
    }

    public Path logs() {
        return home.resolve("logs");
    }
}
