package jenkins.model;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

import hudson.ExtensionList;
import hudson.model.Describable;
import hudson.model.DescriptorByNameOwner;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import hudson.security.Permission;
import hudson.security.SecurityRealm;
import java.io.File;
import java.io.IOException;
import java.util.List;
import jenkins.util.io.OnMaster;
import org.kohsuke.stapler.StaplerProxy;

/**
 * Compile-only copy: the Jenkins controller. Only a subset of the real supertypes is declared: the real
 * class also extends AbstractCIBase (a Node) and implements the item, view and fallback interfaces, which
 * would pull in most of the node, queue and view model. The private constructor only stops javac from
 * adding a public one.
 */
public class Jenkins implements StaplerProxy, AccessControlled, DescriptorByNameOwner, ModelObjectWithContextMenu, ModelObjectWithChildren, OnMaster, Loadable {
    public static final Permission ADMINISTER = null;
    public static final Permission MANAGE = null;
    public static final Permission SYSTEM_READ = null;
    public static final Permission READ = null;

    private Jenkins() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public static Jenkins get() throws IllegalStateException {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public static Jenkins getInstanceOrNull() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public static Authentication getAuthentication2() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public SecurityRealm getSecurityRealm() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public Descriptor getDescriptor(Class<? extends Describable> type) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public Descriptor getDescriptorOrDie(Class<? extends Describable> type) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public <T> ExtensionList<T> getExtensionList(Class<T> extensionType) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public String getFullName() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public String getFullDisplayName() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public String getRootUrl() throws IllegalStateException {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public File getRootDir() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public <T extends Item> List<T> getAllItems(Class<T> type) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public <T extends Item> T getItemByFullName(String fullName, Class<T> type) throws AccessDeniedException {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public Item getItemByFullName(String fullName) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public ACL getACL() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public void load() throws IOException {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public Object getTarget() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
