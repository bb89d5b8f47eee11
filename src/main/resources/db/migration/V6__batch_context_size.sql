-- A run keeps its plan (the inbox files) and what became of each file in Spring Batch's ExecutionContexts.
-- schema-mysql.sql gives the serialized context a TEXT column (64 KB): a night of a few thousand files needs more.
ALTER TABLE BATCH_JOB_EXECUTION_CONTEXT MODIFY SERIALIZED_CONTEXT LONGTEXT;
ALTER TABLE BATCH_STEP_EXECUTION_CONTEXT MODIFY SERIALIZED_CONTEXT LONGTEXT;
