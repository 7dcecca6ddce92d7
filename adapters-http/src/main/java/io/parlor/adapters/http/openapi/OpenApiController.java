package io.parlor.adapters.http.openapi;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Serves the OpenAPI document that the build generated from the controllers. */
@Controller("/openapi")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
final class OpenApiController {

    static final String DOCUMENT = "classpath:META-INF/swagger/parlor-1.yml";
    private static final String YAML = "application/yaml";

    private final byte[] document;

    OpenApiController(ResourceResolver resources) {
        try (InputStream in = resources.getResourceAsStream(DOCUMENT)
                .orElseThrow(() -> new IllegalStateException("the build did not generate " + DOCUMENT))) {
            this.document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get(produces = YAML)
    HttpResponse<byte[]> document() {
        return HttpResponse.ok(document).contentType(YAML);
    }
}
