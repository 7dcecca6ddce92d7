package io.parlor.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.INTERFACES;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.elements.GivenClassesConjunction;

/**
 * Names that tell the reader what a class is: adapters carry their technology, use cases their
 * role. Only top-level classes are named by these rules; nested helpers are private detail.
 */
final class NamingRules {

    private static final String CONTROLLER = "io.micronaut.http.annotation.Controller";

    private NamingRules() {
    }

    static ArchRule inMemoryAdaptersArePrefixed(ParlorPackages p) {
        return topLevelClassesIn(p.inMemoryAdapters())
                .should().haveSimpleNameStartingWith("InMemory")
                .orShould().haveSimpleNameStartingWith("InProcess")
                .allowEmptyShould(true);
    }

    static ArchRule systemAdaptersArePrefixed(ParlorPackages p) {
        return topLevelClassesIn(p.systemAdapters())
                .should().haveSimpleNameStartingWith("System")
                .allowEmptyShould(true);
    }

    static ArchRule redisAdaptersArePrefixed(ParlorPackages p) {
        return topLevelClassesIn(p.redisAdapters())
                .should().haveSimpleNameStartingWith("Redis")
                .allowEmptyShould(true);
    }

    /**
     * Named for their store: the database ({@code Jdbc}) or the local disk ({@code FileSystem}). Row
     * records and Micronaut Data repositories stay package-private and keep plain names.
     */
    static ArchRule jdbcAdaptersArePrefixed(ParlorPackages p) {
        return classes().that().resideInAPackage(p.persistenceAdapters())
                .and().arePublic()
                .and(implementAnyOf(p.ports()))
                .should().haveSimpleNameStartingWith("Jdbc")
                .orShould().haveSimpleNameStartingWith("FileSystem")
                .allowEmptyShould(true);
    }

    static ArchRule controllersEndWithController(ParlorPackages p) {
        return classes().that().resideInAPackage(p.httpAdapters())
                .and().areAnnotatedWith(CONTROLLER)
                .should().haveSimpleNameEndingWith("Controller")
                .allowEmptyShould(true);
    }

    static ArchRule useCaseServicesEndWithService(ParlorPackages p) {
        return useCaseImplementations(p)
                .should().haveSimpleNameEndingWith("Service")
                .allowEmptyShould(true);
    }

    static ArchRule useCaseServicesAreNotPublic(ParlorPackages p) {
        return useCaseImplementations(p)
                .should().notBePublic()
                .because("callers depend on the use-case interface, never on its implementation")
                .allowEmptyShould(true);
    }

    private static GivenClassesConjunction topLevelClassesIn(String packageIdentifier) {
        return classes().that().resideInAPackage(packageIdentifier)
                .and().areTopLevelClasses()
                .and().doNotHaveSimpleName("package-info");
    }

    private static GivenClassesConjunction useCaseImplementations(ParlorPackages p) {
        return classes().that().resideInAPackage(p.applicationServices())
                .and().areTopLevelClasses()
                .and(implementAUseCaseOf(p.primaryPorts()));
    }

    /** Handles a use case returns (types nested in its interface) are not use cases themselves. */
    private static DescribedPredicate<JavaClass> implementAUseCaseOf(String portPackages) {
        DescribedPredicate<JavaClass> useCase = resideInAPackage(portPackages)
                .and(DescribedPredicate.describe("top level", JavaClass::isTopLevelClass));
        return DescribedPredicate.<JavaClass>not(INTERFACES)
                .and(assignableTo(useCase))
                .as("implement a use case in " + portPackages);
    }

    private static DescribedPredicate<JavaClass> implementAnyOf(String portPackages) {
        return DescribedPredicate.<JavaClass>not(INTERFACES)
                .and(assignableTo(resideInAPackage(portPackages)))
                .as("implement a port in " + portPackages);
    }
}
