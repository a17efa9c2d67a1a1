package io.jenkins.plugins.deploymentsop.docs;

import io.jenkins.plugins.deploymentsop.value.Percentage;
import java.io.IOException;
import java.lang.reflect.Member;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The plugin's compiled main classes, found by listing the class folder (cheaper than a class-path scan), by simple
 * name.
 */
final class PluginClasses {
    static final String PACKAGE = "io.jenkins.plugins.deploymentsop";

    private final List<Class<?>> all;
    private final Map<String, List<Class<?>>> bySimpleName;

    private PluginClasses(final List<Class<?>> all) {
        this.all = all;
        this.bySimpleName = new HashMap<>();
        for (Class<?> type : all) {
            if (!type.getSimpleName().isEmpty()) {
                bySimpleName
                        .computeIfAbsent(type.getSimpleName(), key -> new ArrayList<>())
                        .add(type);
            }
        }
    }

    /**
     * Loads the classes, without initializing them.
     *
     * @return the classes
     * @throws IOException if the class folder cannot be listed
     */
    static PluginClasses load() throws IOException {
        Path root = root();
        Path folder = root.resolve(PACKAGE.replace('.', '/'));
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(path -> path.toString().endsWith(".class"))
                    .sorted()
                    .toList()) {
                String relative = root.relativize(file).toString();
                classes.add(load(relative.substring(0, relative.length() - ".class".length())
                        .replace(file.getFileSystem().getSeparator(), ".")));
            }
        }
        return new PluginClasses(classes);
    }

    private static Path root() throws IOException {
        try {
            return Path.of(Percentage.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException exception) {
            throw new IOException("Cannot find the plugin's class folder", exception);
        }
    }

    private static Class<?> load(final String name) throws IOException {
        try {
            return Class.forName(name, false, PluginClasses.class.getClassLoader());
        } catch (ClassNotFoundException exception) {
            throw new IOException("Cannot load " + name, exception);
        }
    }

    List<Class<?>> all() {
        return all;
    }

    /** Returns the classes of a simple name; empty if none. */
    List<Class<?>> named(final String simpleName) {
        return bySimpleName.getOrDefault(simpleName, List.of());
    }

    /**
     * Tells whether a class or one of its superclasses declares a field (enum constants included) or a method of that
     * name.
     *
     * @param type the class
     * @param name the member's name
     * @return whether it has one
     */
    static boolean hasMember(final Class<?> type, final String name) {
        for (Class<?> current = type; current != null; current = current.getSuperclass()) {
            if (Stream.of(current.getDeclaredFields(), current.getDeclaredMethods())
                    .flatMap(Arrays::stream)
                    .map(Member::getName)
                    .anyMatch(name::equals)) {
                return true;
            }
        }
        return false;
    }
}
