-- Published versions and reopenings are never changed (SPEC §15): the database refuses an UPDATE or DELETE of
-- any of their rows, whoever sends it. (Dropping the tables, as a restore of a backup does, is not refused.)
CREATE TRIGGER published_version_no_update BEFORE UPDATE ON published_version FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a published version of the year record is never changed (published_version)';
CREATE TRIGGER published_version_no_delete BEFORE DELETE ON published_version FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a published version of the year record is never changed (published_version)';
CREATE TRIGGER published_unit_no_update BEFORE UPDATE ON published_unit FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a published version of the year record is never changed (published_unit)';
CREATE TRIGGER published_unit_no_delete BEFORE DELETE ON published_unit FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a published version of the year record is never changed (published_unit)';
CREATE TRIGGER published_domain_no_update BEFORE UPDATE ON published_domain FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a published version of the year record is never changed (published_domain)';
CREATE TRIGGER published_domain_no_delete BEFORE DELETE ON published_domain FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a published version of the year record is never changed (published_domain)';
CREATE TRIGGER published_leaf_no_update BEFORE UPDATE ON published_leaf FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a published version of the year record is never changed (published_leaf)';
CREATE TRIGGER published_leaf_no_delete BEFORE DELETE ON published_leaf FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a published version of the year record is never changed (published_leaf)';
CREATE TRIGGER published_file_no_update BEFORE UPDATE ON published_file FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a published version of the year record is never changed (published_file)';
CREATE TRIGGER published_file_no_delete BEFORE DELETE ON published_file FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a published version of the year record is never changed (published_file)';
CREATE TRIGGER year_reopening_no_update BEFORE UPDATE ON year_reopening FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a published version of the year record is never changed (year_reopening)';
CREATE TRIGGER year_reopening_no_delete BEFORE DELETE ON year_reopening FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a published version of the year record is never changed (year_reopening)';
