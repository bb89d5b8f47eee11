package vn.parindex.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layering the README's Design section promises, held by a test. The feature packages still depend on each
 * other in cycles (issue 26 removes them, and then this class gains the rule that forbids them); what holds now is
 * the core: scoring, ranking and uncertainty are pure functions over records (no Spring, no JDBC, no files), and reading a
 * submission (csv, workbook, submission) knows nothing of Spring, the database or the job.
 */
class LayeringTest {

    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.parindex");

    @Test
    void scoringAndRankingAreFreeOfFrameworksDatabaseAndFiles() {
        classes().that().resideInAnyPackage("vn.parindex.scoring..", "vn.parindex.ranking..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java.lang..", "java.math..", "java.util..",
                        "java.time..", "java.text..", "vn.parindex.scoring..", "vn.parindex.ranking..")
                .check(PRODUCT);
    }

    @Test
    void uncertaintyIsPureFunctionsOverScoresAndAnswers() {
        classes().that().resideInAPackage("vn.parindex.uncertainty..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java.lang..", "java.math..", "java.util..",
                        "java.nio.charset..", "vn.parindex.scoring..", "vn.parindex.ranking..", "vn.parindex.uncertainty..")
                .check(PRODUCT);
    }

    @Test
    void readingFilesKnowsNothingOfSpringTheDatabaseOrTheJob() {
        noClasses().that().resideInAnyPackage("vn.parindex.csv..", "vn.parindex.workbook..", "vn.parindex.submission..",
                        "vn.parindex.scoring..", "vn.parindex.ranking..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..",
                        "vn.parindex.warehouse..", "vn.parindex.job..", "vn.parindex.cli..", "vn.parindex.intake..",
                        "vn.parindex.report..", "vn.parindex.publish..", "vn.parindex.collection..")
                .check(PRODUCT);
    }
}
