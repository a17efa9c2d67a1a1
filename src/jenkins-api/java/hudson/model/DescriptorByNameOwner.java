package hudson.model;

/** Compile-only copy: a URL node under which descriptors can be reached by name. */
public interface DescriptorByNameOwner extends ModelObject {
}
