package io.jenkins.plugins.deploymentsop.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import org.junit.jupiter.api.Test;

class EnvironmentTiersTest {
    @Test
    void shouldRecognizeProductionNamesByDefault() {
        EnvironmentTiers tiers = EnvironmentTiers.defaults();

        assertThat(tiers.isProduction("production")).isTrue();
        assertThat(tiers.isProduction("PROD")).isTrue();
        assertThat(tiers.isProduction("production-eu")).isTrue();
        assertThat(tiers.isProduction("live")).isTrue();
        assertThat(tiers.isProduction("staging")).isFalse();
        assertThat(tiers.isProduction("preprod")).isFalse();
        assertThat(tiers.isProduction("productionish")).isFalse();
    }

    @Test
    void shouldExplainBadPatterns() {
        assertThatThrownBy(() -> EnvironmentTiers.of("productionEnvironments", "prod("))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'productionEnvironments'")
                .hasMessageContaining("prod(");
        assertThatThrownBy(() -> EnvironmentTiers.of("productionEnvironments", " "))
                .isInstanceOf(InvalidInputException.class);
    }
}
