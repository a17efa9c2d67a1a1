package io.jenkins.plugins.deploymentsop.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.mock;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.DataBoundSetter;
import org.mockito.Mockito;

/**
 * Configuration as Code or a script may call a setter with null: the text settings refuse it naming the setting, the
 * optional rollback ones read it as "not set".
 */
class ConfigurationNullValuesTest {
    private static final Set<String> OPTIONAL =
            Set.of("rollbackRules", "rollbackNoDataMetrics", "rollbackNoDataHealth");

    @Test
    void shouldNameTheSettingGivenNullOrTakeNullAsNotSet() throws Exception {
        List<String> refused = new ArrayList<>();
        for (Method setter : DeploymentSopConfiguration.class.getMethods()) {
            if (!setter.isAnnotationPresent(DataBoundSetter.class) || setter.getParameterTypes()[0] != String.class) {
                continue;
            }
            // GlobalConfiguration's constructor and save() are Jenkins': make the object without them
            DeploymentSopConfiguration configuration =
                    mock(DeploymentSopConfiguration.class, Mockito.CALLS_REAL_METHODS);
            doNothing().when(configuration).save();
            String setting = Character.toLowerCase(setter.getName().charAt(3))
                    + setter.getName().substring(4);
            Throwable thrown = catchThrowable(() -> setter.invoke(configuration, (Object) null));
            if (OPTIONAL.contains(setting)) {
                assertThat(thrown).as(setting).isNull();
                continue;
            }
            assertThat(thrown).as(setting).isInstanceOf(InvocationTargetException.class);
            assertThat(thrown.getCause())
                    .as(setting)
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("Invalid value for '" + setting + "': 'null'");
            refused.add(setting);
        }
        assertThat(refused)
                .containsExactlyInAnyOrder(
                        "productionEnvironments",
                        "deploymentIntervalBands",
                        "leadTimeBands",
                        "recoveryTimeBands",
                        "changeFailureRateBands",
                        "reworkRateBands");
    }
}
