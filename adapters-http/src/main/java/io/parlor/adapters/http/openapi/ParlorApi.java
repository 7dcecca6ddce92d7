package io.parlor.adapters.http.openapi;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** Title and security scheme of the OpenAPI document generated from the controllers. */
@OpenAPIDefinition(info = @Info(title = "parlor", version = "1",
        description = "Reservations, chat and membership for small service businesses."))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public final class ParlorApi {

    private ParlorApi() {
    }
}
