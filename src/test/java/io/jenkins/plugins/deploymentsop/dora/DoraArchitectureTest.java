package io.jenkins.plugins.deploymentsop.dora;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The DORA engine, its index, exports, charts and page renderer are plain Java: no Jenkins type anywhere. */
class DoraArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(
                    "io.jenkins.plugins.deploymentsop.dora",
                    "io.jenkins.plugins.deploymentsop.report.svg",
                    "io.jenkins.plugins.deploymentsop.report.dora");

    @Test
    void shouldNotDependOnJenkins() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("hudson..", "jenkins..", "org.jenkinsci..", "org.kohsuke..", "com.cloudbees..")
                .check(CLASSES);
    }

    @Test
    void shouldKeepTheEngineFreeOfPresentation() {
        noClasses()
                .that()
                .resideInAPackage("io.jenkins.plugins.deploymentsop.dora..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.jenkins.plugins.deploymentsop.report..")
                .check(CLASSES);
    }
}
