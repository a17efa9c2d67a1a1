package io.jenkins.plugins.deploymentsop.ui;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who answers a pending decision, as the security realm knows them at the time of the answer.
 *
 * @param userId the user's id (the authentication's name), e.g. {@code alice}
 * @param groups the user's groups: the authentication's authorities without the one every signed-in user has
 * @param administrator whether the user has Overall/Administer, which settles any question a handler lets
 *     administrators settle (as an {@code input} step does)
 */
public record Decider(String userId, Set<String> groups, boolean administrator) {
    public Decider {
        groups = Collections.unmodifiableSortedSet(new TreeSet<>(groups)); // sorted: the record lists them in order
    }

    /**
     * Describes the person behind an authentication.
     *
     * @param authentication e.g. {@code Jenkins.getAuthentication2()}
     * @param everyone the authority every signed-in user has ({@code SecurityRealm.AUTHENTICATED_AUTHORITY2}): not a
     *     group anybody names
     * @param administrator whether the user has Overall/Administer
     * @return the decider
     */
    public static Decider of(
            final Authentication authentication,
            @CheckForNull final GrantedAuthority everyone,
            final boolean administrator) {
        Set<String> groups = authentication.getAuthorities().stream()
                .filter(authority -> !authority.equals(everyone))
                .map(GrantedAuthority::getAuthority)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return new Decider(authentication.getName(), groups, administrator);
    }
}
