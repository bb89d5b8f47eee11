package vn.parindex.job;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import vn.parindex.intake.FileOutcome;
import vn.parindex.intake.InboxFile;

/**
 * What one run has planned and done so far, shared by its steps and read back for the run summary. One
 * application context serves one run, so this is a plain singleton.
 */
public class RunLedger {

    private final String runId;
    private final List<InboxFile> plan = new ArrayList<>();
    private final List<FileOutcome> outcomes = new ArrayList<>();
    private final TreeSet<Integer> years = new TreeSet<>();
    private final List<Path> reports = new ArrayList<>();
    private final Map<String, Duration> phases = new LinkedHashMap<>();
    private int next;

    public RunLedger(String runId) {
        this.runId = runId;
    }

    public String runId() {
        return runId;
    }

    public synchronized void plan(List<InboxFile> files) {
        plan.clear();
        plan.addAll(files);
        next = 0;
    }

    /** The next planned file, or null when all are done. */
    public synchronized InboxFile nextFile() {
        return next < plan.size() ? plan.get(next++) : null;
    }

    public synchronized void record(FileOutcome outcome) {
        outcomes.add(outcome);
    }

    public synchronized List<FileOutcome> outcomes() {
        return List.copyOf(outcomes);
    }

    public synchronized void recompute(List<Integer> yearsToRecompute) {
        years.addAll(yearsToRecompute);
    }

    public synchronized List<Integer> years() {
        return List.copyOf(years);
    }

    public synchronized void reportWritten(Path report) {
        reports.add(report);
    }

    public synchronized List<Path> reports() {
        return List.copyOf(reports);
    }

    public synchronized void phase(String name, Duration took) {
        phases.merge(name, took, Duration::plus);
    }

    public synchronized Map<String, Duration> phases() {
        return new LinkedHashMap<>(phases);
    }

    /** True when a file was rejected or left for the next run with a reason: the run ends 4. */
    public synchronized boolean anyRejected() {
        return outcomes.stream().anyMatch(o -> o.rejected() || o.skipped());
    }
}
