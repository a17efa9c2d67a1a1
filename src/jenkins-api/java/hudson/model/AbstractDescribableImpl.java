package hudson.model;

/** Compile-only copy: a {@link Describable} whose descriptor is looked up from Jenkins by class. */
public abstract class AbstractDescribableImpl<T extends AbstractDescribableImpl<T>> implements Describable<T> {
    @Override
    public Descriptor<T> getDescriptor() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
