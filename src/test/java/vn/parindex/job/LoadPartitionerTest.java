package vn.parindex.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import vn.parindex.intake.InboxFile;
import vn.parindex.intake.PlannedFile;
import vn.parindex.submission.Kind;

/** How the load step splits a plan by the intake's groups (no database, no file read). */
class LoadPartitionerTest {

    @TempDir
    Path dir;

    private final List<PlannedFile> plan = new ArrayList<>();

    @Test
    void referenceFilesFirstThenDataFilesThatShareNoUnitSideBySide() throws IOException {
        planned("UNITS", "unit_code,unit_name,group_code\n019,A,QUAN\n", null);
        planned("SELF_ASSESSMENT", self("019", 50), 1);   // 1
        planned("SELF_ASSESSMENT", self("021", 10), 2);   // 2
        planned("SELF_ASSESSMENT", self("005", 10), 3);   // 3
        planned("SELF_ASSESSMENT", self("019", 5), 1);    // 4: supersedes 1, must come after it
        planned("DOSSIERS", "year,unit_code,dossier_id\n2024,019,D1\n", 5);
        planned(null, "what,is,this\n", null);

        assertThat(LoadPartitioner.referenceFiles(plan)).extracting(PlannedFile::id).containsExactly(0L);
        assertThat(files(plan, 2)).containsExactly(
                Map.entry("self_assessment-1", List.of(1, 4)),
                Map.entry("self_assessment-2", List.of(2, 3)),
                Map.entry("dossiers", List.of(5)),
                Map.entry("unknown", List.of(6)));
        assertThat(files(plan, 1)).as("one thread: one partition per kind").containsExactly(
                Map.entry("self_assessment", List.of(1, 2, 3, 4)), Map.entry("dossiers", List.of(5)), Map.entry("unknown", List.of(6)));
    }

    /** Which files meet is the intake's to tell (StagedPlanTest, UnitGroupsTest); a file it did not group keeps its kind in order. */
    @Test
    void filesOfOneGroupStayTogetherAndAFileWithoutAGroupKeepsItsKindInOrder() throws IOException {
        planned("METRICS", metrics("019", "021"), 0);
        planned("METRICS", metrics("005"), 1);
        planned("METRICS", metrics("021", "007"), 0);
        planned("METRICS", metrics("007", "009"), 0);
        assertThat(files(plan, 4)).containsExactly(
                Map.entry("metrics-1", List.of(0, 2, 3)), Map.entry("metrics-2", List.of(1)));

        planned("METRICS", "year,unit_code,metric_code\n2024,\"0\n19\",M\n", null);
        assertThat(files(plan, 4)).containsExactly(Map.entry("metrics", List.of(0, 1, 2, 3, 4)));
    }

    @Test
    void groupsTheIntakeMadeAreKeptWithoutReadingTheFiles() {
        int[] groups = {0, 0, 2, 3};
        for (int i = 0; i < groups.length; i++) {
            Path gone = dir.resolve("gone-" + i + ".xlsx");   // never written: the files are not read
            plan.add(new PlannedFile(i, new InboxFile(gone, gone.getFileName().toString(), 10L, Instant.EPOCH, Kind.METRICS), groups[i]));
        }
        assertThat(files(plan, 2)).containsExactly(
                Map.entry("metrics-1", List.of(0, 1)), Map.entry("metrics-2", List.of(2, 3)));
    }

    private static String self(String unit, int rows) {
        StringBuilder csv = new StringBuilder("year,unit_code,criterion_code,self_score\n");
        for (int i = 0; i < rows; i++) {
            csv.append("2024,").append(unit).append(",1.").append(i).append(",1\n");
        }
        return csv.toString();
    }

    private static String metrics(String... units) {
        StringBuilder csv = new StringBuilder("year,unit_code,metric_code,numerator\n");
        for (String unit : units) {
            csv.append("2024,").append(unit).append(",M1,1\n");
        }
        return csv.toString();
    }

    @Test
    void eachFileIsDealtItsPartitionInTheRunsTableAndAPartitionsContextHoldsItsNameAndBytesOnly() throws IOException {
        planned("SELF_ASSESSMENT", self("019", 50), 0);
        planned("SELF_ASSESSMENT", self("021", 10), 1);
        planned("DOSSIERS", "year,unit_code,dossier_id\n2024,019,D1\n", 2);
        Map<String, List<PlannedFile>> assigned = new LinkedHashMap<>();

        Map<String, ExecutionContext> partitions = new LoadPartitioner(() -> plan, assigned::putAll).partition(2);

        assertThat(assigned).isEqualTo(LoadPartitioner.split(plan, 2)).containsOnlyKeys("self_assessment-1", "self_assessment-2", "dossiers");
        partitions.forEach((name, context) -> {
            assertThat(context.entrySet()).extracting(Map.Entry::getKey).containsExactlyInAnyOrder(LoadPartitioner.PART, LoadPartitioner.BYTES);
            assertThat(context.getString(LoadPartitioner.PART)).isEqualTo(name);
            assertThat(context.getLong(LoadPartitioner.BYTES)).isEqualTo(assigned.get(name).stream().mapToLong(PlannedFile::size).sum());
        });
    }

    /** {@code group}: the intake's group of the file (the plan position of its group's first file), null when none. */
    private void planned(String kind, String content, Integer group) throws IOException {
        Path file = dir.resolve("f" + plan.size() + ".csv");
        Files.writeString(file, content);
        plan.add(new PlannedFile(plan.size(), new InboxFile(file, file.getFileName().toString(), Files.size(file), Instant.EPOCH,
                kind == null ? null : Kind.valueOf(kind)), group));
    }

    /** Each partition's files by their place in the plan. */
    private static Map<String, List<Integer>> files(List<PlannedFile> plan, int gridSize) {
        Map<String, List<Integer>> files = new LinkedHashMap<>();
        LoadPartitioner.split(plan, gridSize).forEach((name, part) -> files.put(name, part.stream().map(f -> (int) f.id()).toList()));
        return files;
    }
}
