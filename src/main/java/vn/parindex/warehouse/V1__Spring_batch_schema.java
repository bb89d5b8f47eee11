package vn.parindex.warehouse;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * The job repository's tables, from the DDL that ships inside spring-batch-core (the MySQL variant, whose
 * table-based sequences work on MySQL 8 and MariaDB alike), so the schema always matches the Batch version.
 */
@org.springframework.stereotype.Component
public class V1__Spring_batch_schema extends BaseJavaMigration {

    @Override
    public void migrate(Context context) {
        ScriptUtils.executeSqlScript(context.getConnection(),
                new ClassPathResource("org/springframework/batch/core/schema-mysql.sql"));
    }
}
