package vn.parindex.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parindex.installation.Folders;
import vn.parindex.installation.Sha256;
import vn.parindex.publish.PublishedVersions.PublishedFile;
import vn.parindex.publish.PublishedVersions.Version;
import vn.parindex.report.model.OfficialHeading;
import vn.parindex.report.model.PublishedMarks;
import vn.parindex.report.YearReports;
import vn.parindex.warehouse.PendingYears;
import vn.parindex.warehouse.ResultsRepository;
import vn.parindex.warehouse.YearStages;

/**
 * The year's record (SPEC §15): publishing a version (all or nothing, see {@link PublishedFolders}), reopening a
 * final year, and checking the published files against their recorded SHA-256.
 */
@Service
public class YearRecord {

    private static final Logger log = LoggerFactory.getLogger(YearRecord.class);

    private final PublishedVersions versions;
    private final YearStages stages;
    private final ResultsRepository results;
    private final PendingYears pending;
    private final YearReports reports;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public YearRecord(PublishedVersions versions, YearStages stages, ResultsRepository results, PendingYears pending, YearReports reports,
            PlatformTransactionManager transactions, Clock clock) {
        this.versions = versions;
        this.stages = stages;
        this.results = results;
        this.pending = pending;
        this.reports = reports;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** A published version and where its files are. */
    public record Published(Version version, Path folder, List<PublishedFile> files) {
    }

    public Published publish(PublishRequest request, Folders folders, Optional<String> place) {
        int year = request.year();
        PublishedFolders published = new PublishedFolders(folders.reportsFor(year));
        published.recover(versions.folders(year));
        if (!results.yearsWithResults().contains(year)) {
            throw new PublishRefusal("no results for " + year + " in the warehouse: nothing to publish (run 'parindex run --year " + year
                    + "' once its files are in)");
        }
        if (pending.queued().contains(year)) {
            throw new PublishRefusal(year + " has data not yet computed (a run was interrupted): run 'parindex run' first, then publish");
        }
        String stage = stages.stage(year);
        if (YearStages.FINAL.equals(stage)) {
            throw new PublishRefusal(year + " is final (" + stages.closingDecision(year).map(YearStages.Decision::text).orElse("")
                    + "): it cannot be published again unless it is reopened ('parindex reopen --year " + year + " --reason \"…\"')");
        }
        if (request.isFinal()) {
            Map<String, String> provisional = versions.provisionalUnits(year);
            if (!provisional.isEmpty()) {
                throw new PublishRefusal("cannot publish " + year + " as final: " + provisional.size() + " ranked unit(s) still provisional"
                        + " (no appraisal): " + provisional.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                                .collect(Collectors.joining(", ")));
            }
        }
        int number = versions.nextNumber(year);
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneId.systemDefault())).truncatedTo(ChronoUnit.MILLIS);
        Optional<Version> replaced = request.isFinal() ? versions.lastFinal(year) : Optional.empty();
        Optional<OfficialHeading> heading = reports.heading();
        PublishedMarks marks = request.isFinal()
                ? PublishedMarks.decided(request.decision(), request.decisionDate(), heading.map(OfficialHeading::authority).orElse(null),
                        replaced.map(Version::decisionText).orElse(null), place.orElse(null))
                : PublishedMarks.provisional(request.commentsUntil(), now.toLocalDate(), place.orElse(null));
        String folderName = PublishedFolders.name(number, request.stage());
        Path partial = published.freshPartial(number, request.stage());
        List<Path> written = reports.renderPublished(year, partial, marks);
        List<PublishedFile> files = new ArrayList<>();
        for (Path file : written) {
            files.add(new PublishedFile(file.getFileName().toString(), Sha256.of(file), size(file)));
        }
        vn.parindex.installation.AtomicFiles.sync(written, partial);
        Version version = new Version(year, number, request.stage(), now, user(), request.commentsUntil(), request.decision(),
                request.decisionDate(), replaced.map(Version::decision).orElse(null), replaced.map(Version::decisionDate).orElse(null),
                folderName);
        transaction.executeWithoutResult(status -> versions.insert(version, files));
        Path folder = published.folder(number, request.stage());
        published.moveIntoPlace(partial, folder);
        if (YearStages.FINAL.equals(request.stage())) {
            vn.parindex.report.table.SubmissionsWorkbooks.removeOnClosing(year, folders);
        }
        log.info("published {} version {} ({}) into {}", year, number, request.stage(), folder);
        return new Published(version, folder, files);
    }

    public PublishedVersions.Reopening reopen(int year, String reason, Folders folders) {
        String stage = stages.stage(year);
        if (!YearStages.FINAL.equals(stage)) {
            throw new PublishRefusal(year + " is " + stage + ", not final: only a final (closed) year is reopened"
                    + (YearStages.PROVISIONAL.equals(stage) ? "; files for it load as usual while it is provisional" : ""));
        }
        int version = versions.currentVersion(year).orElseThrow();
        PublishedVersions.Reopening reopening = new PublishedVersions.Reopening(year,
                LocalDateTime.now(clock.withZone(ZoneId.systemDefault())).truncatedTo(ChronoUnit.MILLIS), user(), reason, stage, version);
        transaction.executeWithoutResult(status -> versions.reopen(reopening));
        log.info("reopened {} (was final, version {}): {}", year, version, reason);
        return reopening;
    }

    /** A published file that no longer matches its record. */
    public record Mismatch(Path file, String problem) {
    }

    /** Every version (of {@code year}, or all) with the files that are missing or altered. */
    public Map<Version, List<Mismatch>> verify(Integer year, Folders folders) {
        Map<Version, List<Mismatch>> found = new java.util.LinkedHashMap<>();
        for (int y : yearsWithPublishedFolders(year, folders)) {
            new PublishedFolders(folders.reportsFor(y)).recover(versions.folders(y));
        }
        for (Version v : versions.versions(year)) {
            PublishedFolders published = new PublishedFolders(folders.reportsFor(v.year()));
            Path folder = published.root().resolve(v.folder());
            List<Mismatch> problems = new ArrayList<>();
            for (PublishedFile f : versions.files(v.year(), v.number())) {
                Path file = folder.resolve(f.name());
                if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    problems.add(new Mismatch(file, "missing"));
                } else if (!Sha256.of(file).equals(f.sha256())) {
                    problems.add(new Mismatch(file, "altered"));
                }
            }
            found.put(v, problems);
        }
        return found;
    }

    /** {@code year}, or every year whose reports folder has a published/ folder (where a dead publish may have left work). */
    private static List<Integer> yearsWithPublishedFolders(Integer year, Folders folders) {
        if (year != null) {
            return List.of(year);
        }
        if (!Files.isDirectory(folders.reports())) {
            return List.of();
        }
        try (java.util.stream.Stream<Path> entries = Files.list(folders.reports())) {
            return entries.filter(p -> p.getFileName().toString().matches("\\d{4}") && Files.isDirectory(p.resolve("published")))
                    .map(p -> Integer.valueOf(p.getFileName().toString())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folders.reports(), e);
        }
    }

    public List<PublishedVersions.Reopening> reopenings(Integer year) {
        return versions.reopenings(year);
    }

    public List<PublishedFile> files(Version v) {
        return versions.files(v.year(), v.number());
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String user() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "?" : user;
    }
}
