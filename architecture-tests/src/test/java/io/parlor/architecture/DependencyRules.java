package io.parlor.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

/** Which code may depend on which: the hexagon points inward and its core stays framework-free. */
final class DependencyRules {

    /**
     * The JDK as the core may use it. Listed rather than "everything under java and javax",
     * because {@code javax} also holds libraries ({@code javax.inject}) and JDBC lives in the JDK.
     */
    private static final String[] JDK = {"java..", "javax.crypto..", "javax.security.."};
    private static final String[] JDBC = {"java.sql..", "javax.sql.."};
    private static final String[] STORAGE_TECHNOLOGY = {
        "java.sql..", "javax.sql..", "io.micronaut.data..", "io.micronaut.transaction..", "org.flywaydb..",
        "io.lettuce.."
    };
    private static final String JMOLECULES = "org.jmolecules..";

    private DependencyRules() {
    }

    static ArchRule domainIsFrameworkFree(ParlorPackages p) {
        return classes().that().resideInAPackage(p.domain())
                .should().onlyDependOnClassesThat(jdk().or(resideInAnyPackage(JMOLECULES, p.domain())))
                .because("the domain is a plain library: teams embed it without any framework")
                .allowEmptyShould(true);
    }

    static ArchRule applicationIsFrameworkFree(ParlorPackages p) {
        return classes().that().resideInAPackage(p.application())
                .should().onlyDependOnClassesThat(
                        jdk().or(resideInAnyPackage(JMOLECULES, p.domain(), p.application())))
                .because("use cases are wired by hand in plain tests; transactions and time are ports")
                .allowEmptyShould(true);
    }

    static ArchRule domainDoesNotDependOnOuterLayers(ParlorPackages p) {
        return noClasses().that().resideInAPackage(p.domain())
                .should().dependOnClassesThat()
                .resideInAnyPackage(p.application(), p.adapters(), p.bootstrap())
                .allowEmptyShould(true);
    }

    static ArchRule applicationDoesNotDependOnAdaptersOrBootstrap(ParlorPackages p) {
        return noClasses().that().resideInAPackage(p.application())
                .should().dependOnClassesThat().resideInAnyPackage(p.adapters(), p.bootstrap())
                .allowEmptyShould(true);
    }

    static ArchRule adaptersDoNotDependOnEachOther(ParlorPackages p) {
        return slices().matching(p.adapterSlices())
                .should().notDependOnEachOther()
                .because("adapters meet only at the ports; bootstrap decides which ones run together")
                .allowEmptyShould(true);
    }

    static ArchRule onlyBootstrapDependsOnBootstrap(ParlorPackages p) {
        return noClasses().that().resideOutsideOfPackage(p.bootstrap())
                .should().dependOnClassesThat().resideInAPackage(p.bootstrap())
                .because("bootstrap is the outermost ring: it sees everything and nothing sees it")
                .allowEmptyShould(true);
    }

    static ArchRule httpAdapterDoesNotTouchPersistenceOrRedis(ParlorPackages p) {
        return noClasses().that().resideInAPackage(p.httpAdapters())
                .should().dependOnClassesThat().resideInAnyPackage(STORAGE_TECHNOLOGY)
                .because("controllers reach storage only through a use case")
                .allowEmptyShould(true);
    }

    static ArchRule servicesDoNotDependOnInMemoryOrSystemAdapters(ParlorPackages p) {
        return noClasses().that().resideInAPackage(p.applicationServices())
                .should().dependOnClassesThat().resideInAnyPackage(p.inMemoryAdapters(), p.systemAdapters())
                .because("a service must run unchanged on every adapter, so it sees only the port")
                .allowEmptyShould(true);
    }

    static ArchRule contextsDoNotDependOnBridges(ParlorPackages p) {
        return noClasses().that().resideInAPackage(p.application()).and().resideOutsideOfPackage(p.bridges())
                .should().dependOnClassesThat().resideInAPackage(p.bridges())
                .because("a bridge joins contexts in one deployment; each context must work without it, "
                        + "through its own ports")
                .allowEmptyShould(true);
    }

    static ArchRule bookingAndChatKnowNoBackOffice(ParlorPackages p) {
        return noClasses().that().resideInAnyPackage(p.applicationContext("reservation"), p.applicationContext("chat"))
                .should().dependOnClassesThat()
                .resideInAnyPackage(p.applicationContext("membership"), p.applicationContext("notification"))
                .because("reservation and chat learn of customers, groups and templates only through their own "
                        + "ports, by id; application.bridge implements those ports")
                .allowEmptyShould(true);
    }

    private static DescribedPredicate<JavaClass> jdk() {
        return resideInAnyPackage(JDK).and(not(resideInAnyPackage(JDBC))).as("are in the JDK (JDBC aside)");
    }
}
