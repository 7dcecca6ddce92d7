package io.parlor.adapters.http.membership;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.parlor.application.membership.port.in.BrowseCustomers;
import io.parlor.application.membership.port.in.CustomerView;
import io.parlor.application.membership.port.in.GroupView;
import java.util.List;

/** The JSON shapes of API.md's back office: {@code customer} and {@code group}. */
final class BackOfficeResponses {

    private BackOfficeResponses() {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CustomerResponse(String memberId, @Nullable String name, @Nullable String phone, int visits,
                            @Nullable String lastVisitAt, List<String> groups, String memo) {

        static CustomerResponse of(CustomerView view) {
            return new CustomerResponse(view.member().toString(), view.name().orElse(null), view.phone().orElse(null),
                    view.visits(), view.lastVisitAt().map(Object::toString).orElse(null),
                    view.groups().stream().map(Object::toString).toList(), view.memo());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CustomerPageResponse(List<CustomerResponse> items, @Nullable String nextCursor) {

        static CustomerPageResponse of(BrowseCustomers.Page page) {
            return new CustomerPageResponse(page.items().stream().map(CustomerResponse::of).toList(),
                    page.nextCursor().orElse(null));
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record GroupResponse(String id, String name, String kind, @Nullable Integer minVisits, long memberCount) {

        static GroupResponse of(GroupView view) {
            return new GroupResponse(view.id().toString(), view.name(), view.kind().name(),
                    view.minVisits().orElse(null), view.memberCount());
        }
    }
}
