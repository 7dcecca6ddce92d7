package io.parlor.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.Test;

/**
 * Proves that each rule catches what it is meant to catch, by running it over fixtures that
 * break it on purpose ({@code archfixtures.broken}). Each test names the offender it expects
 * and, where one is at hand, a well-formed neighbour the rule must leave alone.
 */
class RulesCanFailTest {

    private static final JavaClasses BROKEN = new ClassFileImporter().importPackages("archfixtures.broken");
    private static final ParlorRules ON_BROKEN = ParlorRules.forBase("archfixtures.broken");

    @Test
    void domainClassUsingMicronautIsReported() {
        assertThatReportOf(ON_BROKEN.domainIsFrameworkFree())
                .contains("chat.IntrospectedMessage", "io.micronaut.core.annotation.Introspected")
                .doesNotContain("chat.RoomId");
    }

    @Test
    void applicationPortHandingOutDataSourceIsReported() {
        assertThatReportOf(ON_BROKEN.applicationIsFrameworkFree())
                .contains("port.out.MessageArchive", "javax.sql.DataSource");
    }

    @Test
    void domainReachingIntoApplicationIsReported() {
        assertThatReportOf(ON_BROKEN.domainDoesNotDependOnOuterLayers())
                .contains("chat.MessageRules", "port.out.Messages");
    }

    @Test
    void applicationReachingIntoRedisAdapterIsReported() {
        assertThatReportOf(ON_BROKEN.applicationDoesNotDependOnAdaptersOrBootstrap())
                .contains("chat.FanOutShortcut", "redis.RedisRoomFanOut");
    }

    @Test
    void controllerUsingPersistenceAdapterIsReported() {
        assertThatReportOf(ON_BROKEN.adaptersDoNotDependOnEachOther())
                .contains("http.chat.HistoryController", "persistence.chat.JdbcMessages");
    }

    @Test
    void adapterReadingBootstrapSettingsIsReported() {
        assertThatReportOf(ON_BROKEN.onlyBootstrapDependsOnBootstrap())
                .contains("redis.RedisRoomFanOut", "bootstrap.RedisSettings");
    }

    @Test
    void controllerHoldingJdbcConnectionIsReported() {
        assertThatReportOf(ON_BROKEN.httpAdapterDoesNotTouchPersistenceOrRedis())
                .contains("http.chat.HistoryController", "java.sql.Connection");
    }

    @Test
    void serviceUsingInMemoryAndSystemAdaptersIsReported() {
        assertThatReportOf(ON_BROKEN.servicesDoNotDependOnInMemoryOrSystemAdapters())
                .contains("chat.PostMessageService", "inmemory.InMemoryMessages", "system.WallClock");
    }

    @Test
    void aContextLeaningOnABridgeIsReported() {
        assertThatReportOf(ON_BROKEN.contextsDoNotDependOnBridges())
                .contains("chat.RosterLookup", "bridge.MemberDirectoryBridge");
    }

    @Test
    void chatReachingIntoTheBackOfficeIsReported() {
        assertThatReportOf(ON_BROKEN.bookingAndChatKnowNoBackOffice())
                .contains("chat.WelcomeShortcut", "membership.CustomerGroupsService");
    }

    @Test
    void cycleBetweenChatAndNotificationIsReported() {
        assertThatReportOf(ON_BROKEN.domainContextsAreFreeOfCycles())
                .contains("chat.MessageFlagged", "notification.NoticeSent");
    }

    @Test
    void chatUsingMembershipValueIsReportedButIdsAndEventsAreNot() {
        assertThatReportOf(ON_BROKEN.domainContextsShareOnlyIdsAndEvents())
                .contains("chat.Moderation", "membership.MemberProfile")
                .doesNotContain("MessageFlagged", "NoticeSent");
    }

    @Test
    void eventsThatAreNotRecordsAreReported() {
        assertThatReportOf(ON_BROKEN.domainEventsAreRecords())
                .contains("membership.MemberRenamed", "membership.PasswordChanged")
                .doesNotContain("MessageFlagged");
    }

    @Test
    void concreteClassInPrimaryPortIsReported() {
        assertThatReportOf(ON_BROKEN.portTypesAreInterfacesRecordsEnumsOrExceptions())
                .contains("port.in.MessageFormatter")
                .doesNotContain("PostMessage$Command");
    }

    @Test
    void secondaryPortTakingUseCaseCommandIsReported() {
        assertThatReportOf(ON_BROKEN.secondaryPortsDoNotUsePrimaryPortTypes())
                .contains("port.out.Messages.store", "port.in.PostMessage$Command");
    }

    @Test
    void inMemoryAdapterWithoutPrefixIsReported() {
        assertThatReportOf(ON_BROKEN.inMemoryAdaptersArePrefixed())
                .contains("inmemory.CachedMessages")
                .doesNotContain("InMemoryMessages");
    }

    @Test
    void systemAdapterWithoutPrefixIsReported() {
        assertThatReportOf(ON_BROKEN.systemAdaptersArePrefixed()).contains("system.WallClock");
    }

    @Test
    void redisAdapterWithoutPrefixIsReported() {
        assertThatReportOf(ON_BROKEN.redisAdaptersArePrefixed())
                .contains("redis.PubSubBridge")
                .doesNotContain("RedisRoomFanOut");
    }

    @Test
    void persistenceAdapterWithoutJdbcPrefixIsReported() {
        assertThatReportOf(ON_BROKEN.jdbcAdaptersArePrefixed())
                .contains("persistence.chat.MessageStore")
                .doesNotContain("JdbcMessages");
    }

    @Test
    void controllerWithoutSuffixIsReported() {
        assertThatReportOf(ON_BROKEN.controllersEndWithController())
                .contains("http.chat.RoomsEndpoint")
                .doesNotContain("HistoryController");
    }

    @Test
    void aRouteThatDoesNotSayWhoMayCallItIsReported() {
        assertThatReportOf(ON_BROKEN.controllersDeclareWhoMayCall())
                .contains("UnguardedController.forgotten()")
                .doesNotContain("UnguardedController.open()");
    }

    @Test
    void useCaseImplementationWithoutServiceSuffixIsReported() {
        assertThatReportOf(ON_BROKEN.useCaseServicesEndWithService())
                .contains("chat.MarkReadHandler")
                .doesNotContain("FanOutShortcut");
    }

    @Test
    void publicServiceIsReported() {
        assertThatReportOf(ON_BROKEN.useCaseServicesAreNotPublic())
                .contains("chat.ReadMessagesService")
                .doesNotContain("PostMessageService");
    }

    @Test
    void aggregateHoldingAnotherAggregateIsReported() {
        assertThatReportOf(ON_BROKEN.jMoleculesDddRules()).contains("Reservation.shop");
    }

    @Test
    void controllerUsingServiceInsteadOfItsPortIsReported() {
        assertThatReportOf(ON_BROKEN.jMoleculesHexagonalArchitecture())
                .contains("http.chat.ShortcutController", "chat.ReadMessagesService");
    }

    private static AbstractStringAssert<?> assertThatReportOf(ArchRule rule) {
        EvaluationResult result = rule.evaluate(BROKEN);
        assertThat(result.hasViolation()).as("%s reports a violation", rule.getDescription()).isTrue();
        return assertThat(String.join("\n", result.getFailureReport().getDetails()));
    }
}
