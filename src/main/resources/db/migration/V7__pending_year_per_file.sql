-- Files load side by side (issue 12). Two files of one year queuing it in the same new row made the second
-- wait for the first to commit (an INSERT IGNORE of a key another transaction has inserted waits for it), so
-- each file now queues the year under its own id; 0 is a year asked for on the command line. A year is queued
-- while any row names it, and leaves the queue whole once its reports are written.
ALTER TABLE pending_year ADD COLUMN queued_by BIGINT NOT NULL DEFAULT 0;
ALTER TABLE pending_year DROP PRIMARY KEY, ADD PRIMARY KEY (year, queued_by);
