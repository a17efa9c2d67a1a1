package io.jenkins.plugins.deploymentsop.steps.checklist;

import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.when;

import hudson.AbortException;
import org.mockito.MockedConstruction;

/**
 * The compile-only copy of {@link AbortException} throws in its constructor; tests mock its construction so the
 * code under test can create one and the test can read its message.
 */
final class AbortMessages {
    private AbortMessages() {}

    static MockedConstruction<AbortException> mock() {
        return mockConstruction(AbortException.class, (mock, context) -> {
            String message = context.arguments().isEmpty()
                    ? ""
                    : (String) context.arguments().get(0);
            when(mock.getMessage()).thenReturn(message);
            // Mockito trims the stack trace of what a real method of a mock throws
            when(mock.getStackTrace()).thenReturn(new StackTraceElement[0]);
        });
    }
}
