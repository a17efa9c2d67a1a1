package io.jenkins.plugins.deploymentsop.steps.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.deploymentsop.record.DeploymentType;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The step's and the items' parameters: validation messages, defaults and the engine's item maps. */
class PreDeployChecklistStepTest {
    private static PreDeployChecklistStep step() {
        return new PreDeployChecklistStep("1.4.0", "production");
    }

    @Test
    void shouldHaveTheDocumentedDefaults() {
        PreDeployChecklistStep step = step();

        assertThat(step.getType()).isEqualTo("standard");
        assertThat(step.getTimeout()).isEqualTo("24h");
        assertThat(step.getService()).isEmpty();
        assertThat(step.getChecklist()).isEmpty();
        assertThat(step.getItems()).isEmpty();
        assertThat(step.getEmergencyOverride()).isEmpty();
        assertThat(step.getMetricsUrl()).isEmpty();
        assertThat(step.getName()).isEqualTo("pre-deployment");
    }

    @Test
    void shouldRefuseBadRequiredParametersNamingThem() {
        assertThatThrownBy(() -> new PreDeployChecklistStep("1.4.0; rm -rf /", "production"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("release")
                .hasMessageContaining("1.4.0; rm -rf /")
                .hasMessageContaining("a version such as 1.4.0");
        assertThatThrownBy(() -> new PreDeployChecklistStep("1.4.0", "prod env"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("environment")
                .hasMessageContaining("prod env");
    }

    @Test
    void shouldValidateEachOptionalParameterWithAClearMessage() {
        PreDeployChecklistStep step = step();

        assertThatThrownBy(() -> step.setType("canary"))
                .hasMessageContaining("type")
                .hasMessageContaining("canary")
                .hasMessageContaining("standard, hotfix, featureFlag");
        assertThatThrownBy(() -> step.setChecklist("../other/checklist.yaml"))
                .hasMessageContaining("checklist")
                .hasMessageContaining("relative to the workspace");
        assertThatThrownBy(() -> step.setChecklist("/etc/checklist.yaml")).hasMessageContaining("checklist");
        assertThatThrownBy(() -> step.setTimeout("soon"))
                .hasMessageContaining("timeout")
                .hasMessageContaining("soon");
        assertThatThrownBy(() -> step.setTimeout("0s")).hasMessageContaining("a duration above 0");
        assertThatThrownBy(() -> step.setService("shop service")).hasMessageContaining("service");
        assertThatThrownBy(() -> step.setMetricsUrl("prometheus:9090"))
                .hasMessageContaining("metricsUrl")
                .hasMessageContaining("http:// or https://");
        assertThatThrownBy(() -> step.setMetricsUrl("http://user:secret@prometheus:9090"))
                .hasMessageContaining("without credentials")
                .hasMessageNotContaining("secret");
        assertThatThrownBy(() -> step.setName("operations handoff"))
                .hasMessageContaining("'name'")
                .hasMessageContaining("'operations handoff'")
                .hasMessageContaining("letters, digits");
        assertThatThrownBy(() -> step.setEmergencyOverride("x".repeat(501)))
                .hasMessageContaining("emergencyOverride")
                .hasMessageContaining("at most 500");
    }

    @Test
    void shouldAcceptAndNormalizeGoodValues() {
        PreDeployChecklistStep step = step();
        step.setType("feature-flag");
        step.setChecklist("./deploy//checklist.yaml");
        step.setTimeout("4h");
        step.setService("shop");
        step.setMetricsUrl("http://127.0.0.1:9090");

        assertThat(step.getType()).isEqualTo("featureFlag");
        assertThat(step.getChecklist()).isEqualTo("deploy/checklist.yaml");
        assertThat(step.timeoutSpan()).isEqualTo(TimeSpan.ofMinutes(240));
        assertThat(step.getService()).isEqualTo("shop");
    }

    @Test
    void shouldRefuseTwoItemsWithTheSameId() {
        assertThatThrownBy(() -> step().setItems(List.of(new TestsItem(), new TestsItem())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("items")
                .hasMessageContaining("two items with id 'tests'");
    }

    @Test
    void shouldValidateItemFields() {
        assertThatThrownBy(() -> new CoverageItem().setMinimum(180.0))
                .hasMessageContaining("minimum")
                .hasMessageContaining("180")
                .hasMessageContaining("a number from 0 to 100");
        assertThatThrownBy(() -> new TestsItem().setMinimumPassRate(-1.0)).hasMessageContaining("minimumPassRate");
        assertThatThrownBy(() -> new VulnerabilitiesItem().setFailAt("severe"))
                .hasMessageContaining("failAt")
                .hasMessageContaining("critical, high, medium, low, negligible");
        assertThatThrownBy(() -> new TestsItem().setSeverity("fatal")).hasMessageContaining("severity");
        assertThatThrownBy(() -> new TestsItem().setId("../x")).hasMessageContaining("id");
        assertThatThrownBy(() -> new HttpCheckItem("ftp://shop.example.com")).hasMessageContaining("url");
        assertThatThrownBy(() -> new HttpCheckItem("https://shop.example.com").setRetries(11))
                .hasMessageContaining("retries")
                .hasMessageContaining("0 to 10");
        assertThatThrownBy(() -> new ManualItem(" ")).hasMessageContaining("id");
        assertThatThrownBy(() -> new DocumentsItem("")).hasMessageContaining("files");
        assertThatThrownBy(() -> new MetricItem("up", "")).hasMessageContaining("threshold");
        assertThatThrownBy(() -> new ChangelogItem().setFile("../CHANGELOG.md")).hasMessageContaining("file");
    }

    @Test
    void shouldMapItemsToTheEnginesItemMapsWithOnlyTheFieldsSet() {
        TestsItem tests = new TestsItem();
        tests.setResults("**/surefire-reports/*.xml, **/failsafe-reports/*.xml");
        tests.setMinimumPassRate(99.5);
        CoverageItem coverage = new CoverageItem();
        coverage.setMinimum(70.0);
        VulnerabilitiesItem vulnerabilities = new VulnerabilitiesItem();
        vulnerabilities.setReports("build/trivy.json");
        vulnerabilities.setFailAt("critical");
        vulnerabilities.setSeverity("warning");
        ChangelogItem changelog = new ChangelogItem();
        changelog.setFile("docs/CHANGES.md");
        DocumentsItem runbook = new DocumentsItem("docs/runbook.md");
        runbook.setId("runbook");
        runbook.setChangedSince(" v1.3.0 ");
        runbook.setChangedWithin("90d");
        HttpCheckItem health = new HttpCheckItem("https://${environment}.shop.example.com/health");
        health.setJsonPointer("/status");
        health.setJsonValue("UP");
        health.setRetries(3);
        health.setMaxLatency("500ms");
        ManualItem signOff = new ManualItem("security-sign-off");
        signOff.setUsers("alice, bob");
        signOff.setGroups("security");
        signOff.setInstructions("Pen test report reviewed");
        MetricItem errors = new MetricItem("sum(rate(http_errors[5m]))", "< 0.05");

        assertThat(tests.toItemMap())
                .containsExactly(
                        Map.entry("id", "tests"),
                        Map.entry("type", "tests"),
                        Map.entry("results", List.of("**/surefire-reports/*.xml", "**/failsafe-reports/*.xml")),
                        Map.entry("minimumPassRate", 99.5));
        assertThat(coverage.toItemMap())
                .containsExactly(
                        Map.entry("id", "coverage"), Map.entry("type", "coverage"), Map.entry("minimum", 70.0));
        assertThat(vulnerabilities.toItemMap())
                .containsEntry("severity", "warning")
                .containsEntry("reports", List.of("build/trivy.json"))
                .containsEntry("failAt", "critical");
        assertThat(changelog.toItemMap()).containsEntry("file", "docs/CHANGES.md");
        assertThat(runbook.toItemMap())
                .containsEntry("id", "runbook")
                .containsEntry("type", "documents")
                .containsEntry("files", List.of("docs/runbook.md"))
                .containsEntry("changedSince", "v1.3.0")
                .containsEntry("changedWithin", "90d");
        assertThatThrownBy(() -> runbook.setChangedSince("-p")).hasMessageContaining("'changedSince': '-p'");
        assertThatThrownBy(() -> runbook.setChangedWithin("soon")).hasMessageContaining("'changedWithin'");
        assertThat(health.toItemMap())
                .containsEntry("id", "health")
                .containsEntry("type", "http")
                .containsEntry("url", "https://${environment}.shop.example.com/health")
                .containsEntry("retries", 3)
                .containsEntry("maxLatency", "500ms")
                .doesNotContainKey("timeout");
        assertThat(signOff.toItemMap())
                .containsEntry("id", "security-sign-off")
                .containsEntry("type", "manual")
                .containsEntry("users", List.of("alice", "bob"))
                .containsEntry("groups", List.of("security"))
                .containsEntry("instructions", "Pen test report reviewed")
                .doesNotContainKey("timeout");
        assertThat(errors.toItemMap())
                .containsEntry("type", "metric")
                .containsEntry("query", "sum(rate(http_errors[5m]))")
                .containsEntry("threshold", "< 0.05");
    }

    @Test
    void shouldBuildTheAgentsRequestFromTheParameters() {
        PreDeployChecklistStep step = step();
        step.setType("hotfix");
        step.setChecklist("deploy/checklist.yaml");
        step.setTimeout("2h");
        step.setEmergencyOverride("P1 incident INC-4711");
        step.setItems(List.of(new TestsItem()));

        ChecklistRequest request = step.request(null, ZoneOffset.UTC);

        assertThat(request.type()).isEqualTo(DeploymentType.HOTFIX);
        assertThat(request.checklistFile()).contains("deploy/checklist.yaml");
        assertThat(request.items()).containsExactly(Map.of("id", "tests", "type", "tests"));
        assertThat(request.manualTimeout()).isEqualTo(TimeSpan.ofMinutes(120));
        assertThat(request.emergencyOverride()).contains("P1 incident INC-4711");
        assertThat(request.metrics()).isEmpty();
        assertThat(request.release()).isEqualTo("1.4.0");
    }

    @Test
    void shouldMapTheWindowChecksumAndStagingItems() {
        WindowItem window = new WindowItem();
        window.setMustStayOpenFor("90m");
        window.setHours("09:00-12:00, 13:00-17:00");
        ChecksumsItem checksums = new ChecksumsItem();
        checksums.setArtifacts("build/*.jar, build/*.war");
        StagedFirstItem staged = new StagedFirstItem(" staging ");
        staged.setWithin("7d");

        assertThat(window.toItemMap())
                .containsExactly(
                        Map.entry("id", "deployment-window"),
                        Map.entry("type", "window"),
                        Map.entry("hours", List.of("09:00-12:00", "13:00-17:00")),
                        Map.entry("mustStayOpenFor", "90m"));
        assertThat(checksums.toItemMap())
                .containsExactly(
                        Map.entry("id", "checksums"),
                        Map.entry("type", "checksums"),
                        Map.entry("artifacts", List.of("build/*.jar", "build/*.war")));
        assertThat(staged.toItemMap())
                .containsExactly(
                        Map.entry("id", "staged-first"),
                        Map.entry("type", "stagedFirst"),
                        Map.entry("environment", "staging"),
                        Map.entry("within", "7d"));
        assertThat(new StagedFirstItem("qa").toItemMap()).doesNotContainKey("within");
    }

    @Test
    void shouldValidateTheWindowChecksumAndStagingItems() {
        assertThatThrownBy(() -> new WindowItem().setMustStayOpenFor("soon"))
                .hasMessageContaining("mustStayOpenFor")
                .hasMessageContaining("soon");
        assertThatThrownBy(() -> new ChecksumsItem().setFile("/etc/SHA256SUMS")).hasMessageContaining("file");
        assertThatThrownBy(() -> new StagedFirstItem(" ")).hasMessageContaining("environment");
        assertThatThrownBy(() -> new StagedFirstItem("pre prod")).hasMessageContaining("pre prod");
        assertThatThrownBy(() -> new StagedFirstItem("staging").setWithin("0s"))
                .hasMessageContaining("within")
                .hasMessageContaining("above 0");
    }

    @Test
    void shouldStartOnlyThePreDeploymentChecklistFromTheTemplate() {
        PreDeployChecklistStep step = step();
        step.setType("hotfix");
        assertThat(step.request(null, ZoneOffset.UTC).template()).contains(DeploymentType.HOTFIX);

        step.setName(" operations-handoff ");
        assertThat(step.getName()).isEqualTo("operations-handoff");
        assertThat(step.request(null, ZoneOffset.UTC).template()).isEmpty();

        step.setName("");
        assertThat(step.getName()).isEqualTo("pre-deployment");
    }

    @Test
    void shouldMakeAJobNameAServiceName() {
        assertThat(PreDeployChecklistExecution.serviceOf("shop/deploy")).isEqualTo("shop-deploy");
        assertThat(PreDeployChecklistExecution.serviceOf("Team A » shop (prod)"))
                .isEqualTo("Team-A-shop-prod");
        assertThat(PreDeployChecklistExecution.serviceOf("..hidden")).isEqualTo("hidden");
        assertThat(PreDeployChecklistExecution.serviceOf("x".repeat(150))).hasSize(100);
    }
}
