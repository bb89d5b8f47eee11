package vn.parindex.job;

import java.time.Duration;
import java.util.List;
import vn.parindex.intake.Folders;

/** The options of one nightly run: the installation's folders, the settle time and years named on the command line. */
public record RunOptions(Folders folders, Duration settle, List<Integer> years) {
}
