package io.jenkins.plugins.deploymentsop.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

class QueryTemplateTest {
    private static final QueryVariables CANARY = QueryVariables.of("shop", "production", "2.4.1", "green");

    @Test
    void shouldFillPlaceholdersInsideStringLiterals() {
        QueryTemplate template = QueryTemplate.promql(
                "query",
                "sum(rate(http_requests_total{service=\"{{service}}\", version='{{ version }}', "
                        + "color=\"{{color}}\", env=\"{{environment}}\", code=~\"5..\"}[5m]))");

        assertThat(template.render(CANARY))
                .isEqualTo("sum(rate(http_requests_total{service=\"shop\", version='2.4.1', color=\"green\", "
                        + "env=\"production\", code=~\"5..\"}[5m]))");
        assertThat(template.variables())
                .containsExactlyInAnyOrder(
                        QueryVariable.SERVICE, QueryVariable.VERSION, QueryVariable.COLOR, QueryVariable.ENVIRONMENT);
    }

    @Test
    void shouldEscapeValuesSoTheyCannotLeaveTheString() {
        QueryTemplate template = QueryTemplate.promql("query", "up{version=\"{{version}}\"} or up{v='{{version}}'}");
        QueryVariables hostile = QueryVariables.NONE.with(QueryVariable.VERSION, "x\"} or vector(1) #\\'\n");

        assertThat(template.render(hostile))
                .isEqualTo("up{version=\"x\\\"} or vector(1) #\\\\'\\n\"} or up{v='x\"} or vector(1) #\\\\\\'\\n'}");
    }

    @Test
    void shouldRejectPlaceholdersOutsideStringsAndUnknownOnes() {
        assertThatThrownBy(() -> QueryTemplate.promql("query", "up{version={{version}}}"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("placeholders inside a double- or single-quoted string");
        assertThatThrownBy(() -> QueryTemplate.promql("query", "up{version=`{{version}}`}"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> QueryTemplate.promql("query", "up{job=\"{{job}}\"}"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Invalid value for 'query': 'up{job=\"{{job}}\"}' (allowed: only the placeholders "
                        + "{{service}}, {{version}}, {{color}}, {{environment}})");
        assertThatThrownBy(() -> QueryTemplate.promql("query", "up{v=\"{{version\"}"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("closed with }}");
        assertThatThrownBy(() -> QueryTemplate.promql("query", "  ")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void shouldKeepTrackOfQuotesAndEscapes() {
        // an escaped quote does not end the string, and a quote in a comment does not start one
        QueryTemplate template =
                QueryTemplate.promql("query", "up{a=\"x\\\"y\", v=\"{{version}}\"} # it's fine\n + up{c='{{color}}'}");

        assertThat(template.render(CANARY)).isEqualTo("up{a=\"x\\\"y\", v=\"2.4.1\"} # it's fine\n + up{c='green'}");
    }

    @Test
    void shouldNameTheMissingVariable() {
        QueryTemplate template = QueryTemplate.promql("query", "up{version=\"{{version}}\"}");

        assertThatThrownBy(() -> template.render(QueryVariables.NONE.with(QueryVariable.SERVICE, "shop")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Invalid value for 'version': '' (allowed: a value, because the query uses");
    }

    @Test
    void shouldPercentEncodeUrlValues() {
        QueryTemplate template = QueryTemplate.url("url", "http://{{color}}.shop:8080/stats?version={{version}}");

        assertThat(template.render(CANARY.with(QueryVariable.VERSION, "2.4 beta&x=1")))
                .isEqualTo("http://green.shop:8080/stats?version=2.4%20beta%26x%3D1");
    }

    @Test
    void shouldObeyTheEqualsContract() {
        EqualsVerifier.forClass(QueryVariables.class).verify();
    }

    @Test
    void shouldDescribeVariablesWithoutOrderSurprises() {
        assertThat(CANARY.toString()).isEqualTo("service=shop, version=2.4.1, color=green, environment=production");
        assertThat(CANARY).isEqualTo(QueryVariables.of("shop", "production", "2.4.1", "green"));
        assertThat(CANARY.hashCode())
                .isEqualTo(QueryVariables.of("shop", "production", "2.4.1", "green")
                        .hashCode());
    }
}
