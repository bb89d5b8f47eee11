-- The load partitions as ranges (issue 26): the load step's partitioner numbers the run's data files in load order,
-- `load_seq` 1, 2, ..., so that each partition's files are one run of numbers, in plan order within it. A partition's
-- ExecutionContext holds only its first and last number, and its reader takes the files of that range that have no
-- outcome yet. The plan's `id` cannot serve: a partition's files are dealt by groups and lie between other
-- partitions' in the plan, whose order (`id`) the run summary keeps. NULL: a reference file (loaded by its own
-- step) or a row that is not a planned file. V14's `load_part`, the partition's name on each of its files, goes.
ALTER TABLE run_file
    DROP COLUMN load_part,
    ADD COLUMN load_seq INT AFTER meet_group,
    ADD KEY run_file_load (run_id, load_seq);
