package io.parlor.application.membership.port.in;

import java.util.Objects;

/** Ends the session of a refresh token: its whole family is revoked. Unknown tokens are ignored. */
public interface LogOut {

    void logOut(Command command);

    record Command(String refreshToken) {
        public Command {
            Objects.requireNonNull(refreshToken, "refreshToken");
        }
    }
}
