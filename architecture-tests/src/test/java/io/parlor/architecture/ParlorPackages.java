package io.parlor.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import java.util.Optional;

/**
 * The package identifiers of the Parlor layout, relative to one base package, so that the
 * same rules read production code ({@code io.parlor}) and the test fixtures alike.
 */
record ParlorPackages(String base) {

    ParlorPackages {
        if (base == null || !base.matches("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*")) {
            throw new IllegalArgumentException("a base package looks like io.parlor: " + base);
        }
    }

    String domain() {
        return base + ".domain..";
    }

    String application() {
        return base + ".application..";
    }

    /** One application context, {@code chat} say, with its ports and adapters. */
    String applicationContext(String context) {
        return base + ".application." + context + "..";
    }

    /** Where one context's secondary ports are implemented over another's, for a deployment of several. */
    String bridges() {
        return base + ".application.bridge..";
    }

    /** The root package of each application context, where the use-case services live. */
    String applicationServices() {
        return base + ".application.*";
    }

    String primaryPorts() {
        return base + ".application..port.in..";
    }

    String secondaryPorts() {
        return base + ".application..port.out..";
    }

    String ports() {
        return base + ".application..port..";
    }

    String inMemoryAdapters() {
        return base + "..inmemory..";
    }

    String systemAdapters() {
        return base + "..system..";
    }

    String adapters() {
        return base + ".adapters..";
    }

    /** One slice per adapter technology: http, persistence, messaging, credentials. */
    String adapterSlices() {
        return base + ".adapters.(*)..";
    }

    String httpAdapters() {
        return base + ".adapters.http..";
    }

    String persistenceAdapters() {
        return base + ".adapters.persistence..";
    }

    String redisAdapters() {
        return base + ".adapters.messaging.redis..";
    }

    String bootstrap() {
        return base + ".bootstrap..";
    }

    /** One slice per bounded context, {@code shared} included. */
    String domainSlices() {
        return base + ".domain.(*)..";
    }

    /** The bounded context a domain class belongs to, e.g. {@code chat}; empty outside the domain. */
    Optional<String> domainContextOf(JavaClass type) {
        String prefix = base + ".domain.";
        String pkg = type.getPackageName();
        if (!pkg.startsWith(prefix)) {
            return Optional.empty();
        }
        String rest = pkg.substring(prefix.length());
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }
}
