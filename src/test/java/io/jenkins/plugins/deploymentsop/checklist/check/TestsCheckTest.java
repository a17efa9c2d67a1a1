package io.jenkins.plugins.deploymentsop.checklist.check;

import static io.jenkins.plugins.deploymentsop.checklist.check.TestItems.check;
import static io.jenkins.plugins.deploymentsop.checklist.check.TestItems.context;
import static io.jenkins.plugins.deploymentsop.checklist.check.TestItems.copy;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploymentsop.checklist.CheckOutcome;
import io.jenkins.plugins.deploymentsop.checklist.ItemStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestsCheckTest {
    @TempDir
    private Path workspace;

    @Test
    void shouldFailOnAnyFailureByDefaultNamingTheFirstFailures() throws Exception {
        copy(
                workspace,
                "junit/surefire-TEST-com.example.cart.CartServiceTest.xml",
                "target/surefire-reports/TEST-a.xml");
        copy(workspace, "junit/gradle-TEST-com.example.orders.OrderServiceTest.xml", "build/test-results/TEST-b.xml");

        CheckOutcome outcome = check("type: tests\nresults: '**/TEST-*.xml'")
                .evaluate(context(workspace).build());

        assertThat(outcome.status()).isEqualTo(ItemStatus.FAILED);
        assertThat(outcome.evidence())
                .isEqualTo("11 tests in 2 files: 7 passed (1 flaky), 3 failed (1 with errors), 1 skipped;"
                        + " pass rate 70% < 100% required; first failures:"
                        + " com.example.orders.OrderServiceTest.cancelsUnpaidOrderAfterTimeout(),"
                        + " com.example.cart.CartServiceTest.shouldApplyPercentageDiscount,"
                        + " com.example.cart.CartServiceTest.shouldLoadPricesFromCatalog");
        assertThat(outcome.details().counts()).containsEntry("total", 11L).containsEntry("flaky", 1L);
        assertThat(outcome.details().topFailures()).hasSize(3);
    }

    @Test
    void shouldPassAtTheConfiguredPassRate() throws Exception {
        copy(workspace, "junit/go-junit-report.xml", "report.xml");

        CheckOutcome outcome = check("type: tests\nresults: report.xml\nminimumPassRate: 60")
                .evaluate(context(workspace).build());

        assertThat(outcome.status()).isEqualTo(ItemStatus.PASSED);
        assertThat(outcome.evidence()).endsWith("pass rate 60% (>= 60% required)");
    }

    @Test
    void shouldNotRoundAFailureAwayAt100Percent() throws Exception {
        StringBuilder document = new StringBuilder("<testsuite name='big'>");
        for (int i = 0; i < 9_999; i++) {
            document.append("<testcase name='t").append(i).append("'/>");
        }
        document.append("<testcase name='broken'><failure message='boom'/></testcase></testsuite>");
        Files.writeString(workspace.resolve("TEST-big.xml"), document);

        CheckOutcome outcome = check("type: tests\nresults: TEST-big.xml")
                .evaluate(context(workspace).build());

        assertThat(outcome.status()).isEqualTo(ItemStatus.FAILED);
        assertThat(outcome.evidence()).contains("pass rate 99.99% < 100% required");
    }

    @Test
    void shouldBeAnErrorWhenNothingMatchesOrAFileIsMalformed() throws Exception {
        CheckOutcome none = check("type: tests\nresults: '**/surefire-reports/*.xml'")
                .evaluate(context(workspace).build());
        assertThat(none.status()).isEqualTo(ItemStatus.ERROR);
        assertThat(none.evidence()).isEqualTo("No file matches results '**/surefire-reports/*.xml' in the workspace");

        copy(workspace, "junit/truncated.xml", "target/surefire-reports/TEST-slow.xml");
        CheckOutcome malformed = check("type: tests\nresults: '**/surefire-reports/*.xml'")
                .evaluate(context(workspace).build());
        assertThat(malformed.status()).isEqualTo(ItemStatus.ERROR);
        assertThat(malformed.evidence())
                .startsWith("target/surefire-reports/TEST-slow.xml line 5")
                .contains("not well-formed XML");
    }

    @Test
    void shouldFailWhenEveryTestWasSkipped() throws Exception {
        Files.writeString(
                workspace.resolve("TEST-skipped.xml"),
                "<testsuite name='s'><testcase name='a'><skipped/></testcase></testsuite>");

        CheckOutcome outcome = check("type: tests\nresults: TEST-skipped.xml")
                .evaluate(context(workspace).build());

        assertThat(outcome.status()).isEqualTo(ItemStatus.FAILED);
        assertThat(outcome.evidence()).isEqualTo("No test was executed: 1 test case in 1 file (1 skipped)");
    }

    @Test
    void shouldRefusePatternsThatLeaveTheWorkspace() {
        CheckOutcome outcome = check("type: tests\nresults: '../other-job/**/*.xml'")
                .evaluate(context(workspace).build());

        assertThat(outcome.status()).isEqualTo(ItemStatus.ERROR);
        assertThat(outcome.evidence()).contains("'results'").contains("must stay inside the workspace");
        assertThat(check("type: tests\nresults: /etc/passwd")
                        .evaluate(context(workspace).build())
                        .evidence())
                .contains("a path relative to the workspace");
    }
}
