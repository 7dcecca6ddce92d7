package io.parlor.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.metaAnnotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;
import org.jmolecules.ddd.types.Identifier;

/** How bounded contexts may know each other, and what a domain event looks like. */
final class DomainRules {

    private static final String SHARED_KERNEL = "shared";

    private DomainRules() {
    }

    static ArchRule contextsAreFreeOfCycles(ParlorPackages p) {
        return slices().matching(p.domainSlices())
                .should().beFreeOfCycles()
                .allowEmptyShould(true);
    }

    static ArchRule contextsShareOnlyIdsAndEvents(ParlorPackages p) {
        return classes().that().resideInAPackage(p.domain())
                .should(useOtherContextsOnlyThroughIdsAndEvents(p))
                .because("a context that reaches into another's model can no longer change on its own")
                .allowEmptyShould(true);
    }

    static ArchRule domainEventsAreRecords(ParlorPackages p) {
        return classes().that().resideInAPackage(p.base() + "..")
                .and(domainEvents()).and().areNotInterfaces()
                .should().beRecords()
                .because("events are immutable facts that the bus carries across processes")
                .allowEmptyShould(true);
    }

    /**
     * Types that implement jMolecules' {@code DomainEvent} or carry its annotation, interfaces
     * included: the rule on records leaves those out, as a sealed family of events is an
     * interface over records.
     */
    private static DescribedPredicate<JavaClass> domainEvents() {
        return assignableTo(org.jmolecules.event.types.DomainEvent.class)
                .or(metaAnnotatedWith(org.jmolecules.event.annotation.DomainEvent.class))
                .as("domain events");
    }

    private static ArchCondition<JavaClass> useOtherContextsOnlyThroughIdsAndEvents(ParlorPackages p) {
        return new ArchCondition<>("use other contexts only through their ids and events") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                Optional<String> own = p.domainContextOf(item);
                for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    Optional<String> other = p.domainContextOf(target);
                    boolean foreign = other.isPresent() && !other.equals(own)
                            && !other.get().equals(SHARED_KERNEL);
                    if (foreign && !isIdOrEvent(target)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** Nested types of an id or event (an event's reason enum, say) travel with it. */
    private static boolean isIdOrEvent(JavaClass type) {
        if (type.isAssignableTo(Identifier.class) || domainEvents().test(type)) {
            return true;
        }
        return type.getEnclosingClass().map(DomainRules::isIdOrEvent).orElse(false);
    }
}
