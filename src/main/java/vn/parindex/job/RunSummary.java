package vn.parindex.job;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.parindex.intake.FileOutcome;

/** What one run did, as {@code reports/runs/<run-id>.json} states it (SPEC §8). */
public record RunSummary(String runId, Instant start, Instant end, int exitCode, List<FileOutcome> files,
        List<Integer> yearsRecomputed, List<Path> reports, Map<String, Duration> phases, Map<Integer, String> yearStages,
        List<Integer> yearsClosed) {

    /** A run that touched no year's stage (one that failed before planning). */
    public RunSummary(String runId, Instant start, Instant end, int exitCode, List<FileOutcome> files,
            List<Integer> yearsRecomputed, List<Path> reports, Map<String, Duration> phases) {
        this(runId, start, end, exitCode, files, yearsRecomputed, reports, phases, Map.of(), List.of());
    }

    public long count(String status) {
        return files.stream().filter(f -> f.status().equals(status)).count();
    }
}
