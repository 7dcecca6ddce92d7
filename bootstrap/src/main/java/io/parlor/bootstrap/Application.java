package io.parlor.bootstrap;

import io.micronaut.runtime.Micronaut;
import java.util.Map;

/** Starts Parlor: the embedded default with no environment, production by configuration. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.build(args).mainClass(Application.class).banner(false)
                .properties(Map.copyOf(CorsOrigins.properties(System.getenv(CorsOrigins.VARIABLE)))).start();
    }
}
