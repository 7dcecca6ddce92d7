package io.parlor.bootstrap.membership;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances sharing PostgreSQL and Redis, as behind a load balancer: a social login started
 * on one comes back to the other, and its key is exchanged on the first.
 */
class TwoInstanceSocialLoginIT {

    private static MockOAuth2Server provider;
    private static EmbeddedServer first;
    private static EmbeddedServer second;

    @BeforeAll
    static void start() throws Exception {
        provider = new MockOAuth2Server();
        provider.start(InetAddress.getByName("127.0.0.1"), 0);
        int secondPort = freePort();
        String callback = "http://127.0.0.1:" + secondPort + "/auth/oauth/mock/callback";
        first = instance(freePort(), callback);
        second = instance(secondPort, callback);
    }

    @AfterAll
    static void stop() {
        first.getApplicationContext().close();
        second.getApplicationContext().close();
        provider.shutdown();
    }

    @Test
    void aLoginStartedOnOneInstanceEndsOnTheOtherAndItsKeyWorksOnceAnywhere() {
        var browser = new Browser();
        String email = "social-" + UUID.randomUUID() + "@example.com";
        provider.enqueueCallback(new DefaultOAuth2TokenCallback("mock", "subject-" + UUID.randomUUID(), "JWT",
                List.of("parlor-test"), Map.of("email", email, "email_verified", true), 3600));

        var callback = Browser.location(browser.follow(browser.load(on(first, "/auth/oauth/mock/authorize"))));
        URI webApp = Browser.location(browser.load(callback));
        String loginKey = URLDecoder.decode(webApp.getRawQuery().replaceFirst("^loginKey=", ""), StandardCharsets.UTF_8);
        var tokens = api(first).post("/auth/login-key", Map.of("loginKey", loginKey));
        var again = api(second).post("/auth/login-key", Map.of("loginKey", loginKey));

        assertThat(callback.getPort()).isEqualTo(second.getPort());
        assertThat(webApp.getRawQuery()).startsWith("loginKey=");
        assertThat(tokens.status()).isEqualTo(200);
        assertThat(api(second).get("/me", tokens.text("accessToken")).text("email")).isEqualTo(email);
        assertThat(again.status()).isEqualTo(401);
        assertThat(again.code()).isEqualTo("invalid-token");
    }

    private static URI on(EmbeddedServer server, String path) {
        return URI.create("http://127.0.0.1:" + server.getPort() + path);
    }

    private static Api api(EmbeddedServer server) {
        return new Api(server.getURI(), server.getApplicationContext().getBean(JsonMapper.class));
    }

    private static EmbeddedServer instance(int port, String callback) throws IOException {
        String prefix = "parlor.oauth.providers.mock.";
        Map<String, Object> properties = new HashMap<>();
        properties.put("micronaut.server.port", port);
        properties.put("parlor.data-dir", Files.createTempDirectory("parlor-instance").toString());
        properties.put("datasources.default.url", System.getProperty("parlor.test.postgres.url"));
        properties.put("datasources.default.username", System.getProperty("parlor.test.postgres.username"));
        properties.put("datasources.default.password", System.getProperty("parlor.test.postgres.password"));
        properties.put("parlor.redis.uri", System.getProperty("parlor.test.redis.uri"));
        properties.put("parlor.jwt.secret", "two-instances-share-this-signing-secret!");
        properties.put(prefix + "authorization-uri", provider.authorizationEndpointUrl("mock").toString());
        properties.put(prefix + "token-uri", provider.tokenEndpointUrl("mock").toString());
        properties.put(prefix + "user-info-uri", provider.userInfoUrl("mock").toString());
        properties.put(prefix + "client-id", "parlor-test");
        properties.put(prefix + "client-secret", "parlor-test-secret");
        properties.put(prefix + "scopes", "openid,email");
        properties.put(prefix + "redirect-uri", callback);
        return ApplicationContext.run(EmbeddedServer.class, properties);
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
