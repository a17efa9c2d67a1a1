package io.jenkins.plugins.deploymentsop.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** Proves that the layer rules bite: an engine class that imports the Jenkins API is reported. */
class ArchitectureRulesCanFailTest {
    @Test
    void shouldReportAnEngineClassThatUsesTheJenkinsApi() {
        JavaClasses leak = new ClassFileImporter()
                .importClasses(io.jenkins.plugins.deploymentsop.record.RecordStore.class, leakFixture());

        EvaluationResult result = PackageArchitectureTest.ENGINE_NEVER_DEPENDS_ON_JENKINS.evaluate(leak);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(
                        line -> assertThat(line).contains("JenkinsLeakFixture").contains("hudson.model.Run"));
        assertThat(PackageArchitectureTest.ONLY_GLUE_DEPENDS_ON_JENKINS
                        .evaluate(leak)
                        .hasViolation())
                .isTrue();
    }

    private static Class<?> leakFixture() {
        try {
            return Class.forName("io.jenkins.plugins.deploymentsop.record.JenkinsLeakFixture");
        } catch (ClassNotFoundException exception) {
            throw new AssertionError("the fixture is compiled with the tests", exception);
        }
    }
}
