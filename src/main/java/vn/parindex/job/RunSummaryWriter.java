package vn.parindex.job;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.parindex.intake.FileOutcome;
import vn.parindex.installation.AtomicFiles;

/** {@code reports/runs/<run-id>.json} (SPEC §8). */
public final class RunSummaryWriter {

    private RunSummaryWriter() {
    }

    public static void write(Path target, RunSummary run) {
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"run_id\": ").append(quote(run.runId())).append(",\n");
        json.append("  \"start\": ").append(quote(run.start().toString())).append(",\n");
        json.append("  \"end\": ").append(quote(run.end().toString())).append(",\n");
        json.append("  \"exit_code\": ").append(run.exitCode()).append(",\n");
        json.append("  \"files\": [");
        List<FileOutcome> outcomes = run.files();
        for (int i = 0; i < outcomes.size(); i++) {
            FileOutcome o = outcomes.get(i);
            json.append(i == 0 ? "\n" : ",\n").append("    {\"name\": ").append(quote(o.name()))
                    .append(", \"kind\": ").append(quote(o.kind()))
                    .append(", \"sha256\": ").append(quote(o.sha256()))
                    .append(", \"status\": ").append(quote(o.status()))
                    .append(", \"rows\": ").append(o.rows())
                    .append(", \"errors\": ").append(o.errorCount())
                    .append(o.note() == null ? "" : ", \"note\": " + quote(o.note())).append('}');
        }
        json.append(outcomes.isEmpty() ? "],\n" : "\n  ],\n");
        json.append("  \"years_recomputed\": ").append(run.yearsRecomputed()).append(",\n");
        json.append("  \"year_stages\": {").append(run.yearStages().entrySet().stream()
                .map(e -> quote(String.valueOf(e.getKey())) + ": " + quote(e.getValue())).collect(Collectors.joining(", "))).append("},\n");
        json.append("  \"years_closed_not_recomputed\": ").append(run.yearsClosed()).append(",\n");
        json.append("  \"reports\": [").append(run.reports().stream().map(p -> quote(p.toString())).collect(Collectors.joining(", "))).append("],\n");
        json.append("  \"phases_ms\": {").append(run.phases().entrySet().stream()
                .map((Map.Entry<String, java.time.Duration> e) -> quote(e.getKey()) + ": " + e.getValue().toMillis())
                .collect(Collectors.joining(", "))).append("}\n");
        json.append("}\n");
        AtomicFiles.write(target, out -> out.write(json.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** A JSON string; text from outside shows control, bidirectional and zero-width characters escaped (SPEC §3). */
    static String quote(String raw) {
        if (raw == null) {
            return "null";
        }
        String s = vn.parindex.installation.Printable.of(raw);
        StringBuilder q = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\r' -> q.append("\\r");
                case '\t' -> q.append("\\t");
                default -> {
                    if (c < 0x20) {
                        q.append(String.format("\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }
}
