package vn.parindex.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.parindex.installation.Folders;
import vn.parindex.installation.Printable;
import vn.parindex.publish.PublishRefusal;
import vn.parindex.publish.PublishRequest;
import vn.parindex.publish.PublishedVersions;
import vn.parindex.publish.PublishedVersions.Version;
import vn.parindex.publish.YearRecord;

/** {@code publish}, {@code reopen} and {@code publications} (SPEC §15). */
@Component
class YearRecordCommand {

    private final YearRecord record;

    YearRecordCommand(YearRecord record) {
        this.record = record;
    }

    int publish(Command command, Folders folders, Optional<String> place, PrintStream out, PrintStream err) {
        YearRecordOptions o = command.record();
        int year = command.years().get(0);
        try {
            YearRecord.Published p = record.publish(new PublishRequest(year, o.isFinal(), o.commentsUntil(), o.decision(), o.decisionDate()),
                    folders, place);
            Version v = p.version();
            out.println("published " + year + " version " + v.number() + " (" + v.stage()
                    + (v.decisionText() == null ? "" : ", " + v.decisionText())
                    + (v.replacedText() == null ? "" : ", replacing " + v.replacedText()) + "): "
                    + p.files().size() + " file(s) in " + folders.home().relativize(p.folder()) + "/");
            return ExitCode.DONE.code();
        } catch (PublishRefusal e) {
            err.println("parindex: " + Printable.of(e.getMessage()));
            return ExitCode.BAD_USAGE.code();
        }
    }

    int reopen(Command command, Folders folders, PrintStream out, PrintStream err) {
        int year = command.years().get(0);
        try {
            PublishedVersions.Reopening r = record.reopen(year, command.record().reason(), folders);
            out.println("reopened " + year + " (was final, version " + r.fromVersion() + ") by " + Printable.of(r.by()) + " at " + r.at()
                    + ": it is open again; its published files stay in reports/" + year + "/published/");
            return ExitCode.DONE.code();
        } catch (PublishRefusal e) {
            err.println("parindex: " + Printable.of(e.getMessage()));
            return ExitCode.BAD_USAGE.code();
        }
    }

    int publications(Command command, Folders folders, PrintStream out, PrintStream err) {
        Integer year = command.years().isEmpty() ? null : command.years().get(0);
        Map<Version, List<YearRecord.Mismatch>> found = record.verify(year, folders);
        int problems = 0;
        for (Map.Entry<Version, List<YearRecord.Mismatch>> e : found.entrySet()) {
            Version v = e.getKey();
            List<YearRecord.Mismatch> mismatches = e.getValue();
            int files = record.files(v).size();
            out.println(v.year() + " version " + v.number() + " " + v.stage() + ", published " + v.publishedAt() + " by "
                    + Printable.of(v.publishedBy())
                    + (v.commentsUntil() == null ? "" : ", comments until " + v.commentsUntil())
                    + (v.decisionText() == null ? "" : ", " + v.decisionText())
                    + (v.replacedText() == null ? "" : ", replacing " + v.replacedText())
                    + ": reports/" + v.year() + "/published/" + v.folder() + "/, " + files + " file(s), "
                    + (mismatches.isEmpty() ? "all match their SHA-256" : mismatches.size() + " not matching"));
            for (YearRecord.Mismatch m : mismatches) {
                out.println("  " + m.problem().toUpperCase(java.util.Locale.ROOT) + " " + Printable.of(folders.home().relativize(m.file()).toString()));
                problems++;
            }
        }
        for (PublishedVersions.Reopening r : record.reopenings(year)) {
            out.println(r.year() + " reopened " + r.at() + " by " + Printable.of(r.by()) + " (was " + r.fromStage() + ", version "
                    + r.fromVersion() + "): " + Printable.of(r.reason()));
        }
        if (found.isEmpty()) {
            out.println("no published version" + (year == null ? "" : " of " + year));
        }
        if (problems > 0) {
            err.println("parindex: " + problems + " published file(s) altered or missing (listed above)");
            return ExitCode.FAILED.code();
        }
        return ExitCode.DONE.code();
    }
}
