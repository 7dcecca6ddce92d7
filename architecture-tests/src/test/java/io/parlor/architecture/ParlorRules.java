package io.parlor.architecture;

import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;
import org.jmolecules.archunit.JMoleculesArchitectureRules;
import org.jmolecules.archunit.JMoleculesDddRules;

/**
 * The architecture rules of Parlor for one base package. Production code is checked with
 * {@code forBase("io.parlor")}; the fixtures that prove each rule can fail use their own base.
 */
public final class ParlorRules {

    private final ParlorPackages packages;

    private ParlorRules(ParlorPackages packages) {
        this.packages = packages;
    }

    public static ParlorRules forBase(String basePackage) {
        return new ParlorRules(new ParlorPackages(basePackage));
    }

    /** Every rule, for checking a code base in one go. */
    public List<ArchRule> all() {
        var all = new ArrayList<>(layoutRules());
        all.add(jMoleculesDddRules());
        all.add(jMoleculesHexagonalArchitecture());
        return List.copyOf(all);
    }

    /**
     * The rules written for Parlor's package layout. Each one judges something that every
     * complete hexagon has, so a full code base gives none of them an empty selection.
     */
    public List<ArchRule> layoutRules() {
        return List.of(
                domainIsFrameworkFree(),
                applicationIsFrameworkFree(),
                domainDoesNotDependOnOuterLayers(),
                applicationDoesNotDependOnAdaptersOrBootstrap(),
                adaptersDoNotDependOnEachOther(),
                onlyBootstrapDependsOnBootstrap(),
                httpAdapterDoesNotTouchPersistenceOrRedis(),
                servicesDoNotDependOnInMemoryOrSystemAdapters(),
                bookingAndChatKnowNoBackOffice(),
                contextsDoNotDependOnBridges(),
                domainContextsAreFreeOfCycles(),
                domainContextsShareOnlyIdsAndEvents(),
                portTypesAreInterfacesRecordsEnumsOrExceptions(),
                secondaryPortsDoNotUsePrimaryPortTypes(),
                domainEventsAreRecords(),
                inMemoryAdaptersArePrefixed(),
                systemAdaptersArePrefixed(),
                redisAdaptersArePrefixed(),
                jdbcAdaptersArePrefixed(),
                controllersEndWithController(),
                controllersDeclareWhoMayCall(),
                useCaseServicesEndWithService(),
                useCaseServicesAreNotPublic());
    }

    public ArchRule domainIsFrameworkFree() {
        return DependencyRules.domainIsFrameworkFree(packages);
    }

    public ArchRule applicationIsFrameworkFree() {
        return DependencyRules.applicationIsFrameworkFree(packages);
    }

    public ArchRule domainDoesNotDependOnOuterLayers() {
        return DependencyRules.domainDoesNotDependOnOuterLayers(packages);
    }

    public ArchRule applicationDoesNotDependOnAdaptersOrBootstrap() {
        return DependencyRules.applicationDoesNotDependOnAdaptersOrBootstrap(packages);
    }

    public ArchRule adaptersDoNotDependOnEachOther() {
        return DependencyRules.adaptersDoNotDependOnEachOther(packages);
    }

    public ArchRule onlyBootstrapDependsOnBootstrap() {
        return DependencyRules.onlyBootstrapDependsOnBootstrap(packages);
    }

    public ArchRule httpAdapterDoesNotTouchPersistenceOrRedis() {
        return DependencyRules.httpAdapterDoesNotTouchPersistenceOrRedis(packages);
    }

    public ArchRule servicesDoNotDependOnInMemoryOrSystemAdapters() {
        return DependencyRules.servicesDoNotDependOnInMemoryOrSystemAdapters(packages);
    }

    public ArchRule contextsDoNotDependOnBridges() {
        return DependencyRules.contextsDoNotDependOnBridges(packages);
    }

    public ArchRule bookingAndChatKnowNoBackOffice() {
        return DependencyRules.bookingAndChatKnowNoBackOffice(packages);
    }

    public ArchRule domainContextsAreFreeOfCycles() {
        return DomainRules.contextsAreFreeOfCycles(packages);
    }

    public ArchRule domainContextsShareOnlyIdsAndEvents() {
        return DomainRules.contextsShareOnlyIdsAndEvents(packages);
    }

    public ArchRule domainEventsAreRecords() {
        return DomainRules.domainEventsAreRecords(packages);
    }

    public ArchRule portTypesAreInterfacesRecordsEnumsOrExceptions() {
        return PortRules.portTypesAreInterfacesRecordsEnumsOrExceptions(packages);
    }

    public ArchRule secondaryPortsDoNotUsePrimaryPortTypes() {
        return PortRules.secondaryPortsDoNotUsePrimaryPortTypes(packages);
    }

    public ArchRule controllersDeclareWhoMayCall() {
        return SecurityRules.controllersDeclareWhoMayCall(packages);
    }

    public ArchRule inMemoryAdaptersArePrefixed() {
        return NamingRules.inMemoryAdaptersArePrefixed(packages);
    }

    public ArchRule systemAdaptersArePrefixed() {
        return NamingRules.systemAdaptersArePrefixed(packages);
    }

    public ArchRule redisAdaptersArePrefixed() {
        return NamingRules.redisAdaptersArePrefixed(packages);
    }

    public ArchRule jdbcAdaptersArePrefixed() {
        return NamingRules.jdbcAdaptersArePrefixed(packages);
    }

    public ArchRule controllersEndWithController() {
        return NamingRules.controllersEndWithController(packages);
    }

    public ArchRule useCaseServicesEndWithService() {
        return NamingRules.useCaseServicesEndWithService(packages);
    }

    public ArchRule useCaseServicesAreNotPublic() {
        return NamingRules.useCaseServicesAreNotPublic(packages);
    }

    /**
     * Aggregates refer to each other by id, entities and aggregates declare an identity, value
     * objects hold no identifiables. Judges whatever classes it is given, whatever their base.
     */
    public ArchRule jMoleculesDddRules() {
        return JMoleculesDddRules.all();
    }

    /**
     * The stereotypes on the package-info files: adapters reach the core only through ports.
     * Strict depth: no adapter may touch a use-case service, only its interface.
     */
    public ArchRule jMoleculesHexagonalArchitecture() {
        return JMoleculesArchitectureRules.ensureHexagonal().allowEmptyShould(true);
    }
}
