-- The warehouse. Codes are compared exactly (utf8mb4_bin): unit 019 is not 19, ABC is not abc.

CREATE TABLE source_file (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    original_name  VARCHAR(1000) NOT NULL,
    sha256         CHAR(64)      NOT NULL,
    kind           VARCHAR(20),
    status         VARCHAR(20)   NOT NULL,
    row_count      BIGINT        NOT NULL DEFAULT 0,
    error_count    INT           NOT NULL DEFAULT 0,
    modified_at    DATETIME(3)   NOT NULL,
    loaded_at      DATETIME(3)   NOT NULL,
    run_id         VARCHAR(64)   NOT NULL,
    KEY source_file_sha (sha256, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE unit (
    unit_code      VARCHAR(32)  NOT NULL PRIMARY KEY,
    unit_name      VARCHAR(200) NOT NULL,
    group_code     VARCHAR(32)  NOT NULL,
    unit_type      VARCHAR(200),
    valid_from     SMALLINT,
    valid_to       SMALLINT,
    source_file_id BIGINT NOT NULL,
    source_line    BIGINT NOT NULL,
    CONSTRAINT unit_file FOREIGN KEY (source_file_id) REFERENCES source_file (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE criterion (
    year           SMALLINT      NOT NULL,
    group_code     VARCHAR(32)   NOT NULL,
    code           VARCHAR(32)   NOT NULL,
    parent_code    VARCHAR(32),
    name           VARCHAR(4000) NOT NULL,
    max_points     DECIMAL(14,4) NOT NULL,
    method         VARCHAR(10)   NOT NULL,
    rule_text      VARCHAR(4000),
    position       INT           NOT NULL,
    source_file_id BIGINT NOT NULL,
    source_line    BIGINT NOT NULL,
    PRIMARY KEY (year, group_code, code),
    CONSTRAINT criterion_file FOREIGN KEY (source_file_id) REFERENCES source_file (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE band (
    year           SMALLINT     NOT NULL,
    group_code     VARCHAR(32)  NOT NULL,
    band           VARCHAR(200) NOT NULL,
    min_index      DECIMAL(9,4) NOT NULL,
    source_file_id BIGINT NOT NULL,
    source_line    BIGINT NOT NULL,
    PRIMARY KEY (year, group_code, band),
    CONSTRAINT band_file FOREIGN KEY (source_file_id) REFERENCES source_file (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- One row per (file, kind, year, unit): the newest is current, earlier ones stay as history.
CREATE TABLE submission (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind           VARCHAR(20) NOT NULL,
    year           SMALLINT    NOT NULL,
    unit_code      VARCHAR(32) NOT NULL,
    source_file_id BIGINT      NOT NULL,
    is_current     BOOLEAN     NOT NULL,
    superseded_by  BIGINT,
    KEY submission_current (kind, year, unit_code, is_current),
    KEY submission_year (year, is_current),
    CONSTRAINT submission_file FOREIGN KEY (source_file_id) REFERENCES source_file (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE self_score (
    submission_id  BIGINT        NOT NULL,
    criterion_code VARCHAR(32)   NOT NULL,
    self_score     DECIMAL(14,4) NOT NULL,
    evidence       TEXT,
    note           TEXT,
    source_line    BIGINT        NOT NULL,
    PRIMARY KEY (submission_id, criterion_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE appraised_score (
    submission_id   BIGINT        NOT NULL,
    criterion_code  VARCHAR(32)   NOT NULL,
    appraised_score DECIMAL(14,4) NOT NULL,
    comment         TEXT,
    source_line     BIGINT        NOT NULL,
    PRIMARY KEY (submission_id, criterion_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE metric (
    submission_id BIGINT        NOT NULL,
    metric_code   VARCHAR(32)   NOT NULL,
    numerator     DECIMAL(24,4) NOT NULL,
    denominator   DECIMAL(24,4) NOT NULL,
    source_line   BIGINT        NOT NULL,
    PRIMARY KEY (submission_id, metric_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE survey_answer (
    submission_id BIGINT      NOT NULL,
    respondent_id VARCHAR(64) NOT NULL,
    question_code VARCHAR(32) NOT NULL,
    answer        TINYINT     NOT NULL,
    source_line   BIGINT      NOT NULL,
    PRIMARY KEY (submission_id, respondent_id, question_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE adjustment (
    submission_id BIGINT        NOT NULL,
    points        DECIMAL(14,4) NOT NULL,
    reason        TEXT          NOT NULL,
    source_line   BIGINT        NOT NULL,
    PRIMARY KEY (submission_id, source_line)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE dossier (
    submission_id  BIGINT      NOT NULL,
    dossier_id     VARCHAR(64) NOT NULL,
    procedure_code VARCHAR(64),
    received_at    DATETIME    NOT NULL,
    due_at         DATETIME    NOT NULL,
    resolved_at    DATETIME,
    online         BOOLEAN     NOT NULL,
    source_line    BIGINT      NOT NULL,
    PRIMARY KEY (submission_id, dossier_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Years whose results must be recomputed and re-rendered; cleared only once their reports are written, so a
-- run killed half-way leaves the work for the next one.
CREATE TABLE pending_year (
    year SMALLINT NOT NULL PRIMARY KEY
) ENGINE=InnoDB;

CREATE TABLE result_unit (
    year                SMALLINT      NOT NULL,
    group_code          VARCHAR(32)   NOT NULL,
    unit_code           VARCHAR(32)   NOT NULL,
    unit_name           VARCHAR(200)  NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    adjustment          DECIMAL(14,2),
    total               DECIMAL(14,2),
    total_max           DECIMAL(14,4),
    index_value         DECIMAL(7,2),
    rank_no             INT,
    list_position       INT,
    band                VARCHAR(200),
    delta_rank          INT,
    delta_index         DECIMAL(7,2),
    next_band           VARCHAR(200),
    points_to_next_band DECIMAL(7,2),
    PRIMARY KEY (year, unit_code),
    KEY result_unit_group (year, group_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE result_domain (
    year        SMALLINT      NOT NULL,
    unit_code   VARCHAR(32)   NOT NULL,
    domain_code VARCHAR(32)   NOT NULL,
    position    INT           NOT NULL,
    points      DECIMAL(14,2) NOT NULL,
    max_points  DECIMAL(14,4) NOT NULL,
    sub_index   DECIMAL(7,2)  NOT NULL,
    domain_rank INT,
    PRIMARY KEY (year, unit_code, domain_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE result_leaf (
    year            SMALLINT      NOT NULL,
    unit_code       VARCHAR(32)   NOT NULL,
    criterion_code  VARCHAR(32)   NOT NULL,
    position        INT           NOT NULL,
    method          VARCHAR(10)   NOT NULL,
    max_points      DECIMAL(14,4) NOT NULL,
    self_score      DECIMAL(14,4),
    appraised_score DECIMAL(14,4),
    points          DECIMAL(14,2) NOT NULL,
    flag            VARCHAR(16),
    source_file_id  BIGINT,
    source_line     BIGINT,
    PRIMARY KEY (year, unit_code, criterion_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
