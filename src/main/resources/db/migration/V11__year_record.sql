-- The year's record (SPEC §15, issue 23): each year's stage, its published versions (numbered per year, never
-- changed: V12 guards them), the files each version wrote with their SHA-256, and every reopening.

-- A year's stage: open (no row), provisional or final. Changed only with a version or a reopening.
CREATE TABLE year_stage (
    year       SMALLINT    NOT NULL PRIMARY KEY,
    stage      VARCHAR(12) NOT NULL,
    version_no INT,
    changed_at DATETIME(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE published_version (
    year                   SMALLINT      NOT NULL,
    version_no             INT           NOT NULL,
    stage                  VARCHAR(12)   NOT NULL,
    published_at           DATETIME(3)   NOT NULL,
    published_by           VARCHAR(200)  NOT NULL,
    comments_until         DATE,
    decision_no            VARCHAR(200),
    decision_date          DATE,
    replaces_decision_no   VARCHAR(200),
    replaces_decision_date DATE,
    folder                 VARCHAR(200)  NOT NULL,
    PRIMARY KEY (year, version_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE published_unit (
    year          SMALLINT      NOT NULL,
    version_no    INT           NOT NULL,
    group_code    VARCHAR(32)   NOT NULL,
    unit_code     VARCHAR(32)   NOT NULL,
    unit_name     VARCHAR(200)  NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    index_value   DECIMAL(7,2),
    rank_no       INT,
    list_position INT,
    band          VARCHAR(200),
    delta_rank    INT,
    delta_index   DECIMAL(7,2),
    delta_basis   VARCHAR(16),
    PRIMARY KEY (year, version_no, unit_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE published_domain (
    year        SMALLINT      NOT NULL,
    version_no  INT           NOT NULL,
    unit_code   VARCHAR(32)   NOT NULL,
    domain_code VARCHAR(32)   NOT NULL,
    position    INT           NOT NULL,
    points      DECIMAL(14,2) NOT NULL,
    max_points  DECIMAL(14,4) NOT NULL,
    sub_index   DECIMAL(7,2)  NOT NULL,
    domain_rank INT,
    PRIMARY KEY (year, version_no, unit_code, domain_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE published_leaf (
    year            SMALLINT      NOT NULL,
    version_no      INT           NOT NULL,
    unit_code       VARCHAR(32)   NOT NULL,
    criterion_code  VARCHAR(32)   NOT NULL,
    position        INT           NOT NULL,
    points          DECIMAL(14,2) NOT NULL,
    flag            VARCHAR(16),
    source_file_id  BIGINT,
    source_line     BIGINT,
    PRIMARY KEY (year, version_no, unit_code, criterion_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE published_file (
    year       SMALLINT     NOT NULL,
    version_no INT          NOT NULL,
    file_name  VARCHAR(255) NOT NULL,
    sha256     CHAR(64)     NOT NULL,
    size_bytes BIGINT       NOT NULL,
    PRIMARY KEY (year, version_no, file_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE year_reopening (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    year               SMALLINT     NOT NULL,
    reopened_at        DATETIME(3)  NOT NULL,
    reopened_by        VARCHAR(200) NOT NULL,
    reason             TEXT         NOT NULL,
    from_stage         VARCHAR(12)  NOT NULL,
    from_version_no    INT          NOT NULL,
    KEY year_reopening_year (year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
