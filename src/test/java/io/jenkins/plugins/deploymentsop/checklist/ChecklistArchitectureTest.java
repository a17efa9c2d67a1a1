package io.jenkins.plugins.deploymentsop.checklist;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The checklist engine is a plain library in layers: report and config know nothing of checks, checks nothing of sources. */
@AnalyzeClasses(
        packages = "io.jenkins.plugins.deploymentsop.checklist",
        importOptions = ImportOption.DoNotIncludeTests.class)
class ChecklistArchitectureTest {
    private static final String ROOT = "io.jenkins.plugins.deploymentsop.checklist";

    @ArchTest
    static final ArchRule SHOULD_NOT_USE_JENKINS = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("hudson..", "jenkins..", "org.jenkinsci..", "org.kohsuke..", "com.cloudbees..");

    @ArchTest
    static final ArchRule SHOULD_HAVE_NO_CYCLES =
            slices().matching(ROOT + ".(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule SHOULD_KEEP_REPORT_PARSERS_INDEPENDENT = noClasses()
            .that()
            .resideInAPackage(ROOT + ".report..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(ROOT, ROOT + ".check..", ROOT + ".config..", ROOT + ".source..", ROOT + ".window..");

    @ArchTest
    static final ArchRule SHOULD_KEEP_CONFIGURATION_BELOW_CHECKS = noClasses()
            .that()
            .resideInAnyPackage(ROOT + ".config..", ROOT + ".window..", ROOT)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(ROOT + ".check..", ROOT + ".source..");

    @ArchTest
    static final ArchRule SHOULD_KEEP_CHECKS_BELOW_SOURCES = noClasses()
            .that()
            .resideInAPackage(ROOT + ".check..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage(ROOT + ".source..");
}
