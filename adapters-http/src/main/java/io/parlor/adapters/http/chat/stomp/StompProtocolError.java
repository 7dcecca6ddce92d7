package io.parlor.adapters.http.chat.stomp;

/** A frame that breaks STOMP itself: the connection answers ERROR and closes. */
final class StompProtocolError extends RuntimeException {

    StompProtocolError(String message) {
        super(message, null, false, false);
    }
}
