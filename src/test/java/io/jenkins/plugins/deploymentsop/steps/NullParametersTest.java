package io.jenkins.plugins.deploymentsop.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * A Pipeline passes null for an unset variable ({@code version: env.RELEASE}): every text parameter of the steps and
 * their Describables in this package refuses it with a message naming the parameter, never with a bare
 * NullPointerException.
 */
class NullParametersTest {
    /** Valid constructor arguments of every class in this package that Pipeline or the Snippet Generator binds. */
    private static final Map<Class<?>, Object[]> VALID = new LinkedHashMap<>();

    static {
        VALID.put(BlueGreenDeployStep.class, new Object[] {
            "shop",
            "production",
            new HaproxyRouterConfiguration("127.0.0.1:9999", "shop"),
            RolloutFixture.BLUE,
            RolloutFixture.GREEN
        });
        VALID.put(CommandHealthCheck.class, new Object[] {"curl -fsS http://localhost/health"});
        VALID.put(
                CommandRouterConfiguration.class,
                new Object[] {"echo blue={blueWeight} green={greenWeight} > lb.txt", "cat lb.txt"});
        VALID.put(DeploymentReportStep.class, new Object[] {"shop", "production"});
        VALID.put(HaproxyRouterConfiguration.class, new Object[] {"127.0.0.1:9999", "shop"});
        VALID.put(HttpHeader.class, new Object[] {"Host", "shop.example.com"});
        VALID.put(HttpHealthCheck.class, new Object[] {"/health"});
        VALID.put(NginxRouterConfiguration.class, new Object[] {
            "/etc/nginx/deploymentsop/shop.conf", "shop", "http://127.0.0.1:8081/deploymentsop-status"
        });
        VALID.put(TcpHealthCheck.class, new Object[] {});
    }

    @Test
    void shouldCoverEveryBoundClassOfThePackage() {
        Set<String> bound = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(NullParametersTest.class.getPackageName())) {
            boolean isBound = type.getPackageName().equals(NullParametersTest.class.getPackageName())
                    && (type.getConstructors().stream()
                                    .anyMatch(constructor -> constructor.isAnnotatedWith(DataBoundConstructor.class))
                            || type.getMethods().stream()
                                    .anyMatch(method -> method.isAnnotatedWith(DataBoundSetter.class)));
            if (isBound) {
                bound.add(type.getName());
            }
        }
        Set<String> covered = new TreeSet<>();
        VALID.keySet().forEach(type -> covered.add(type.getName()));
        assertThat(covered).isEqualTo(bound);
    }

    @Test
    void shouldNameTheParameterOfEveryTextSetterGivenNull() throws Exception {
        List<String> checked = new ArrayList<>();
        for (Map.Entry<Class<?>, Object[]> entry : VALID.entrySet()) {
            for (Method setter : entry.getKey().getMethods()) {
                if (setter.isAnnotationPresent(DataBoundSetter.class)
                        && setter.getParameterTypes().length == 1
                        && setter.getParameterTypes()[0] == String.class) {
                    Object target = create(entry.getKey(), entry.getValue());
                    String property = Character.toLowerCase(setter.getName().charAt(3))
                            + setter.getName().substring(4);
                    assertRefusedNaming(property, () -> setter.invoke(target, (Object) null));
                    checked.add(entry.getKey().getSimpleName() + "." + property);
                }
            }
        }
        assertThat(checked)
                .contains("BlueGreenDeployStep.version", "HttpHealthCheck.bodyContains", "TcpHealthCheck.timeout");
    }

    @Test
    void shouldNameTheParameterOfEveryTextConstructorArgumentGivenNull() throws Exception {
        List<String> checked = new ArrayList<>();
        for (Map.Entry<Class<?>, Object[]> entry : VALID.entrySet()) {
            Constructor<?> constructor = boundConstructor(entry.getKey());
            Parameter[] parameters = constructor.getParameters();
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i].getType() == String.class) {
                    Object[] arguments = entry.getValue().clone();
                    arguments[i] = null;
                    assertRefusedNaming(parameters[i].getName(), () -> constructor.newInstance(arguments));
                    checked.add(entry.getKey().getSimpleName() + "(" + parameters[i].getName() + ")");
                }
            }
        }
        assertThat(checked).contains("BlueGreenDeployStep(green)", "NginxRouterConfiguration(statusUrl)");
    }

    @Test
    void shouldSayWhereANullUsuallyComesFrom() {
        assertThat(catchThrowable(() -> ParameterValues.given("version", null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Invalid value for 'version': 'null' (allowed: a text; null comes from an unset variable,"
                        + " e.g. env.X when X is not set)");
        assertThat(ParameterValues.given("version", "1.4.0")).isEqualTo("1.4.0");
    }

    private static Object create(final Class<?> type, final Object[] arguments) throws Exception {
        return boundConstructor(type).newInstance(arguments);
    }

    private static Constructor<?> boundConstructor(final Class<?> type) {
        for (Constructor<?> constructor : type.getConstructors()) {
            if (constructor.isAnnotationPresent(DataBoundConstructor.class)) {
                return constructor;
            }
        }
        throw new AssertionError(type + " has no @DataBoundConstructor");
    }

    /** A call that fails. */
    @FunctionalInterface
    private interface Call {
        void run() throws Exception;
    }

    private static void assertRefusedNaming(final String parameter, final Call call) {
        Throwable thrown = catchThrowable(call::run);
        Throwable cause = thrown instanceof InvocationTargetException ? thrown.getCause() : thrown;
        assertThat(cause)
                .as(parameter)
                .isInstanceOf(InvalidInputException.class)
                .extracting(failure -> ((InvalidInputException) failure).getParameter())
                .isEqualTo(parameter);
    }
}
