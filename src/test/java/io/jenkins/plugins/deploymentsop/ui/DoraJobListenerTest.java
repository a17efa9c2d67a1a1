package io.jenkins.plugins.deploymentsop.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import hudson.model.Item;
import io.jenkins.plugins.deploymentsop.dora.DeploymentTable;
import io.jenkins.plugins.deploymentsop.dora.index.DeploymentIndex;
import io.jenkins.plugins.deploymentsop.record.RecordStore;
import io.jenkins.plugins.deploymentsop.testing.JenkinsMocks;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The deployment index follows the jobs it is keyed by: renames and moves keep the history, deletions drop it. */
class DoraJobListenerTest {
    @RegisterExtension
    final JenkinsMocks jenkins = JenkinsMocks.build(1);

    @BeforeEach
    void indexDeployments() throws Exception {
        new DeploymentIndex(jenkins.jenkinsHome().resolve(RecordStore.FOLDER))
                .appendAll(List.of(
                        IndexedJobsTest.event("shop/deploy", 1),
                        IndexedJobsTest.event("shop/deploy", 2),
                        IndexedJobsTest.event("shop/deploy-staging", 1),
                        IndexedJobsTest.event("cart", 1)));
    }

    private static Item item(final String fullName) {
        Item item = mock(Item.class);
        when(item.getFullName()).thenReturn(fullName);
        return item;
    }

    private static List<String> ids() throws Exception {
        DeploymentTable table = DoraIndexes.snapshot().getTable();
        List<String> ids = new ArrayList<>();
        for (int row = 0; row < table.size(); row++) {
            ids.add(table.getDeploymentId(row));
        }
        return ids;
    }

    @Test
    void shouldKeepTheHistoryOfARenamedJobUnderItsNewName() throws Exception {
        new DoraJobListener().onLocationChanged(item("shop/release"), "shop/deploy", "shop/release");

        assertThat(DoraIndexes.snapshot().getTable().getJobs())
                .containsExactlyInAnyOrder("shop/release", "shop/deploy-staging", "cart");
        assertThat(ids())
                .containsExactlyInAnyOrder(
                        "shop/release#1#shop@production",
                        "shop/release#2#shop@production",
                        "shop/deploy-staging#1#shop@production",
                        "cart#1#shop@production");
    }

    @Test
    void shouldMoveEveryJobOfAMovedFolderOnceThoughEachOfItsItemsIsReported() throws Exception {
        DoraJobListener listener = new DoraJobListener();
        listener.onLocationChanged(item("webshop"), "shop", "webshop");
        listener.onLocationChanged(item("webshop/deploy"), "shop/deploy", "webshop/deploy");
        listener.onLocationChanged(item("webshop/deploy-staging"), "shop/deploy-staging", "webshop/deploy-staging");

        assertThat(DoraIndexes.snapshot().getTable().getJobs())
                .containsExactlyInAnyOrder("webshop/deploy", "webshop/deploy-staging", "cart");
        assertThat(ids()).hasSize(4);
    }

    @Test
    void shouldDropTheDeploymentsOfADeletedJobSoANewJobOfTheSameNameStartsWithout() throws Exception {
        new DoraJobListener().onDeleted(item("shop/deploy"));

        assertThat(DoraIndexes.snapshot().getTable().getJobs())
                .containsExactlyInAnyOrder("shop/deploy-staging", "cart");
        assertThat(ids()).hasSize(2);
    }

    @Test
    void shouldLeaveTheIndexAloneForItemsWithoutDeployments() throws Exception {
        byte[] before = java.nio.file.Files.readAllBytes(
                jenkins.jenkinsHome().resolve(RecordStore.FOLDER).resolve(DeploymentIndex.FILE_NAME));

        new DoraJobListener().onLocationChanged(item("docs"), "wiki", "docs");
        new DoraJobListener().onDeleted(item("sandbox"));

        assertThat(java.nio.file.Files.readAllBytes(
                        jenkins.jenkinsHome().resolve(RecordStore.FOLDER).resolve(DeploymentIndex.FILE_NAME)))
                .isEqualTo(before);
    }
}
