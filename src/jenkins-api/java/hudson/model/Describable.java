package hudson.model;

/** Compile-only copy: an object configured through a {@link Descriptor}. */
public interface Describable<T extends Describable<T>> {
    Descriptor<T> getDescriptor();
}
