package io.jenkins.plugins.deploymentsop.checklist;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The checklist engine is a plain library in layers: report parsers know nothing of checklists, configuration
 * and windows nothing of checks, checks nothing of sources; no Jenkins type anywhere.
 */
class ChecklistArchitectureTest {
    private static final String ROOT = "io.jenkins.plugins.deploymentsop.checklist";

    private static JavaClasses classes;

    @BeforeAll
    static void importEngine() {
        // the rules only look at our own classes: resolving every JDK and Jackson class would take seconds
        ArchConfiguration configuration = ArchConfiguration.get();
        boolean resolve = configuration.resolveMissingDependenciesFromClassPath();
        configuration.setResolveMissingDependenciesFromClassPath(false);
        try {
            classes = new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPath(engineFolder());
        } finally {
            configuration.setResolveMissingDependenciesFromClassPath(resolve);
        }
    }

    /** Imports the compiled folder directly instead of scanning every jar of the class path for the package. */
    private static Path engineFolder() {
        try {
            Path classesRoot = Path.of(Checklist.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            return classesRoot.resolve(ROOT.replace('.', '/'));
        } catch (URISyntaxException exception) {
            throw new IllegalStateException(exception);
        }
    }

    @Test
    void shouldImportTheWholeEngine() {
        assertThat(classes.stream().map(JavaClass::getPackageName).distinct())
                .contains(
                        ROOT, ROOT + ".check", ROOT + ".config", ROOT + ".report", ROOT + ".source", ROOT + ".window");
        assertThat(classes.contain(ROOT + ".check.TlsCheck")).isTrue();
    }

    @Test
    void shouldNotUseJenkins() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("hudson..", "jenkins..", "org.jenkinsci..", "org.kohsuke..", "com.cloudbees..")
                .check(classes);
    }

    @Test
    void shouldHaveNoCyclesBetweenPackages() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void shouldKeepReportParsersIndependent() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".report..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ROOT, ROOT + ".check..", ROOT + ".config..", ROOT + ".source..", ROOT + ".window..")
                .check(classes);
    }

    @Test
    void shouldKeepModelConfigurationAndWindowsBelowChecks() {
        noClasses()
                .that()
                .resideInAnyPackage(ROOT + ".config..", ROOT + ".window..", ROOT)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".check..", ROOT + ".source..")
                .check(classes);
    }

    @Test
    void shouldKeepChecksBelowSources() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".check..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(ROOT + ".source..")
                .check(classes);
    }
}
