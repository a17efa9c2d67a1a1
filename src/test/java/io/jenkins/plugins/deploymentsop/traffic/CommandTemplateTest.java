package io.jenkins.plugins.deploymentsop.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandTemplateTest {
    private static final Map<String, String> VALUES = Map.of(
            "blue",
            "http://10.0.0.1:8080",
            "green",
            "http://10.0.0.2:8080/?a=1&b=2",
            "blueWeight",
            "90",
            "greenWeight",
            "10");

    @Test
    void shouldFillInPlaceholdersAsSingleShellWords() {
        CommandTemplate template = CommandTemplate.parse(
                "applyCommand",
                "lb set {blue}={blueWeight} {green}={greenWeight}",
                CommandRouterSettings.APPLY_PLACEHOLDERS);

        assertThat(template.render(VALUES))
                .isEqualTo("lb set http://10.0.0.1:8080=90 'http://10.0.0.2:8080/?a=1&b=2'=10");
        assertThat(CommandTemplate.shellWord("it's")).isEqualTo("'it'\"'\"'s'");
    }

    @Test
    void shouldTreatDoubledBracesAsLiteralBraces() {
        CommandTemplate template = CommandTemplate.parse(
                "applyCommand",
                "curl -d '{{\"blue\":{blueWeight},\"green\":{greenWeight}}}'",
                CommandRouterSettings.APPLY_PLACEHOLDERS);

        assertThat(template.render(VALUES)).isEqualTo("curl -d '{\"blue\":90,\"green\":10}'");

        CommandTemplate jsonPath = CommandTemplate.parse(
                "readCommand",
                "kubectl get ingress shop -o jsonpath=\"blue={{.metadata.annotations.blue}}\"",
                CommandRouterSettings.READ_PLACEHOLDERS);
        assertThat(jsonPath.render(VALUES))
                .isEqualTo("kubectl get ingress shop -o jsonpath=\"blue={.metadata.annotations.blue}\"");
    }

    @Test
    void shouldRejectUnknownAndUnbalancedPlaceholdersNamingTheParameter() {
        assertThatThrownBy(() -> CommandTemplate.parse(
                        "readCommand", "lb get {blueWeight}", CommandRouterSettings.READ_PLACEHOLDERS))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'readCommand'")
                .hasMessageContaining("'{blueWeight}' is not one of them")
                .hasMessageContaining("{blue}, {green}");
        assertThatThrownBy(() ->
                        CommandTemplate.parse("applyCommand", "lb set {blue", CommandRouterSettings.APPLY_PLACEHOLDERS))
                .hasMessageContaining("is not closed");
        assertThatThrownBy(() ->
                        CommandTemplate.parse("applyCommand", "lb set blue}", CommandRouterSettings.APPLY_PLACEHOLDERS))
                .hasMessageContaining("has no '{'");
        assertThatThrownBy(() -> CommandTemplate.parse("applyCommand", " ", CommandRouterSettings.APPLY_PLACEHOLDERS))
                .hasMessageContaining("a command");
    }
}
