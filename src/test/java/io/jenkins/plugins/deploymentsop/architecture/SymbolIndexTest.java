package io.jenkins.plugins.deploymentsop.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Jenkins finds {@code @Symbol} classes through {@code META-INF/services/annotations/org.jenkinsci.Symbol}. The
 * annotation-indexer processor that writes it is not usable from Maven Central, so the file is kept by hand and this
 * test proves it complete and exact.
 */
class SymbolIndexTest {
    private static final String INDEX = "META-INF/services/annotations/org.jenkinsci.Symbol";

    @Test
    void shouldListExactlyTheClassesAnnotatedWithSymbol() throws IOException {
        Set<String> annotated = new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.jenkins.plugins.deploymentsop")
                        .stream()
                        .filter(type -> type.isAnnotatedWith("org.jenkinsci.Symbol"))
                        .map(JavaClass::getName)
                        .collect(Collectors.toCollection(TreeSet::new));

        Set<String> listed = new TreeSet<>();
        try (InputStream input = SymbolIndexTest.class.getClassLoader().getResourceAsStream(INDEX)) {
            assertThat(input).as(INDEX).isNotNull();
            new String(input.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::trim)
                    .filter(line -> !line.isEmpty())
                    .forEach(listed::add);
        }

        assertThat(listed)
                .as("%s must list every @Symbol class, one per line", INDEX)
                .isEqualTo(annotated);
    }
}
