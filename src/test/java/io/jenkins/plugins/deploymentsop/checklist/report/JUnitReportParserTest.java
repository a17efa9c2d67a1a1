package io.jenkins.plugins.deploymentsop.checklist.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JUnitReportParserTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // file, total, passed, flaky, failures, errors, skipped
        "surefire-TEST-com.example.cart.CartServiceTest.xml, 7, 4, 1, 1, 1, 1",
        "gradle-TEST-com.example.orders.OrderServiceTest.xml, 4, 3, 0, 1, 0, 0",
        "pytest-junit.xml, 6, 2, 0, 1, 1, 2",
        "jest-junit.xml, 6, 4, 0, 1, 1, 0",
        "go-junit-report.xml, 6, 3, 0, 1, 1, 1",
        "nextest-junit.xml, 4, 3, 1, 1, 0, 0",
        "cargo2junit.xml, 3, 1, 0, 1, 0, 1",
        "phpunit-junit.xml, 6, 3, 0, 1, 1, 1",
        "dotnet-junit-logger.xml, 5, 3, 0, 1, 0, 1",
        "scalatest-TEST-com.example.CheckoutSpec.xml, 4, 2, 0, 1, 0, 1",
        "tap-junit.xml, 5, 2, 0, 1, 1, 1"
    })
    void shouldCountTestCasesOfEveryProducer(
            final String file,
            final long total,
            final long passed,
            final long flaky,
            final long failures,
            final long errors,
            final long skipped)
            throws Exception {
        TestSummary summary = parse(file);

        assertThat(summary.total()).as("total").isEqualTo(total);
        assertThat(summary.passed()).as("passed").isEqualTo(passed);
        assertThat(summary.flaky()).as("flaky").isEqualTo(flaky);
        assertThat(summary.failures()).as("failures").isEqualTo(failures);
        assertThat(summary.errors()).as("errors").isEqualTo(errors);
        assertThat(summary.skipped()).as("skipped").isEqualTo(skipped);
        assertThat(summary.files()).isEqualTo(1);
        assertThat(summary.firstFailures()).hasSize((int) (failures + errors));
    }

    @Test
    void shouldNameFailuresWithClassAndFirstMessageLine() throws Exception {
        assertThat(parse("surefire-TEST-com.example.cart.CartServiceTest.xml").firstFailures())
                .extracting(Object::toString)
                .containsExactly(
                        "com.example.cart.CartServiceTest.shouldApplyPercentageDiscount: expected: <90.00> but was: <89.99>",
                        "com.example.cart.CartServiceTest.shouldLoadPricesFromCatalog: Connection refused: localhost/127.0.0.1:5432");
        assertThat(parse("dotnet-junit-logger.xml").firstFailures().get(0))
                .hasToString(
                        "Shop.Tests.CartTests.RejectsNegativeQuantity: Assert.Throws() Failure: No exception was thrown");
        assertThat(parse("go-junit-report.xml").firstFailures())
                .extracting(TestFailure::name)
                .containsExactly(
                        "example.com/shop/cart.TestTotal/with_discount", "example.com/shop/payments.[build failed]");
    }

    @Test
    void shouldTakeTheMessageFromTheTextWhenTheProducerWritesNoAttribute() throws Exception {
        assertThat(parse("jest-junit.xml").firstFailures())
                .extracting(Object::toString)
                .containsExactly(
                        "Cart computes the total with tax: Error: expect(received).toBe(expected) // Object.is equality",
                        "suite src/legacy/wishlist.test.js: the suite reports 1 failure(s) or error(s) but contains no test case");
        assertThat(parse("nextest-junit.xml").firstFailures().get(0).message())
                .isEqualTo("thread 'cart::tests::total_with_tax' panicked at src/cart.rs:88:9:");
        assertThat(parse("phpunit-junit.xml").firstFailures().get(0))
                .hasToString("App.Tests.Unit.PriceTest.testFormats with data set #1: "
                        + "App\\Tests\\Unit\\PriceTest::testFormats with data set #1 ('EUR', 1.5)");
    }

    @Test
    void shouldCountAFailedSuiteWithoutTestCasesAsOneFailure() throws Exception {
        TestSummary summary = parse("tap-junit.xml");

        assertThat(summary.firstFailures().get(1))
                .hasToString("suite database migrations: Bail out! database unreachable at db:5432");
        assertThat(parseText("<testsuite name='broken' tests='12' failures='0' errors='2'></testsuite>")
                        .failed())
                .isEqualTo(1);
        assertThat(parseText("<testsuite name='empty' tests='0' failures='0' errors='0'/>")
                        .total())
                .isZero();
    }

    @Test
    void shouldIgnoreSuiteAttributesThatDisagreeWithTheTestCases() throws Exception {
        TestSummary summary = parseText(
                "<testsuites tests='40' failures='9'><testsuite name='a' tests='30' failures='9'>"
                        + "<testcase name='one'/><testcase name='two'><failure message='boom'/></testcase></testsuite></testsuites>");

        assertThat(summary.total()).isEqualTo(2);
        assertThat(summary.failed()).isEqualTo(1);
    }

    @Test
    void shouldTreatRerunOutcomesWithoutFinalFailureAsFlakyPasses() throws Exception {
        TestSummary summary = parseText("<testsuite name='s'>"
                + "<testcase name='a'><rerunFailure message='first run'/></testcase>"
                + "<testcase name='b'><flakyError message='first run'/></testcase>"
                + "<testcase name='c'><failure message='all runs'/><rerunFailure message='rerun'/></testcase>"
                + "</testsuite>");

        assertThat(summary.passed()).isEqualTo(2);
        assertThat(summary.flaky()).isEqualTo(2);
        assertThat(summary.failures()).isEqualTo(1);
    }

    @Test
    void shouldAcceptByteOrderMarkCommentsAndDoctypeBeforeTheRoot() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String document = "<?xml version='1.0' encoding='UTF-8'?>\n<!-- produced by a converter -->\n"
                + "<!DOCTYPE testsuite SYSTEM 'http://127.0.0.1:1/junit.dtd'>\n"
                + "<testsuite name='x'><testcase name='t'/></testsuite>";
        byte[] text = document.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(text, 0, bytes, bom.length, text.length);
        TestSummary.Builder summary = TestSummary.builder();

        JUnitReportParser.parse(new ByteArrayInputStream(bytes), "bom.xml", summary);

        assertThat(summary.build().passed()).isEqualTo(1);
    }

    @Test
    void shouldReportFilesThatAreNotWellFormedWithFileAndPosition() {
        assertThatThrownBy(() -> parse("truncated.xml"))
                .isInstanceOf(ReportException.class)
                .hasMessageStartingWith("truncated.xml line ")
                .hasMessageContaining("not well-formed XML");
        assertThatThrownBy(() -> parseText("<testsuite><testcase name='a'></testsuite>"))
                .hasMessageContaining("line 1, column ")
                .hasMessageContaining("must be terminated");
    }

    @Test
    void shouldRefuseOtherDocumentsAndEmptyFiles(@TempDir final Path folder) throws IOException {
        assertThatThrownBy(() -> parse("not-junit.xml"))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("not-junit.xml line 2")
                .hasMessageContaining("root element is <testng-results>");
        Path empty = Files.writeString(folder.resolve("TEST-empty.xml"), "");
        assertThatThrownBy(() -> JUnitReportParser.parse(empty, "TEST-empty.xml", TestSummary.builder()))
                .isInstanceOf(ReportException.class)
                .hasMessageStartingWith("TEST-empty.xml");
    }

    @Test
    void shouldKeepOnlyTheFirstFailuresButCountAll() throws Exception {
        StringBuilder document = new StringBuilder("<testsuite name='many'>");
        for (int i = 0; i < 25; i++) {
            document.append("<testcase name='t")
                    .append(i)
                    .append("'><failure>line ")
                    .append(i)
                    .append("\nmore</failure></testcase>");
        }
        TestSummary summary = parseText(document.append("</testsuite>").toString());

        assertThat(summary.failures()).isEqualTo(25);
        assertThat(summary.firstFailures()).hasSize(TestSummary.MAX_FAILURES);
        assertThat(summary.firstFailures().get(9)).hasToString("t9: line 9");
    }

    private static TestSummary parse(final String fixture) throws Exception {
        TestSummary.Builder summary = TestSummary.builder();
        JUnitReportParser.parse(Fixtures.path("junit/" + fixture), fixture, summary);
        return summary.build();
    }

    private static TestSummary parseText(final String document) throws ReportException {
        TestSummary.Builder summary = TestSummary.builder();
        JUnitReportParser.parse(
                new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), "inline.xml", summary);
        return summary.build();
    }
}
