package vn.parindex.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import vn.parindex.support.Installation;

/** What the backup tests compare: every table's rows, and the report files of a year, byte for byte. */
final class Warehouses {

    private Warehouses() {
    }

    /**
     * Each table's row count and CHECKSUM TABLE (the rows, not how they were stored), Flyway's history left out
     * (its times are those of the migrations). Both installations must be on one server.
     */
    static Map<String, String> tables(Installation parindex) {
        Map<String, String> tables = new TreeMap<>();
        for (String table : parindex.sql().queryForList("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                + "AND TABLE_TYPE = 'BASE TABLE' AND TABLE_NAME <> 'flyway_schema_history'", String.class)) {
            long rows = parindex.sql().queryForObject("SELECT COUNT(*) FROM `" + table + "`", Long.class);
            String checksum = parindex.sql().query("CHECKSUM TABLE `" + table + "`", rs -> {
                rs.next();
                return rs.getString(2);
            });
            tables.put(table, rows + " rows, checksum " + checksum);
        }
        return tables;
    }

    /** The files of {@code folder} by name, their bytes. */
    static Map<String, byte[]> files(Path folder) {
        Map<String, byte[]> files = new TreeMap<>();
        for (Path file : Installation.filesUnder(folder)) {
            try {
                files.put(folder.relativize(file).toString(), Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    static void assertSameFiles(Path actual, Path expected) {
        Map<String, byte[]> a = files(actual);
        Map<String, byte[]> e = files(expected);
        assertThat(a.keySet()).as("files of %s", actual).isEqualTo(e.keySet()).isNotEmpty();
        for (String name : e.keySet()) {
            assertThat(a.get(name)).as("%s, byte for byte", name).isEqualTo(e.get(name));
        }
    }

    /** The complete backups (with their checksum) in {@code folder}, by name. */
    static List<Path> backups(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".backup")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path only(Path folder) {
        List<Path> backups = backups(folder);
        assertThat(backups).as("backups in %s", folder).hasSize(1);
        return backups.get(0);
    }
}
