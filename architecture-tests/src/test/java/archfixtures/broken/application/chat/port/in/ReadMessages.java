package archfixtures.broken.application.chat.port.in;

import java.util.List;

public interface ReadMessages {

    List<String> read(String room);
}
