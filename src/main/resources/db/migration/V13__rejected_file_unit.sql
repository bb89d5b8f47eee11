-- Who a rejected file was from (SPEC §16, issue 25): recorded when the file is rejected, from its rows' year and
-- unit_code columns as written (valid or not), so that a unit whose only file was rejected shows as "rejected"
-- with the code, not as "nothing sent". year / unit_code are NULL unless every row that gave one gave the same;
-- error_code is the file's first error.
CREATE TABLE rejected_file (
    source_file_id BIGINT      NOT NULL PRIMARY KEY,
    year           SMALLINT,
    unit_code      VARCHAR(32),
    error_code     VARCHAR(40) NOT NULL,
    KEY rejected_file_unit (year, unit_code),
    CONSTRAINT rejected_file_file FOREIGN KEY (source_file_id) REFERENCES source_file (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
