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

    /** The partitions as ranges of the load order: a partition's groups lie between other partitions' in the plan. */
    @Test
    void eachPartitionIsOneRangeOfTheLoadOrderCoveringExactlyItsFilesInPlanOrderAndItsContextHoldsOnlyTheRange() throws IOException {
        planned("UNITS", "unit_code,unit_name,group_code\n019,A,QUAN\n", null);
        planned("SELF_ASSESSMENT", self("019", 50), 1);
        planned("SELF_ASSESSMENT", self("021", 10), 2);
        planned("DOSSIERS", "year,unit_code,dossier_id\n2024,019,D1\n", 3);
        planned("SELF_ASSESSMENT", self("005", 10), 4);
        planned("SELF_ASSESSMENT", self("019", 5), 1);
        planned(null, "what,is,this\n", null);
        Map<Long, Long> loadOrder = new LinkedHashMap<>();

        Map<String, ExecutionContext> partitions = new LoadPartitioner(() -> plan, loadOrder::putAll).partition(2);

        Map<String, List<PlannedFile>> split = LoadPartitioner.split(plan, 2);
        assertThat(files(plan, 2)).as("interleaved in the plan").containsExactly(Map.entry("self_assessment-1", List.of(1, 5)),
                Map.entry("self_assessment-2", List.of(2, 4)), Map.entry("dossiers", List.of(3)), Map.entry("unknown", List.of(6)));
        assertThat(partitions).containsOnlyKeys(split.keySet());
        partitions.forEach((name, context) -> {
            assertThat(context.entrySet()).extracting(Map.Entry::getKey)
                    .containsExactlyInAnyOrder(LoadPartitioner.FIRST, LoadPartitioner.LAST, LoadPartitioner.BYTES);
            assertThat(inRange(loadOrder, context)).as(name).isEqualTo(split.get(name).stream().map(PlannedFile::id).toList())
                    .isSorted();
            assertThat(context.getLong(LoadPartitioner.BYTES)).isEqualTo(split.get(name).stream().mapToLong(PlannedFile::size).sum());
        });
        assertThat(loadOrder.keySet()).as("the data files only").containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(loadOrder.values()).as("numbered from 1 without a gap").containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L);

        Map<Long, Long> again = new LinkedHashMap<>();
        assertThat(new LoadPartitioner(() -> plan, again::putAll).partition(2)).as("a restart's ranges").isEqualTo(partitions);
        assertThat(again).isEqualTo(loadOrder);
    }

    /** The plan ids of the files numbered within {@code partition}'s range, in load order. */
    private static List<Long> inRange(Map<Long, Long> loadOrder, ExecutionContext partition) {
        long first = partition.getLong(LoadPartitioner.FIRST);
        long last = partition.getLong(LoadPartitioner.LAST);
        return loadOrder.entrySet().stream().filter(e -> e.getValue() >= first && e.getValue() <= last)
                .sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
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
