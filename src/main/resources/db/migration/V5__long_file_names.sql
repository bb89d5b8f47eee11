-- A path inside the inbox can be as long as the file system allows (4,096 bytes on Linux): the name a file was
-- submitted under must fit whatever it is, or the file could never be recorded (and every run would fail on it).
ALTER TABLE source_file MODIFY original_name VARCHAR(4096) NOT NULL;
