-- Group names and merged units (SPEC §3 units, §13; issue 15).
-- A group's display name, as given by the latest accepted units file that names it (an empty group_name keeps it).
CREATE TABLE unit_group (
    group_code     VARCHAR(32)  NOT NULL PRIMARY KEY,
    group_name     VARCHAR(200) NOT NULL,
    source_file_id BIGINT       NOT NULL,
    source_line    BIGINT       NOT NULL,
    CONSTRAINT unit_group_file FOREIGN KEY (source_file_id) REFERENCES source_file (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The units a unit was formed from, in the order its row lists them; replaced with the unit's row.
CREATE TABLE unit_predecessor (
    unit_code        VARCHAR(32) NOT NULL,
    position         INT         NOT NULL,
    predecessor_code VARCHAR(32) NOT NULL,
    PRIMARY KEY (unit_code, position),
    UNIQUE KEY unit_predecessor_once (unit_code, predecessor_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- What a unit's Δindex is measured against: same_unit, predecessors, or NULL (no Δ).
ALTER TABLE result_unit ADD COLUMN delta_basis VARCHAR(16) NULL AFTER delta_index;
