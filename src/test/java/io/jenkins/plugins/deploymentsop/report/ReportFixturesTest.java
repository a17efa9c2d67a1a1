package io.jenkins.plugins.deploymentsop.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hostile fixtures are only as good as their reach: every string of every entry must carry a payload. */
class ReportFixturesTest {
    /** Deliberately raw values: a link that must stay text and one that must become a link (empty = not set). */
    private static final List<String> RAW = List.of("javascript:alert(1)", "https://ci.example.invalid/x?a=1&b=2");

    @Test
    void shouldPutAPayloadIntoEveryStringOfTheHostileFixtures() throws Exception {
        for (DeploymentRecord record : ReportHtmlTest.hostileRecords()) {
            List<String> strings = new ArrayList<>();
            for (Method getter : DeploymentRecord.class.getMethods()) {
                if (getter.getName().startsWith("get") && getter.getParameterCount() == 0) {
                    collect(getter.invoke(record), strings);
                }
            }

            assertThat(strings).hasSizeGreaterThan(40);
            assertThat(strings).allSatisfy(text -> assertThat(text.isEmpty()
                            || RAW.contains(text)
                            || ReportFixtures.PAYLOADS.stream().anyMatch(text::contains))
                    .as("a payload in '%s'", text)
                    .isTrue());
        }
    }

    private static void collect(final Object value, final List<String> strings) throws Exception {
        if (value instanceof String) {
            strings.add((String) value);
        } else if (value instanceof Collection) {
            for (Object element : (Collection<?>) value) {
                collect(element, strings);
            }
        } else if (value instanceof Map) {
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                collect(entry.getKey(), strings);
                collect(entry.getValue(), strings);
            }
        } else if (value != null && value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                collect(component.getAccessor().invoke(value), strings);
            }
        }
    }
}
