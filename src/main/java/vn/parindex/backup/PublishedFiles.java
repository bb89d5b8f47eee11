package vn.parindex.backup;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The published versions' files (SPEC §15), {@code reports/<Y>/published/…}: the only files a backup carries, since
 * every other report is rendered again from the warehouse. Regular files only; a link is never followed.
 */
final class PublishedFiles {

    /** What a backup may name: {@code reports/<year>/published/} and a path below it without any {@code ..}. */
    private static final Pattern ALLOWED = Pattern.compile("reports/[0-9]{4}/published/(?:[^/]+/)*[^/]+");

    private PublishedFiles() {
    }

    static List<Path> under(Path home) throws IOException {
        Path reports = home.resolve("reports");
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(reports, LinkOption.NOFOLLOW_LINKS)) {
            return found;
        }
        try (DirectoryStream<Path> years = Files.newDirectoryStream(reports, "[0-9][0-9][0-9][0-9]")) {
            for (Path year : years) {
                Path published = year.resolve("published");
                if (Files.isDirectory(published, LinkOption.NOFOLLOW_LINKS)) {
                    try (Stream<Path> files = Files.walk(published)) {
                        files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).forEach(found::add);
                    }
                }
            }
        }
        found.sort(null);
        return found;
    }

    static String relative(Path home, Path file) {
        return home.relativize(file).toString().replace('\\', '/');
    }

    /** Where a file a backup names goes under {@code home}; a name outside the published folders is refused. */
    static Path target(Path home, String relative) {
        boolean dots = Stream.of(relative.split("/")).anyMatch(part -> part.equals("..") || part.equals("."));
        if (dots || !ALLOWED.matcher(relative).matches()) {
            throw new IllegalStateException("the backup names a file outside reports/<year>/published/: " + relative);
        }
        return home.resolve(relative);
    }
}
