package vn.parindex.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layering the README's Design section promises, held by a test: no package depends on another in a cycle;
 * scoring and ranking are pure functions over records (no Spring, no JDBC, no files); reading a submission (csv,
 * workbook, submission) and the uncertainty analysis know nothing of Spring, the database or the job; the
 * installation's plumbing knows no feature (it shares only csv's rule for text fit for a terminal); the warehouse serves the features and knows none of those above it.
 */
class LayeringTest {

    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.parindex");

    @Test
    void noPackageDependsOnAnotherInACycle() {
        slices().matching("vn.parindex.(**)").should().beFreeOfCycles().check(PRODUCT);
    }

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
    void readingFilesAndTheAnalysisKnowNothingOfSpringTheDatabaseOrTheJob() {
        noClasses().that().resideInAnyPackage("vn.parindex.csv..", "vn.parindex.workbook..", "vn.parindex.submission..",
                        "vn.parindex.scoring..", "vn.parindex.ranking..", "vn.parindex.uncertainty..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..",
                        "vn.parindex.warehouse..", "vn.parindex.job..", "vn.parindex.cli..", "vn.parindex.intake..",
                        "vn.parindex.report..", "vn.parindex.publish..", "vn.parindex.collection..",
                        "vn.parindex.installation..")
                .check(PRODUCT);
    }

    @Test
    void theInstallationKnowsNoFeature() {
        noClasses().that().resideInAPackage("vn.parindex.installation..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.parindex.cli..", "vn.parindex.job..",
                        "vn.parindex.intake..", "vn.parindex.warehouse..", "vn.parindex.report..", "vn.parindex.publish..",
                        "vn.parindex.collection..", "vn.parindex.backup..", "vn.parindex.template..",
                        "vn.parindex.workbook..", "vn.parindex.submission..", "vn.parindex.scoring..", "vn.parindex.ranking..",
                        "vn.parindex.uncertainty..")
                .check(PRODUCT);
    }

    @Test
    void theWarehouseKnowsNothingAboveIt() {
        noClasses().that().resideInAPackage("vn.parindex.warehouse..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.parindex.cli..", "vn.parindex.job..",
                        "vn.parindex.intake..", "vn.parindex.report..", "vn.parindex.publish..", "vn.parindex.collection..",
                        "vn.parindex.backup..", "vn.parindex.template..")
                .check(PRODUCT);
    }

    @Test
    void onlyTheCommandLineStartsTheApplication() {
        noClasses().that().resideOutsideOfPackage("vn.parindex.cli..")
                .should().dependOnClassesThat().resideInAPackage("vn.parindex.cli..")
                .check(PRODUCT);
    }
}
