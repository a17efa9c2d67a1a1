package io.jenkins.plugins.deploymentsop.steps;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.Serializable;

/**
 * Deep copies of an execution's state through Java serialization: the copy shares nothing mutable with the original,
 * so one can be saved while the other changes.
 */
final class StateCopies {
    private StateCopies() {}

    /**
     * Copies a state.
     *
     * @param state the state
     * @param <T> its type
     * @return a copy that shares nothing mutable with it (transient fields are left out, as in a saved program)
     * @throws IllegalStateException if the state cannot be serialized
     */
    static <T extends Serializable> T copy(final T state) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(state);
        } catch (IOException exception) {
            throw new IllegalStateException(
                    "The state " + state.getClass().getSimpleName() + " cannot be saved: " + exception, exception);
        }
        Class<? extends Serializable> type = state.getClass();
        try (ObjectInputStream in =
                new PluginObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()), type.getClassLoader())) {
            return (T) type.cast(in.readObject());
        } catch (IOException | ClassNotFoundException exception) {
            throw new IllegalStateException(
                    "The state " + type.getSimpleName() + " cannot be copied: " + exception, exception);
        }
    }

    /** Resolves classes with the plugin's class loader, which sees the plugin and the plugins it depends on. */
    private static final class PluginObjectInputStream extends ObjectInputStream {
        private final ClassLoader loader;

        PluginObjectInputStream(final InputStream in, final ClassLoader loader) throws IOException {
            super(in);
            this.loader = loader;
        }

        @Override
        protected Class<?> resolveClass(final ObjectStreamClass description)
                throws IOException, ClassNotFoundException {
            try {
                return Class.forName(description.getName(), false, loader);
            } catch (ClassNotFoundException notThere) {
                return super.resolveClass(description); // primitives and JDK classes
            }
        }
    }
}
