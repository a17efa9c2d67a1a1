package io.jenkins.plugins.deploymentsop.steps.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import hudson.model.Item;
import hudson.model.Queue;
import hudson.model.queue.Tasks;
import hudson.security.ACL;
import java.util.List;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedConstruction;
import org.mockito.MockedStatic;
import org.springframework.security.core.Authentication;

/**
 * The credentials drop-down of a canary's metric source, as the credentials plugin's consumer guide has it: the
 * credentials the job's builds run with (so global and folder ones show up), the global ones without a job, and only
 * the current value for people who cannot choose.
 */
class SourceCredentialsTest {
    private final Authentication jobAuthentication = mock(Authentication.class);
    private final Item job = mock(Item.class, withSettings().extraInterfaces(Queue.Task.class));
    private final Jenkins jenkins = mock(Jenkins.class);
    private MockedConstruction<StandardListBoxModel> models;
    private MockedStatic<Tasks> tasks;
    private MockedStatic<Jenkins> jenkinsStatic;

    @BeforeEach
    void mockJenkins() {
        models = mockConstruction(StandardListBoxModel.class, withSettings().defaultAnswer(RETURNS_SELF));
        tasks = mockStatic(Tasks.class);
        tasks.when(() -> Tasks.getAuthenticationOf2((Queue.Task) job)).thenReturn(jobAuthentication);
        jenkinsStatic = mockStatic(Jenkins.class);
        jenkinsStatic.when(Jenkins::get).thenReturn(jenkins);
    }

    @AfterEach
    void closeMocks() {
        jenkinsStatic.close();
        tasks.close();
        models.close();
    }

    private StandardListBoxModel model() {
        assertThat(models.constructed()).hasSize(1);
        return models.constructed().get(0);
    }

    @Test
    void shouldListTheCredentialsTheJobsBuildsMayUse() {
        when(job.hasPermission(Item.EXTENDED_READ)).thenReturn(true);

        SourceCredentials.choices(job, "prometheus-reader");

        StandardListBoxModel model = model();
        verify(model).includeEmptyValue();
        verify(model).includeAs(jobAuthentication, job, StandardUsernamePasswordCredentials.class, List.of());
        verify(model).includeAs(jobAuthentication, job, StringCredentials.class, List.of());
        verify(model).includeCurrentValue("prometheus-reader");
    }

    @Test
    void shouldListTheGlobalCredentialsAsSystemWithoutAJobForAnAdministrator() {
        when(jenkins.hasPermission(Jenkins.ADMINISTER)).thenReturn(true);

        SourceCredentials.choices(null, "");

        StandardListBoxModel model = model();
        verify(model).includeAs(eq(ACL.SYSTEM2), isNull(), eq(StandardUsernamePasswordCredentials.class), anyList());
        verify(model).includeAs(eq(ACL.SYSTEM2), isNull(), eq(StringCredentials.class), anyList());
        tasks.verify(() -> Tasks.getAuthenticationOf2(any()), never());
    }

    @Test
    void shouldShowOnlyTheCurrentValueToWhoCannotChoose() {
        SourceCredentials.choices(job, "prometheus-reader");
        SourceCredentials.choices(null, "prometheus-reader");

        assertThat(models.constructed()).hasSize(2).allSatisfy(model -> {
            verify(model).includeCurrentValue("prometheus-reader");
            verify(model, never()).includeEmptyValue();
            verify(model, never()).includeAs(any(), any(), any(), anyList());
        });
        tasks.verify(() -> Tasks.getAuthenticationOf2(any()), never());
    }
}
