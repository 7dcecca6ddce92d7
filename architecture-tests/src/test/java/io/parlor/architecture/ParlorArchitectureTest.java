package io.parlor.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import java.util.Arrays;

/** Every production class of every module, checked against every rule. */
@AnalyzeClasses(packages = "io.parlor", importOptions = ImportOption.DoNotIncludeTests.class)
class ParlorArchitectureTest {

    private static final ParlorRules RULES = ParlorRules.forBase("io.parlor");

    /** Guards against the rules passing because they were given nothing to judge. */
    @ArchTest
    void importsProductionClassesButNotTests(JavaClasses classes) {
        assertThat(classes.contain("io.parlor.domain.shared.DomainError")).isTrue();
        assertThat(classes.contain("io.parlor.application.shared.port.out.DomainEventBus")).isTrue();
        assertThat(classes.contain(ParlorArchitectureTest.class)).isFalse();
    }

    @ArchTest
    void contextsDoNotDependOnBridges(JavaClasses classes) {
        RULES.contextsDoNotDependOnBridges().check(classes);
    }

    @ArchTest
    void bookingAndChatKnowNoBackOffice(JavaClasses classes) {
        RULES.bookingAndChatKnowNoBackOffice().check(classes);
    }

    @ArchTest
    void domainIsFrameworkFree(JavaClasses classes) {
        RULES.domainIsFrameworkFree().check(classes);
    }

    @ArchTest
    void applicationIsFrameworkFree(JavaClasses classes) {
        RULES.applicationIsFrameworkFree().check(classes);
    }

    @ArchTest
    void domainDoesNotDependOnOuterLayers(JavaClasses classes) {
        RULES.domainDoesNotDependOnOuterLayers().check(classes);
    }

    @ArchTest
    void applicationDoesNotDependOnAdaptersOrBootstrap(JavaClasses classes) {
        RULES.applicationDoesNotDependOnAdaptersOrBootstrap().check(classes);
    }

    @ArchTest
    void adaptersDoNotDependOnEachOther(JavaClasses classes) {
        RULES.adaptersDoNotDependOnEachOther().check(classes);
    }

    @ArchTest
    void onlyBootstrapDependsOnBootstrap(JavaClasses classes) {
        RULES.onlyBootstrapDependsOnBootstrap().check(classes);
    }

    @ArchTest
    void httpAdapterDoesNotTouchPersistenceOrRedis(JavaClasses classes) {
        RULES.httpAdapterDoesNotTouchPersistenceOrRedis().check(classes);
    }

    @ArchTest
    void servicesDoNotDependOnInMemoryOrSystemAdapters(JavaClasses classes) {
        RULES.servicesDoNotDependOnInMemoryOrSystemAdapters().check(classes);
    }

    @ArchTest
    void domainContextsAreFreeOfCycles(JavaClasses classes) {
        RULES.domainContextsAreFreeOfCycles().check(classes);
    }

    @ArchTest
    void domainContextsShareOnlyIdsAndEvents(JavaClasses classes) {
        RULES.domainContextsShareOnlyIdsAndEvents().check(classes);
    }

    @ArchTest
    void domainEventsAreRecords(JavaClasses classes) {
        RULES.domainEventsAreRecords().check(classes);
    }

    @ArchTest
    void portTypesAreInterfacesRecordsEnumsOrExceptions(JavaClasses classes) {
        RULES.portTypesAreInterfacesRecordsEnumsOrExceptions().check(classes);
    }

    @ArchTest
    void secondaryPortsDoNotUsePrimaryPortTypes(JavaClasses classes) {
        RULES.secondaryPortsDoNotUsePrimaryPortTypes().check(classes);
    }

    @ArchTest
    void inMemoryAdaptersArePrefixed(JavaClasses classes) {
        RULES.inMemoryAdaptersArePrefixed().check(classes);
    }

    @ArchTest
    void systemAdaptersArePrefixed(JavaClasses classes) {
        RULES.systemAdaptersArePrefixed().check(classes);
    }

    @ArchTest
    void redisAdaptersArePrefixed(JavaClasses classes) {
        RULES.redisAdaptersArePrefixed().check(classes);
    }

    @ArchTest
    void jdbcAdaptersArePrefixed(JavaClasses classes) {
        RULES.jdbcAdaptersArePrefixed().check(classes);
    }

    @ArchTest
    void controllersEndWithController(JavaClasses classes) {
        RULES.controllersEndWithController().check(classes);
    }

    @ArchTest
    void controllersDeclareWhoMayCall(JavaClasses classes) {
        RULES.controllersDeclareWhoMayCall().check(classes);
    }

    @ArchTest
    void useCaseServicesEndWithService(JavaClasses classes) {
        RULES.useCaseServicesEndWithService().check(classes);
    }

    @ArchTest
    void useCaseServicesAreNotPublic(JavaClasses classes) {
        RULES.useCaseServicesAreNotPublic().check(classes);
    }

    @ArchTest
    void jMoleculesDddRules(JavaClasses classes) {
        RULES.jMoleculesDddRules().check(classes);
    }

    @ArchTest
    void jMoleculesHexagonalArchitecture(JavaClasses classes) {
        RULES.jMoleculesHexagonalArchitecture().check(classes);
    }

    /** A rule added to ParlorRules but not here would never judge production code. */
    @ArchTest
    void checksEveryRuleOfParlorRules(JavaClasses classes) {
        long ruleChecks = Arrays.stream(ParlorArchitectureTest.class.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(ArchTest.class))
                .filter(method -> !method.getName().equals("importsProductionClassesButNotTests"))
                .filter(method -> !method.getName().equals("checksEveryRuleOfParlorRules"))
                .count();

        assertThat(ruleChecks).isEqualTo(RULES.all().size());
    }
}
