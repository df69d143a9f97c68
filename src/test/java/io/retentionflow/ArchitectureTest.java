package io.retentionflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layout rules of the style guide, kept true by the build. */
@AnalyzeClasses(packages = "io.retentionflow", importOptions = ArchitectureTest.ProductionClassesOnly.class)
class ArchitectureTest {

    /** ArchUnit's own test filter knows only target/test-classes; builds may write elsewhere (-Dbuild.dir). */
    static final class ProductionClassesOnly implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.contains("/test-classes/");
        }
    }

    /** JAXB types are the wire's business: outside bronto/ the product speaks in its own records. */
    @ArchTest
    static final ArchRule jaxbTypesStayInTheBrontoPackage = noClasses()
            .that().resideOutsideOfPackage("io.retentionflow.bronto..")
            .should().dependOnClassesThat().resideInAPackage("io.retentionflow.bronto.soap..");

    /** The client does not know the sandbox exists; the sandbox is the other side of the wire. */
    @ArchTest
    static final ArchRule theClientDoesNotUseTheSandbox = noClasses()
            .that().resideInAPackage("io.retentionflow.bronto")
            .should().dependOnClassesThat().resideInAPackage("io.retentionflow.bronto.sandbox..");

    /** Web controllers hand work to services; starting or correlating processes is the process package's job. */
    @ArchTest
    static final ArchRule controllersDoNotDriveTheEngine = noClasses()
            .that().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
            .or().areAnnotatedWith(org.springframework.stereotype.Controller.class)
            .should().dependOnClassesThat().belongToAnyOf(
                    org.camunda.bpm.engine.RuntimeService.class, org.camunda.bpm.engine.TaskService.class)
            .allowEmptyShould(true);

    /** Delegates are thin adapters over services: no SQL and no SOAP of their own. */
    @ArchTest
    static final ArchRule delegatesCallServicesOnly = noClasses()
            .that().haveSimpleNameEndingWith("Delegate")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.jdbc..", "org.springframework.ws..", "io.retentionflow.bronto.soap..")
            .allowEmptyShould(true);

    /** Everything in the sandbox package exists only with the sandbox profile. */
    @ArchTest
    static final ArchRule sandboxBeansOnlyWithTheSandboxProfile = classes()
            .that().resideInAPackage("io.retentionflow.bronto.sandbox..")
            .and().areMetaAnnotatedWith(org.springframework.stereotype.Component.class)
            .should().beAnnotatedWith(org.springframework.context.annotation.Profile.class)
            .allowEmptyShould(true);
}
