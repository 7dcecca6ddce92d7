package io.parlor.adapters.http.chat.stomp;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * Limits of the STOMP endpoint ({@code parlor.chat.stomp.*}).
 *
 * @param maxFrameBytes      the largest frame a client may send; larger ones are fatal
 * @param heartBeat          the heart-beat interval the server offers and asks for
 * @param maxOutboundBytes   bytes queued or unwritten for one connection before it is dropped
 * @param maxPendingFrames   frames of one connection waiting for their turn before it is dropped
 * @param presenceRefresh    how often a connected member is marked online again (well inside chat's presence TTL)
 */
@ConfigurationProperties("parlor.chat.stomp")
record StompSettings(
        @Bindable(defaultValue = "65536") @Min(1024) int maxFrameBytes,
        @Bindable(defaultValue = "10s") @NotNull Duration heartBeat,
        @Bindable(defaultValue = "4194304") @Min(65536) long maxOutboundBytes,
        @Bindable(defaultValue = "1000") @Min(10) int maxPendingFrames,
        @Bindable(defaultValue = "20s") @NotNull Duration presenceRefresh) {
}
