package io.jenkins.plugins.deploymentsop.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of docs/architecture.md: a Jenkins-free engine, and thin glue (steps, ui, config) that alone touches
 * the Jenkins API. Data flows one way: glue to engine, engine to the record.
 */
@AnalyzeClasses(packages = "io.jenkins.plugins.deploymentsop", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageArchitectureTest {
    private static final String ROOT = "io.jenkins.plugins.deploymentsop";

    /** Engine packages: plain Java, tested for real. */
    static final String[] ENGINE = {
        ROOT + ".checklist..", ROOT + ".traffic..", ROOT + ".health..", ROOT + ".metrics..", ROOT + ".analysis..",
        ROOT + ".rollout..", ROOT + ".rollback..", ROOT + ".record..", ROOT + ".dora..", ROOT + ".report..",
        ROOT + ".value..", ROOT + ".util.."
    };

    /** Glue packages: the only ones allowed to use the Jenkins API. */
    static final String[] GLUE = {ROOT + ".steps..", ROOT + ".ui..", ROOT + ".config.."};

    /** Packages of Jenkins core, its plugins, Stapler and their annotation libraries. */
    static final String[] JENKINS_API = {
        "hudson..", "jenkins..", "org.jenkinsci..", "org.kohsuke..", "com.cloudbees..", "org.jvnet..", "org.jenkins.."
    };

    @ArchTest
    static final ArchRule ENGINE_NEVER_DEPENDS_ON_JENKINS = noClasses()
            .that()
            .resideInAnyPackage(ENGINE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(JENKINS_API)
            .because("the engine is tested for real without Jenkins; only steps, ui and config may touch its API");

    @ArchTest
    static final ArchRule ONLY_GLUE_DEPENDS_ON_JENKINS = classes()
            .that()
            .resideInAPackage(ROOT + "..")
            .and()
            .resideOutsideOfPackages(GLUE)
            .should()
            .onlyDependOnClassesThat()
            .resideOutsideOfPackages(JENKINS_API)
            .because("every package outside steps, ui and config is engine code");

    @ArchTest
    static final ArchRule ENGINE_NEVER_DEPENDS_ON_GLUE = noClasses()
            .that()
            .resideInAnyPackage(ENGINE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(GLUE)
            .because("data flows one way: step parameters to engine objects to the record");

    @ArchTest
    static final ArchRule RECORD_IS_THE_BOTTOM_LAYER = noClasses()
            .that()
            .resideInAPackage(ROOT + ".record..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    ROOT + ".checklist..",
                    ROOT + ".traffic..",
                    ROOT + ".health..",
                    ROOT + ".metrics..",
                    ROOT + ".analysis..",
                    ROOT + ".rollout..",
                    ROOT + ".rollback..",
                    ROOT + ".dora..",
                    ROOT + ".report..")
            .because("every step writes to the record; the record knows none of them");

    @ArchTest
    static final ArchRule NO_CYCLES_BETWEEN_PACKAGES =
            slices().matching(ROOT + ".(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule UNTRUSTED_FILES_ARE_PARSED_ONLY_BY_THE_HARDENED_FACTORIES = noClasses()
            .that()
            .resideOutsideOfPackage(ROOT + ".util..")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("javax.xml.stream.XMLInputFactory")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("javax.xml.parsers.DocumentBuilderFactory")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("javax.xml.parsers.SAXParserFactory")
            .orShould()
            .callConstructor("com.fasterxml.jackson.databind.ObjectMapper")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("com.fasterxml.jackson.dataformat.yaml.YAMLFactory")
            .because("XML, JSON and YAML from builds go through util.SecureXml and util.SecureJson");

    @ArchTest
    static final ArchRule FORM_METHODS_ARE_POST_ONLY = methods()
            .that()
            .areDeclaredInClassesThat()
            .resideInAPackage(ROOT + "..")
            .and()
            .haveNameMatching("do(Check|Fill)[A-Z].*")
            .should()
            .beAnnotatedWith("org.kohsuke.stapler.verb.POST")
            .allowEmptyShould(true)
            .because("form validation and fill methods may reach servers or reveal data: POST plus a permission check");

    @ArchTest
    static final ArchRule NO_SYSTEM_OUT = noClasses()
            .that()
            .resideInAPackage(ROOT + "..")
            .should()
            .accessField(System.class, "out")
            .orShould()
            .accessField(System.class, "err")
            .orShould()
            .callMethod(Throwable.class, "printStackTrace")
            .because("output goes to the build log through a TaskListener, never to the controller's console");
}
