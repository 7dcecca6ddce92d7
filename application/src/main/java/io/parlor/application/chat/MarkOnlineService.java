package io.parlor.application.chat;

import io.parlor.application.chat.port.in.MarkOnline;
import io.parlor.application.chat.port.out.Presence;

final class MarkOnlineService implements MarkOnline {

    private final Presence presence;
    private final ChatSettings settings;

    MarkOnlineService(Presence presence, ChatSettings settings) {
        this.presence = presence;
        this.settings = settings;
    }

    @Override
    public void markOnline(Command command) {
        presence.markOnline(command.member(), command.connection(), settings.presenceTtl());
    }
}
