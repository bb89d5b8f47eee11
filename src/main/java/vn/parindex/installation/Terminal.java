package vn.parindex.installation;

import java.io.PrintStream;

/** Where the command's own lines go (standard output, or a test's buffer); the log gets everything else. */
public record Terminal(PrintStream out) {
}
