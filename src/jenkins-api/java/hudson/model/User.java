package hudson.model;

import java.util.List;

import hudson.security.ACL;
import hudson.security.AccessControlled;
import java.io.IOException;
import jenkins.model.Loadable;
import jenkins.model.ModelObjectWithContextMenu;
import org.kohsuke.stapler.StaplerProxy;

/** Compile-only copy: a Jenkins user. The private constructor only stops javac from adding a public one. */
public class User extends AbstractModelObject implements AccessControlled, DescriptorByNameOwner, Loadable, Saveable, Comparable<User>, ModelObjectWithContextMenu, StaplerProxy {
    private User() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public void load() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public int compareTo(User other) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public String getId() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public String getUrl() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public String getSearchUrl() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public String getFullName() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public List<String> getAuthorities() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public static User current() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public static User getById(String id, boolean create) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public synchronized void save() throws IOException {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public ACL getACL() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public Object getTarget() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
