package io.jenkins.plugins.deploymentsop.steps.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.when;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import hudson.AbortException;
import hudson.model.Run;
import hudson.util.Secret;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedConstruction;
import org.mockito.MockedStatic;

/** The Prometheus credential of metric items is looked up in the build's context and its use is tracked. */
class MetricsCredentialsTest {
    private static final String URL = "http://127.0.0.1:9090";

    private final Run<?, ?> run = mock(Run.class);
    private MockedStatic<CredentialsProvider> provider;
    private MockedConstruction<AbortException> aborts;

    @BeforeEach
    void mockTheProvider() {
        provider = mockStatic(CredentialsProvider.class);
        aborts = AbortMessages.mock();
    }

    @AfterEach
    void closeMocks() {
        aborts.close();
        provider.close();
    }

    private void found(final StandardCredentials credentials) {
        provider.when(() -> CredentialsProvider.findCredentialById("prometheus", StandardCredentials.class, run))
                .thenReturn(credentials);
    }

    private static Secret secret(final String text) {
        Secret secret = mock(Secret.class);
        when(secret.getPlainText()).thenReturn(text);
        return secret;
    }

    @Test
    void shouldTrackAUsernameWithPasswordOnTheBuild() throws AbortException {
        StandardUsernamePasswordCredentials basic = mock(StandardUsernamePasswordCredentials.class);
        when(basic.getUsername()).thenReturn("reader");
        Secret password = secret("pa55word");
        when(basic.getPassword()).thenReturn(password);
        found(basic);

        MetricsEndpoint endpoint = MetricsCredentials.resolve(URL, "prometheus", run);

        assertThat(endpoint).isNotNull();
        provider.verify(() -> CredentialsProvider.track(run, basic));
    }

    @Test
    void shouldTrackASecretTextOnTheBuild() throws AbortException {
        StringCredentials token = mock(StringCredentials.class);
        Secret secret = secret("t0ken");
        when(token.getSecret()).thenReturn(secret);
        found(token);

        MetricsEndpoint endpoint = MetricsCredentials.resolve(URL, "prometheus", run);

        assertThat(endpoint).isNotNull();
        provider.verify(() -> CredentialsProvider.track(run, token));
    }

    @Test
    void shouldTrackNothingWithoutAUsableCredential() throws AbortException {
        found(mock(StandardCredentials.class));

        assertThatThrownBy(() -> MetricsCredentials.resolve(URL, "prometheus", run))
                .hasMessageContaining("it is another kind of credential");
        assertThat(MetricsCredentials.resolve(URL, "", run)).isNotNull();
        provider.verify(() -> CredentialsProvider.track(any(Run.class), any()), never());
    }
}
