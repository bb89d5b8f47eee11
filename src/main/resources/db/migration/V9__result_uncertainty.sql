-- How sure each ranked unit's rank and index are (SPEC §12): percentiles of the bootstrap replicates, and the share
-- of replicates in each band of its group. Cleared with the year's other results.
CREATE TABLE result_uncertainty (
    year        SMALLINT     NOT NULL,
    unit_code   VARCHAR(32)  NOT NULL,
    group_code  VARCHAR(32)  NOT NULL,
    replicates  INT          NOT NULL,
    sampled     BOOLEAN      NOT NULL,
    rank_p05    INT          NOT NULL,
    rank_p50    INT          NOT NULL,
    rank_p95    INT          NOT NULL,
    index_p05   DECIMAL(7,2) NOT NULL,
    index_p50   DECIMAL(7,2) NOT NULL,
    index_p95   DECIMAL(7,2) NOT NULL,
    PRIMARY KEY (year, unit_code),
    KEY result_uncertainty_group (year, group_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE result_band_share (
    year      SMALLINT     NOT NULL,
    unit_code VARCHAR(32)  NOT NULL,
    position  INT          NOT NULL,
    band      VARCHAR(200) NOT NULL,
    share     DECIMAL(4,3) NOT NULL,
    PRIMARY KEY (year, unit_code, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
