package io.parlor.application.chat;

import io.parlor.application.chat.port.in.MarkOffline;
import io.parlor.application.chat.port.out.Presence;

final class MarkOfflineService implements MarkOffline {

    private final Presence presence;

    MarkOfflineService(Presence presence) {
        this.presence = presence;
    }

    @Override
    public void markOffline(Command command) {
        presence.markOffline(command.member(), command.connection());
    }
}
