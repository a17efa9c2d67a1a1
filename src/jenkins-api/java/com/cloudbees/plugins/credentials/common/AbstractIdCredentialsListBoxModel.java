package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import hudson.model.Item;
import hudson.util.ListBoxModel;
import java.util.List;
import org.springframework.security.core.Authentication;

/** Compile-only copy: a drop-down list of credentials (most Authentication-based members are not copied). */
public abstract class AbstractIdCredentialsListBoxModel<T extends AbstractIdCredentialsListBoxModel<T, C>,
        C extends IdCredentials> extends ListBoxModel {
    protected abstract String describe(C c);

    public AbstractIdCredentialsListBoxModel<T, C> with(C u) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public AbstractIdCredentialsListBoxModel<T, C> includeEmptyValue() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public AbstractIdCredentialsListBoxModel<T, C> include(Item context, Class<? extends C> type) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public AbstractIdCredentialsListBoxModel<T, C> includeAs(Authentication authentication, Item context,
            Class<? extends C> type, List<DomainRequirement> domainRequirements) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public AbstractIdCredentialsListBoxModel<T, C> includeCurrentValue(String value) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
