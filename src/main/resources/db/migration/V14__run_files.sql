-- The run as rows (issue 26): a run's plan and what became of each of its files, and the reports it wrote, in
-- place of the lists Spring Batch's ExecutionContexts held (V6); the contexts keep only restart state. The intake
-- writes the plan, the load step records a file's outcome in the transaction that loads the file, the run summary
-- reads both back. `listed` is where the summary lists a row: 0 a planned file (in plan order, by id), 1 a later
-- note on a file already listed (loaded but not moved), 2 a file the intake left in the inbox. `load_part` is the
-- load partition the file was dealt to; `meet_group` the plan position of the first file a data file may meet
-- (share a unit with), as the intake found it from the one read of each file (NULL: not known, the load scans).
CREATE TABLE run_file (
    id             BIGINT       AUTO_INCREMENT PRIMARY KEY,
    run_id         VARCHAR(64)  NOT NULL,
    listed         TINYINT      NOT NULL,
    name           TEXT         NOT NULL,
    staged_path    TEXT,
    size           BIGINT,
    modified_ms    BIGINT,
    announced_kind VARCHAR(20),
    entry          VARCHAR(10),
    meet_group     INT,
    load_part      VARCHAR(64),
    status         VARCHAR(20),
    kind           VARCHAR(20),
    sha256         CHAR(64),
    row_count      BIGINT       NOT NULL DEFAULT 0,
    error_count    BIGINT       NOT NULL DEFAULT 0,
    note           TEXT,
    KEY run_file_run (run_id, listed, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE run_report (
    id     BIGINT      AUTO_INCREMENT PRIMARY KEY,
    run_id VARCHAR(64) NOT NULL,
    path   TEXT        NOT NULL,
    KEY run_report_run (run_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
