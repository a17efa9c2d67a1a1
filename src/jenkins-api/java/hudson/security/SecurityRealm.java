package hudson.security;

import hudson.ExtensionPoint;
import hudson.model.AbstractDescribableImpl;
import jenkins.model.IdStrategy;
import org.springframework.security.core.GrantedAuthority;

/** Compile-only copy: how Jenkins authenticates users and knows their groups. */
public abstract class SecurityRealm extends AbstractDescribableImpl<SecurityRealm> implements ExtensionPoint {
    public static final GrantedAuthority AUTHENTICATED_AUTHORITY2 = null;

    public abstract SecurityComponents createSecurityComponents();

    public IdStrategy getUserIdStrategy() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public IdStrategy getGroupIdStrategy() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    /** Compile-only copy: the Spring Security parts of a realm (its fields are not copied). */
    public static final class SecurityComponents {
        public SecurityComponents() {
            throw new UnsupportedOperationException("compile-only Jenkins API copy");
        }
    }
}
