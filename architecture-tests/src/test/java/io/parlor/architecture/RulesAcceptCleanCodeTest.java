package io.parlor.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves that no rule fails on a hexagon laid out as Parlor wants it ({@code archfixtures.clean}),
 * so that a red architecture test always means a real crossing.
 */
class RulesAcceptCleanCodeTest {

    private static final JavaClasses CLEAN = new ClassFileImporter().importPackages("archfixtures.clean");
    private static final ParlorRules ON_CLEAN = ParlorRules.forBase("archfixtures.clean");

    @ParameterizedTest
    @MethodSource("everyRule")
    void cleanFixturesPassEveryRule(ArchRule rule) {
        assertThat(rule.evaluate(CLEAN).getFailureReport().getDetails()).isEmpty();
    }

    /**
     * Guards against a rule passing the check above because its selection was empty. The
     * jMolecules rule sets are left out: their selections are the offences themselves.
     */
    @ParameterizedTest
    @MethodSource("layoutRules")
    void cleanFixturesGiveEveryLayoutRuleSomethingToJudge(ArchRule rule) {
        assertThat(rule.allowEmptyShould(false).evaluate(CLEAN).hasViolation()).isFalse();
    }

    /** A rule missing from {@code all()} would escape the checks above. */
    @Test
    void allListsEveryRuleAndLayoutRulesAllButTheJMoleculesOnes() {
        List<String> ruleMethods = Arrays.stream(ParlorRules.class.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()))
                .filter(method -> method.getReturnType() == ArchRule.class)
                .map(method -> method.getName())
                .toList();
        long jMoleculesRules = ruleMethods.stream().filter(name -> name.startsWith("jMolecules")).count();

        assertThat(ON_CLEAN.all()).hasSize(ruleMethods.size());
        assertThat(ON_CLEAN.layoutRules()).hasSize(ruleMethods.size() - (int) jMoleculesRules);
    }

    static Stream<Named<ArchRule>> everyRule() {
        return named(ON_CLEAN.all());
    }

    static Stream<Named<ArchRule>> layoutRules() {
        return named(ON_CLEAN.layoutRules());
    }

    private static Stream<Named<ArchRule>> named(List<ArchRule> rules) {
        return rules.stream().map(rule -> Named.of(rule.getDescription(), rule));
    }
}
