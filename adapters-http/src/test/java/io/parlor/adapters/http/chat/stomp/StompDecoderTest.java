package io.parlor.adapters.http.chat.stomp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class StompDecoderTest {

    private final StompDecoder decoder = new StompDecoder(1024);

    @Test
    void readsAFrameWithHeadersAndBody() {
        var frames = decoder.decode("SEND\ndestination:/app/chat.send\nreceipt:r-1\n\n{\"a\":1}\u0000");

        assertThat(frames).singleElement().satisfies(frame -> {
            assertThat(frame.command()).isEqualTo("SEND");
            assertThat(frame.headers()).containsEntry("destination", "/app/chat.send").containsEntry("receipt", "r-1");
            assertThat(frame.bodyText()).isEqualTo("{\"a\":1}");
        });
    }

    @Test
    void joinsAFrameSplitAcrossMessagesAndSplitsBatchedOnes() {
        var first = decoder.decode("SEND\ndestin");
        var second = decoder.decode("ation:/a\n\nhello\u0000\nSUBSCRIBE\nid:1\ndestination:/b\n\n\u0000\n\nDISCON");
        var third = decoder.decode("NECT\n\n\u0000");

        assertThat(first).isEmpty();
        assertThat(second).extracting(StompFrame::command).containsExactly("SEND", "SUBSCRIBE");
        assertThat(second.get(0).bodyText()).isEqualTo("hello");
        assertThat(third).extracting(StompFrame::command).containsExactly("DISCONNECT");
        assertThat(decoder.hasPartialFrame()).isFalse();
    }

    @Test
    void heartBeatsBetweenFramesAreSkipped() {
        assertThat(decoder.decode("\n")).isEmpty();
        assertThat(decoder.decode("\r\n\n")).isEmpty();
        assertThat(decoder.hasPartialFrame()).isFalse();
    }

    @Test
    void contentLengthAllowsNulInTheBodyAndCountsUtf8Bytes() {
        String body = "예약\u0000x";
        int length = body.getBytes(StandardCharsets.UTF_8).length;

        var frames = decoder.decode("SEND\ncontent-length:" + length + "\n\n" + body + "\u0000");

        assertThat(frames).singleElement().satisfies(frame -> assertThat(frame.bodyText()).isEqualTo(body));
    }

    @Test
    void unescapesHeaderValuesButNotOnConnect() {
        var send = decoder.decode("SEND\nkey:a\\cb\\nc\\\\d\\re\n\n\u0000");
        var connect = decoder.decode("CONNECT\npasscode:a\\cb\n\n\u0000");

        assertThat(send.get(0).headers()).containsEntry("key", "a:b\nc\\d\re");
        assertThat(connect.get(0).headers()).containsEntry("passcode", "a\\cb");
    }

    @Test
    void theFirstOfRepeatedHeadersCounts() {
        var frames = decoder.decode("SEND\nfoo:first\nfoo:second\n\n\u0000");

        assertThat(frames.get(0).headers()).containsEntry("foo", "first");
    }

    @Test
    void acceptsCarriageReturnLineEndings() {
        var frames = decoder.decode("SEND\r\ndestination:/x\r\n\r\nbody\u0000");

        assertThat(frames.get(0).headers()).containsEntry("destination", "/x");
        assertThat(frames.get(0).bodyText()).isEqualTo("body");
    }

    @Test
    void refusesMalformedAndOversizedFrames() {
        assertThatThrownBy(() -> new StompDecoder(1024).decode("hello\n\n\u0000")).isInstanceOf(StompProtocolError.class);
        assertThatThrownBy(() -> new StompDecoder(1024).decode("SEND\nno-colon\n\n\u0000")).isInstanceOf(StompProtocolError.class);
        assertThatThrownBy(() -> new StompDecoder(1024).decode("SEND\nk:bad\\t\n\n\u0000")).isInstanceOf(StompProtocolError.class);
        assertThatThrownBy(() -> new StompDecoder(1024).decode("SEND\ncontent-length:2\n\nabc\u0000"))
                .isInstanceOf(StompProtocolError.class);
        assertThatThrownBy(() -> new StompDecoder(64).decode("SEND\n\n" + "x".repeat(100)))
                .isInstanceOf(StompProtocolError.class);
    }

    @Test
    void encodedFramesDecodeToTheSameFrame() {
        byte[] encoded = StompEncoder.frame("MESSAGE", "{\"ok\":true}".getBytes(StandardCharsets.UTF_8),
                "destination", "/topic/chat.1", "odd", "a:b\nc");

        List<StompFrame> frames = decoder.decode(new String(encoded, StandardCharsets.UTF_8));

        assertThat(frames.get(0).headers()).containsEntry("odd", "a:b\nc").containsEntry("content-length", "11");
        assertThat(frames.get(0).bodyText()).isEqualTo("{\"ok\":true}");
    }
}
