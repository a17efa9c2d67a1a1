package io.jenkins.plugins.deploymentsop.testing;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import hudson.security.SecurityRealm;
import java.util.List;
import java.util.Locale;
import jenkins.model.IdStrategy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The security parts of Jenkins for glue tests: an authentication as a security realm gives it (the user's name and
 * the groups as authorities) and a realm whose id strategies compare ids as configured.
 */
public final class SecurityMocks {
    private SecurityMocks() {}

    /**
     * Returns a signed-in user.
     *
     * @param userId the user's id
     * @param groups the user's groups
     * @return the authentication
     */
    public static Authentication signedIn(final String userId, final List<String> groups) {
        Authentication authentication = mock(Authentication.class);
        when(authentication.getName()).thenReturn(userId);
        doReturn(groups.stream().map(SimpleGrantedAuthority::new).toList())
                .when(authentication)
                .getAuthorities();
        return authentication;
    }

    /**
     * Returns a security realm whose user and group id strategies compare ids with or without regard to case.
     *
     * @param ignoringCase {@code true} for the default of most realms
     * @return the realm
     */
    public static SecurityRealm realm(final boolean ignoringCase) {
        IdStrategy strategy = mock(IdStrategy.class);
        when(strategy.equals(anyString(), anyString())).thenAnswer(invocation -> {
            String first = invocation.getArgument(0);
            String second = invocation.getArgument(1);
            return ignoringCase
                    ? first.toLowerCase(Locale.ROOT).equals(second.toLowerCase(Locale.ROOT))
                    : first.equals(second);
        });
        SecurityRealm realm = mock(SecurityRealm.class);
        when(realm.getUserIdStrategy()).thenReturn(strategy);
        when(realm.getGroupIdStrategy()).thenReturn(strategy);
        return realm;
    }
}
