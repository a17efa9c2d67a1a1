package hudson.model;

import hudson.security.ACL;
import hudson.security.AccessControlled;
import java.io.File;
import java.io.IOException;
import java.util.Collection;
import jenkins.model.Loadable;
import org.kohsuke.stapler.HttpDeletable;
import org.kohsuke.stapler.StaplerProxy;

/** Compile-only copy: partial implementation of {@link Item}. */
public abstract class AbstractItem extends Actionable implements Loadable, Item, HttpDeletable, AccessControlled, DescriptorByNameOwner, StaplerProxy {
    protected AbstractItem(ItemGroup parent, String name) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public String getName() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public File getRootDir() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public ItemGroup getParent() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public abstract Collection<? extends Job> getAllJobs();

    @Override
    public final String getFullName() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public final String getFullDisplayName() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public void onLoad(ItemGroup<? extends Item> parent, String name) throws IOException {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public void onCopiedFrom(Item src) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public final String getUrl() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public String getShortUrl() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public String getSearchUrl() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public final String getAbsoluteUrl() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public ACL getACL() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public synchronized void save() throws IOException {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public void delete() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public void load() throws IOException {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public String getSearchName() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
