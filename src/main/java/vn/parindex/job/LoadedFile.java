package vn.parindex.job;

import vn.parindex.intake.FileOutcome;

/** A planned file (its row's id) and what became of it, on its way to the run's table. */
record LoadedFile(long id, FileOutcome outcome) {
}
