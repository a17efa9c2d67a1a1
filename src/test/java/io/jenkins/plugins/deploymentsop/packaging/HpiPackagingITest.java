package io.jenkins.plugins.deploymentsop.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import net.java.sezpoz.Index;
import net.java.sezpoz.IndexItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the packaged .hpi the way Jenkins' plugin manager does: explodes it, reads the manifest, builds a class
 * loader over {@code WEB-INF/lib/*.jar} whose parent offers only what Jenkins and the plugin dependencies provide,
 * finds {@code index.jelly} and loads the extension and symbol indexes.
 */
class HpiPackagingITest {
    private static final String SHORT_NAME = System.getProperty("deploymentsop.shortName", "deployment-sop");
    private static final String OUR_PACKAGE = "io/jenkins/plugins/deploymentsop/";
    private static final List<String> JENKINS_PREFIXES = List.of(
            "hudson/", "jenkins/", "org/jenkinsci/", "org/kohsuke/", "com/cloudbees/", "org/jvnet/", "org/jenkins/");

    /** The plugin that provides each Jenkins API package our code may refer to. */
    private static final Map<String, String> PLUGIN_OF_PACKAGE = new TreeMap<>(Map.of(
            "org.jenkinsci.plugins.workflow.steps", "workflow-step-api",
            "org.jenkinsci.plugins.workflow.actions", "workflow-api",
            "org.jenkinsci.plugins.workflow.graph", "workflow-api",
            "com.cloudbees.plugins.credentials", "credentials",
            "org.jenkinsci.plugins.plaincredentials", "plain-credentials",
            "com.fasterxml.jackson", "jackson2-api",
            "org.yaml.snakeyaml", "jackson2-api"));

    @TempDir
    static Path exploded;

    private static Path hpi;
    private static Manifest manifest;

    @BeforeAll
    static void explode() throws IOException {
        hpi = Paths.get(System.getProperty("deploymentsop.hpi", "target/" + SHORT_NAME + ".hpi"));
        assertThat(hpi).as("the .hpi built by 'package'").isRegularFile();
        try (ZipFile zip = new ZipFile(hpi.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                Path target = exploded.resolve(entry.getName()).normalize();
                assertThat(target.startsWith(exploded))
                        .as("zip entry %s stays inside the folder", entry.getName())
                        .isTrue();
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (InputStream input = zip.getInputStream(entry)) {
                        Files.copy(input, target);
                    }
                }
            }
        }
        try (InputStream input = Files.newInputStream(exploded.resolve("META-INF/MANIFEST.MF"))) {
            manifest = new Manifest(input);
        }
    }

    @Test
    void shouldCarryTheManifestJenkinsReads() throws IOException, InterruptedException {
        Attributes main = manifest.getMainAttributes();

        assertThat(main.getValue("Short-Name")).isEqualTo(SHORT_NAME);
        assertThat(main.getValue("Long-Name")).isEqualTo("Deployment SOP");
        assertThat(main.getValue("Plugin-Version")).isEqualTo(System.getProperty("deploymentsop.version"));
        assertThat(main.getValue("Jenkins-Version")).isEqualTo("2.479.3");
        assertThat(main.getValue("Group-Id")).isEqualTo("io.jenkins.plugins");
        assertThat(main.getValue("Artifact-Id")).isEqualTo(SHORT_NAME);
        assertThat(main.getValue("Url")).startsWith("https://");
        assertThat(main.getValue("Plugin-License-Name")).isEqualTo("MIT License");
        assertThat(main.getValue("Plugin-License-Url")).isEqualTo("https://opensource.org/licenses/MIT");
        assertThat(main.getValue("Plugin-Developers")).isNotBlank();
        assertThat(main.getValue("Support-Dynamic-Loading")).isEqualTo("true");
        assertThat(main.getValue("Minimum-Java-Version")).isEqualTo("17");
        assertThat(main.getValue("Implementation-Build")).isEqualTo(headCommit().orElse("unknown"));
    }

    @Test
    void shouldDependOnExactlyThePluginsItsClassesUse() throws IOException {
        Map<String, String> declared = Arrays.stream(manifest.getMainAttributes()
                        .getValue("Plugin-Dependencies")
                        .split(","))
                .map(String::trim)
                .collect(Collectors.toMap(
                        dependency -> dependency.substring(0, dependency.indexOf(':')),
                        dependency -> dependency.substring(dependency.indexOf(':') + 1),
                        (a, b) -> a,
                        TreeMap::new));

        assertThat(declared.values()).allSatisfy(version -> assertThat(version).doesNotContain("${"));
        assertThat(declared.keySet()).isEqualTo(usedPlugins());
    }

    @Test
    void shouldHoldThePluginJarAndNoCopyOfTheJenkinsApi() throws IOException {
        assertThat(exploded.resolve("WEB-INF/lib/" + SHORT_NAME + ".jar")).isRegularFile();
        assertThat(exploded.resolve("WEB-INF/classes")).doesNotExist();

        List<String> offending = new ArrayList<>();
        try (Stream<Path> files = Files.walk(exploded)) {
            for (Path file : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
                String name = exploded.relativize(file).toString().replace('\\', '/');
                if (name.endsWith(".class") && isJenkinsApi(name)) {
                    offending.add(name);
                }
                if (name.endsWith(".jar")) {
                    offending.addAll(jenkinsClassesIn(file));
                }
            }
        }
        assertThat(offending).as("Jenkins API classes bundled in the .hpi").isEmpty();
    }

    @Test
    void shouldLoadLikeJenkinsDoes() throws Exception {
        try (URLClassLoader plugin = pluginClassLoader()) {
            URL index = plugin.getResource("index.jelly");
            assertThat(index).as("index.jelly").isNotNull();
            assertThat(index.toString()).contains(SHORT_NAME);

            Set<String> indexed = new TreeSet<>();
            Class<? extends Annotation> extension =
                    Class.forName("hudson.Extension", true, plugin).asSubclass(Annotation.class);
            for (IndexItem<? extends Annotation, Object> item : Index.load(extension, Object.class, plugin)) {
                indexed.add(item.className());
                assertThat(item.element())
                        .as("extension %s loads", item.className())
                        .isNotNull();
            }
            assertThat(indexed)
                    .as("the sezpoz index lists every @Extension class")
                    .isEqualTo(annotatedClasses(plugin, "hudson.Extension"));
            assertThat(indexed).as("the plugin declares extensions").isNotEmpty();

            assertThat(symbolIndex(plugin))
                    .as("META-INF/services/annotations/org.jenkinsci.Symbol")
                    .isEqualTo(annotatedClasses(plugin, "org.jenkinsci.Symbol"));
        }
    }

    /** Asks git itself, so the test does not trust the build's own idea of the commit. */
    private static Optional<String> headCommit() throws IOException, InterruptedException {
        Process git = new ProcessBuilder("git", "rev-parse", "HEAD")
                .redirectErrorStream(true)
                .start();
        String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        return git.waitFor() == 0 && output.matches("[0-9a-f]{40}") ? Optional.of(output) : Optional.empty();
    }

    private static Set<String> symbolIndex(final ClassLoader plugin) throws IOException {
        Set<String> names = new TreeSet<>();
        Enumeration<URL> files = plugin.getResources("META-INF/services/annotations/org.jenkinsci.Symbol");
        while (files.hasMoreElements()) {
            URL file = files.nextElement();
            if (!file.toString().contains(SHORT_NAME)) {
                continue;
            }
            try (InputStream input = file.openStream()) {
                new String(input.readAllBytes(), StandardCharsets.UTF_8)
                        .lines()
                        .map(String::trim)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .forEach(names::add);
            }
        }
        return names;
    }

    /** Loads every class of the plugin jar and returns those carrying the annotation. */
    private static Set<String> annotatedClasses(final ClassLoader plugin, final String annotation) throws Exception {
        Class<? extends Annotation> type =
                Class.forName(annotation, true, plugin).asSubclass(Annotation.class);
        Set<String> names = new TreeSet<>();
        for (String name : ourClassNames()) {
            Class<?> candidate = Class.forName(name, false, plugin);
            if (candidate.isAnnotationPresent(type)) {
                names.add(name);
            }
        }
        return names;
    }

    private static List<String> ourClassNames() throws IOException {
        List<String> names = new ArrayList<>();
        try (JarFile jar = new JarFile(
                exploded.resolve("WEB-INF/lib/" + SHORT_NAME + ".jar").toFile())) {
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                String entry = entries.nextElement().getName();
                if (entry.startsWith(OUR_PACKAGE) && entry.endsWith(".class") && !entry.contains("package-info")) {
                    names.add(entry.substring(0, entry.length() - ".class".length())
                            .replace('/', '.'));
                }
            }
        }
        return names;
    }

    /** Maps the Jenkins API and Jackson packages our bytecode refers to onto the plugins that provide them. */
    private static Set<String> usedPlugins() throws IOException {
        Set<String> plugins = new TreeSet<>();
        try (JarFile jar = new JarFile(
                exploded.resolve("WEB-INF/lib/" + SHORT_NAME + ".jar").toFile())) {
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                JarEntry entry = entries.nextElement();
                if (!entry.getName().endsWith(".class")) {
                    continue;
                }
                try (InputStream input = jar.getInputStream(entry)) {
                    String constants = new String(input.readAllBytes(), StandardCharsets.ISO_8859_1).replace('/', '.');
                    PLUGIN_OF_PACKAGE.forEach((pkg, pluginName) -> {
                        if (constants.contains(pkg + ".")) {
                            plugins.add(pluginName);
                        }
                    });
                }
            }
        }
        return plugins;
    }

    /**
     * A class loader over {@code WEB-INF/lib/*.jar} whose parent provides the Jenkins API copy and the libraries of
     * Jenkins and the plugin dependencies, but refuses every package the .hpi bundles: so each bundled class must
     * load from the .hpi itself.
     */
    private static URLClassLoader pluginClassLoader() throws IOException {
        List<URL> jars = new ArrayList<>();
        Set<String> bundledPackages = new HashSet<>();
        try (Stream<Path> files = Files.list(exploded.resolve("WEB-INF/lib"))) {
            for (Path jar : files.filter(file -> file.toString().endsWith(".jar"))
                    .sorted()
                    .collect(Collectors.toList())) {
                jars.add(jar.toUri().toURL());
                bundledPackages.addAll(packagesIn(jar));
            }
        }
        ClassLoader parent = new ClassLoader(HpiPackagingITest.class.getClassLoader()) {
            @Override
            protected Class<?> loadClass(final String name, final boolean resolve) throws ClassNotFoundException {
                int dot = name.lastIndexOf('.');
                if (dot > 0 && bundledPackages.contains(name.substring(0, dot))) {
                    throw new ClassNotFoundException(name + " must come from the .hpi");
                }
                return super.loadClass(name, resolve);
            }

            @Override
            public URL getResource(final String name) {
                return name.equals("index.jelly") ? null : super.getResource(name);
            }
        };
        return new URLClassLoader(jars.toArray(new URL[0]), parent);
    }

    private static Set<String> packagesIn(final Path jar) throws IOException {
        Set<String> packages = new HashSet<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                String name = entries.nextElement().getName();
                if (name.endsWith(".class") && name.contains("/")) {
                    packages.add(name.substring(0, name.lastIndexOf('/')).replace('/', '.'));
                }
            }
        }
        return packages;
    }

    private static List<String> jenkinsClassesIn(final Path jar) throws IOException {
        List<String> found = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                String name = entries.nextElement().getName();
                if (name.endsWith(".class") && isJenkinsApi(name)) {
                    found.add(jar.getFileName() + "!" + name);
                }
            }
        }
        return found;
    }

    private static boolean isJenkinsApi(final String path) {
        return JENKINS_PREFIXES.stream().anyMatch(path::startsWith);
    }
}
