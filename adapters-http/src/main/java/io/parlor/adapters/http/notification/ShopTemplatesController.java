package io.parlor.adapters.http.notification;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.parlor.adapters.http.notification.TemplateRequests.TemplateBody;
import io.parlor.adapters.http.notification.TemplateRequests.TemplateResponse;
import io.parlor.adapters.http.security.Caller;
import io.parlor.application.notification.port.in.ManageTemplates;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import java.util.List;

/** A shop's message templates: its staff reads them, its owner writes them. */
@Controller("/shops/{shopId}/templates")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@ExecuteOn(TaskExecutors.BLOCKING)
class ShopTemplatesController {

    private final ManageTemplates templates;

    ShopTemplatesController(ManageTemplates templates) {
        this.templates = templates;
    }

    @Get
    List<TemplateResponse> list(Authentication caller, String shopId) {
        return templates.list(ShopIds.shop(shopId), Caller.memberOf(caller)).stream().map(TemplateResponse::of)
                .toList();
    }

    @Post
    @Status(HttpStatus.CREATED)
    TemplateResponse create(Authentication caller, String shopId, @Body @Valid TemplateBody request) {
        return TemplateResponse.of(templates.create(ShopIds.shop(shopId), Caller.memberOf(caller), request.toDraft()));
    }

    @Put("/{templateId}")
    TemplateResponse update(Authentication caller, String shopId, String templateId,
                            @Body @Valid TemplateBody request) {
        return TemplateResponse.of(templates.update(ShopIds.shop(shopId), Caller.memberOf(caller),
                ShopIds.template(templateId), request.toDraft()));
    }

    @Delete("/{templateId}")
    @Status(HttpStatus.NO_CONTENT)
    void delete(Authentication caller, String shopId, String templateId) {
        templates.delete(ShopIds.shop(shopId), Caller.memberOf(caller), ShopIds.template(templateId));
    }
}
