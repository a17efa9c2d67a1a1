package io.jenkins.plugins.deploymentsop.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

class DeciderTest {
    private static final GrantedAuthority AUTHENTICATED = new SimpleGrantedAuthority("authenticated");

    private static Authentication signedIn(final String name, final GrantedAuthority... authorities) {
        Authentication authentication = mock(Authentication.class);
        when(authentication.getName()).thenReturn(name);
        doReturn(List.of(authorities)).when(authentication).getAuthorities();
        return authentication;
    }

    @Test
    void shouldTakeTheGroupsFromTheAuthenticationWithoutThePseudoGroupOfEverySignedInUser() {
        Decider decider = Decider.of(
                signedIn(
                        "alice",
                        AUTHENTICATED,
                        new SimpleGrantedAuthority("security"),
                        new SimpleGrantedAuthority("release-managers")),
                AUTHENTICATED,
                false);

        assertThat(decider.userId()).isEqualTo("alice");
        assertThat(decider.groups()).containsExactly("release-managers", "security");
        assertThat(decider.administrator()).isFalse();
    }

    @Test
    void shouldKeepTheGroupsSortedAndUnmodifiable() {
        Decider decider = new Decider("bob", Set.of("qa", "dev", "ops"), true);

        assertThat(decider.groups()).containsExactly("dev", "ops", "qa");
        assertThat(decider.administrator()).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> decider.groups().add("admins"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
