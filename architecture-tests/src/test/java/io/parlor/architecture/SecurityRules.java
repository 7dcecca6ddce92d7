package io.parlor.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * Every endpoint checks who is asking: a controller says so itself, on the class or on each
 * route, so that a forgotten annotation never leaves a route open by default.
 */
final class SecurityRules {

    private static final String CONTROLLER = "io.micronaut.http.annotation.Controller";
    private static final String SECURED = "io.micronaut.security.annotation.Secured";
    private static final String ROUTE = "io.micronaut.http.annotation.HttpMethodMapping";

    private SecurityRules() {
    }

    static ArchRule controllersDeclareWhoMayCall(ParlorPackages p) {
        return classes().that().resideInAPackage(p.httpAdapters())
                .and().areAnnotatedWith(CONTROLLER)
                .should(declareSecuredOnTheClassOrEveryRoute())
                .allowEmptyShould(true);
    }

    private static ArchCondition<JavaClass> declareSecuredOnTheClassOrEveryRoute() {
        return new ArchCondition<>("declare @Secured on the class or on every route") {
            @Override
            public void check(JavaClass controller, ConditionEvents events) {
                if (controller.isAnnotatedWith(SECURED)) {
                    return;
                }
                for (JavaMethod method : controller.getMethods()) {
                    if (method.isMetaAnnotatedWith(ROUTE) && !method.isAnnotatedWith(SECURED)) {
                        events.add(SimpleConditionEvent.violated(method,
                                method.getFullName() + " is a route without @Secured"));
                    }
                }
            }
        };
    }
}
