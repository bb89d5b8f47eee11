-- Dossier ledgers and survey answers are the large kinds: they are bulk-loaded with LOAD DATA LOCAL INFILE
-- while the file is still being read and checked, before their submissions exist, so their rows are keyed by
-- the file and the (year, unit) they belong to; the current rows are those whose (file, year, unit) is a
-- current submission.

CREATE TABLE dossier_v3 (
    source_file_id BIGINT      NOT NULL,
    year           SMALLINT    NOT NULL,
    unit_code      VARCHAR(32) NOT NULL,
    dossier_id     VARCHAR(64) NOT NULL,
    procedure_code VARCHAR(64),
    received_at    DATETIME    NOT NULL,
    due_at         DATETIME    NOT NULL,
    resolved_at    DATETIME,
    online         BOOLEAN     NOT NULL,
    source_line    BIGINT      NOT NULL,
    PRIMARY KEY (source_file_id, year, unit_code, dossier_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

INSERT INTO dossier_v3 (source_file_id, year, unit_code, dossier_id, procedure_code, received_at, due_at, resolved_at, online, source_line)
SELECT s.source_file_id, s.year, s.unit_code, d.dossier_id, d.procedure_code, d.received_at, d.due_at, d.resolved_at, d.online, d.source_line
FROM dossier d JOIN submission s ON s.id = d.submission_id;

DROP TABLE dossier;
RENAME TABLE dossier_v3 TO dossier;

CREATE TABLE survey_answer_v3 (
    source_file_id BIGINT      NOT NULL,
    year           SMALLINT    NOT NULL,
    unit_code      VARCHAR(32) NOT NULL,
    respondent_id  VARCHAR(64) NOT NULL,
    question_code  VARCHAR(32) NOT NULL,
    answer         TINYINT     NOT NULL,
    source_line    BIGINT      NOT NULL,
    PRIMARY KEY (source_file_id, year, unit_code, respondent_id, question_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

INSERT INTO survey_answer_v3 (source_file_id, year, unit_code, respondent_id, question_code, answer, source_line)
SELECT s.source_file_id, s.year, s.unit_code, a.respondent_id, a.question_code, a.answer, a.source_line
FROM survey_answer a JOIN submission s ON s.id = a.submission_id;

DROP TABLE survey_answer;
RENAME TABLE survey_answer_v3 TO survey_answer;

CREATE INDEX submission_file ON submission (source_file_id, year, unit_code);
