package io.parlor.adapters.http.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.sse.Event;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.parlor.adapters.http.notification.NotificationResponses.MemberStatusResponse;
import io.parlor.adapters.http.notification.NotificationResponses.NotificationResponse;
import io.parlor.adapters.http.notification.NotificationResponses.RoomUpdatedResponse;
import io.parlor.adapters.http.security.Caller;
import io.parlor.application.notification.port.in.FollowNotifications;
import io.parlor.application.notification.port.in.StreamEvent;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.time.Duration;
import java.util.Optional;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * The caller's live events as server-sent events. A stock {@code EventSource} cannot set headers, so
 * the access token may come as {@code access_token} ({@link QueryTokenReader}) and the resume point as
 * {@code lastEventId}.
 */
@Controller("/notifications")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
class NotificationStreamController {

    static final Duration KEEP_ALIVE = Duration.ofSeconds(20);
    static final Duration RETRY = Duration.ofSeconds(3);

    private final FollowNotifications follow;

    NotificationStreamController(FollowNotifications follow) {
        this.follow = follow;
    }

    /** Blocking: starting a stream reads the caller's newest notification number. */
    @Get(value = "/stream", produces = MediaType.TEXT_EVENT_STREAM)
    @ExecuteOn(TaskExecutors.BLOCKING)
    Publisher<Event<?>> stream(Authentication caller, @Nullable @Header("Last-Event-ID") String lastEventIdHeader,
                               @Nullable @QueryValue String lastEventId) {
        var resume = Optional.ofNullable(lastEventIdHeader).or(() -> Optional.ofNullable(lastEventId))
                .filter(id -> !id.isBlank());
        Sinks.Many<Event<?>> events = Sinks.many().unicast().onBackpressureBuffer();
        Sinks.Empty<Void> ended = Sinks.empty();
        var stream = follow.follow(new FollowNotifications.Command(Caller.memberOf(caller), resume),
                new FollowNotifications.Listener() {
                    @Override
                    public void event(StreamEvent event) {
                        events.tryEmitNext(toSse(event));
                    }

                    @Override
                    public void ended() {
                        events.tryEmitComplete();
                        ended.tryEmitEmpty();
                    }
                });
        Flux<Event<?>> opening = Flux.just(Event.of("").retry(RETRY).comment("stream open"));
        Flux<Event<?>> keepAlive = Flux.interval(KEEP_ALIVE, KEEP_ALIVE).map(tick -> Event.of("").comment("keep-alive"));
        return Flux.concat(opening, Flux.merge(events.asFlux(), keepAlive.takeUntilOther(ended.asMono())))
                .doFinally(signal -> stream.close());
    }

    private static Event<?> toSse(StreamEvent event) {
        if (event instanceof StreamEvent.NotificationShown shown) {
            return Event.of(NotificationResponse.of(shown.notification())).name("notification").id(shown.id());
        }
        if (event instanceof StreamEvent.RoomChanged changed) {
            return Event.of(RoomUpdatedResponse.of(changed)).name("room-updated").id(changed.id());
        }
        var status = (StreamEvent.StatusChanged) event;
        return Event.of(new MemberStatusResponse(status.member().toString(), status.status())).name("member-status")
                .id(status.id());
    }
}
