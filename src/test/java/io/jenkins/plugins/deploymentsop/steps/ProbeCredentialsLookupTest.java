package io.jenkins.plugins.deploymentsop.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import hudson.model.Run;
import hudson.util.Secret;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;

/** Credentials IDs of health checks are resolved in the build's context; the secret never shows. */
class ProbeCredentialsLookupTest {
    private final Run<?, ?> run = mock(Run.class);
    private MockedStatic<CredentialsProvider> provider;

    @BeforeEach
    void mockTheProvider() {
        provider = mockStatic(CredentialsProvider.class);
        provider.when(() -> CredentialsProvider.findCredentialById(anyString(), any(), eq(run)))
                .thenReturn(null);
    }

    @AfterEach
    void closeMocks() {
        provider.close();
    }

    private static Secret secret(final String text) {
        Secret secret = mock(Secret.class);
        when(secret.getPlainText()).thenReturn(text);
        return secret;
    }

    @Test
    void shouldTurnAUsernameWithPasswordIntoBasicAuthentication() {
        StandardUsernamePasswordCredentials basic = mock(StandardUsernamePasswordCredentials.class);
        when(basic.getUsername()).thenReturn("deployer");
        Secret password = secret("pa55word");
        when(basic.getPassword()).thenReturn(password);
        provider.when(() -> CredentialsProvider.findCredentialById(
                        "shop-health", StandardUsernamePasswordCredentials.class, run))
                .thenReturn(basic);

        ProbeSecret secret = new ProbeCredentialsLookup(run).find("shop-health");

        assertThat(secret.credentials()).hasToString("basic user 'deployer' (password hidden)");
        assertThat(secret.toString()).doesNotContain("pa55word");
        provider.verify(() -> CredentialsProvider.track(run, basic));
    }

    @Test
    void shouldTurnSecretTextIntoABearerTokenThatIsNeverShown() {
        StringCredentials token = mock(StringCredentials.class);
        Secret secret = secret("t0ken-value");
        when(token.getSecret()).thenReturn(secret);
        provider.when(() -> CredentialsProvider.findCredentialById("api-token", StringCredentials.class, run))
                .thenReturn(token);
        HttpHealthCheck http = new HttpHealthCheck("/health");
        http.setCredentialsId("api-token");
        HttpHealthCheck other = new HttpHealthCheck("/ready");
        other.setCredentialsId("api-token");

        Map<String, ProbeSecret> secrets =
                new ProbeCredentialsLookup(run).resolve(List.of(http, other, new TcpHealthCheck()));

        assertThat(secrets).containsOnlyKeys("api-token");
        assertThat(secrets.get("api-token").credentials()).hasToString("bearer token (hidden)");
        assertThat(secrets.toString()).doesNotContain("t0ken-value");
        provider.verify(() -> CredentialsProvider.track(run, token));
    }

    @Test
    void shouldNameAnUnknownIdAndWhatKindsOfCredentialsWork() {
        assertThatThrownBy(() -> new ProbeCredentialsLookup(run).find("typo-id"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Invalid value for 'credentialsId': 'typo-id' (allowed: the ID of a 'Username with"
                        + " password' (basic) or 'Secret text' (bearer token) credential this job may use)");
    }
}
