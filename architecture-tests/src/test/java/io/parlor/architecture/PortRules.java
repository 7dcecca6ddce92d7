package io.parlor.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.conditions.ArchConditions.be;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

/** What a port package may hold: contracts and the data they exchange, never behaviour. */
final class PortRules {

    private PortRules() {
    }

    /**
     * Nested types count too, since a use case's {@code Command} is nested in its interface;
     * anonymous and local classes are implementation details of default methods.
     */
    static ArchRule portTypesAreInterfacesRecordsEnumsOrExceptions(ParlorPackages p) {
        return classes().that().resideInAnyPackage(p.primaryPorts(), p.secondaryPorts())
                .and(topLevelOrMemberClasses())
                .should(be(interfaceRecordEnumOrException()))
                .because("an implementation in a port package would be an adapter in disguise")
                .allowEmptyShould(true);
    }

    static ArchRule secondaryPortsDoNotUsePrimaryPortTypes(ParlorPackages p) {
        return noClasses().that().resideInAPackage(p.secondaryPorts())
                .should().dependOnClassesThat().resideInAPackage(p.primaryPorts())
                .because("a command belongs to its use case; repositories and gateways speak domain types")
                .allowEmptyShould(true);
    }

    private static DescribedPredicate<JavaClass> topLevelOrMemberClasses() {
        return describe("are top-level or member classes",
                type -> type.isTopLevelClass() || type.isMemberClass());
    }

    private static DescribedPredicate<JavaClass> interfaceRecordEnumOrException() {
        return describe("an interface, record, enum or exception", type -> type.isInterface()
                || type.isRecord()
                || type.isEnum()
                || type.isAssignableTo(Throwable.class));
    }
}
