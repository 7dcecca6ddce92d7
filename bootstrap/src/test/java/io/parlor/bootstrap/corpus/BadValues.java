package io.parlor.bootstrap.corpus;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** The values and whole bodies the corpus spoils requests with. */
final class BadValues {

    private BadValues() {
    }

    /** A value for one field: of a wrong type, empty, huge, of control characters, an unknown name, someone else's id. */
    static Arbitrary<Object> values(List<Object> idsOfOthers) {
        return Arbitraries.oneOf(List.of(
                Arbitraries.of("", " ", "\t\n", "null", "true", "[]", "{}"),
                Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(30).map(s -> s),
                Arbitraries.strings().all().ofMaxLength(40).map(s -> s),
                Arbitraries.of(10_000, 300_000, 2_000_000).map(n -> "x".repeat(n)),
                Arbitraries.longs().map(n -> n),
                Arbitraries.doubles().map(n -> n),
                Arbitraries.of(new Json.Raw("1e400"), new Json.Raw("-0"), new Json.Raw("123456789012345678901234567890")),
                Arbitraries.of(true, false).map(b -> b),
                Arbitraries.just(null),
                Arbitraries.of(Map.of(), List.of(), List.of(1, "a"), Map.of("nested", Map.of("deeper", List.of()))),
                Arbitraries.of("SOMEDAY", "monday", "HELD", "GROUP_DIRECT", "ADMIN", "Mars/Olympus_Mons"),
                Arbitraries.of(idsOfOthers).map(id -> id),
                Arbitraries.of("not-an-id", "00000000-0000-0000-0000-000000000000", UUID.randomUUID().toString())
                        .map(id -> id),
                Arbitraries.of("2026-02-30T10:00:00Z", "yesterday", "+999999999-12-31T23:59:59Z", "10:00", "25:61")
                        .map(time -> time),
                Arbitraries.integers().between(50, 3_000).map(depth -> new Json.Raw("[".repeat(depth) + "]".repeat(depth)))));
    }

    /** A whole body that is not the JSON object an endpoint reads. */
    static Arbitrary<byte[]> bodies() {
        return Arbitraries.oneOf(List.of(
                Arbitraries.of("", "null", "[]", "123", "\"text\"", "{", "{\"a\":", "{\"a\":1,}", "{'a':1}", "[1,2")
                        .map(BadValues::utf8),
                Arbitraries.of(new byte[] {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xc3, (byte) 0x28, '"', '}'},
                        new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xfd}, new byte[] {'{', '"', (byte) 0xed, (byte) 0xa0,
                                (byte) 0x80, '"', ':', '1', '}'}),
                Arbitraries.integers().between(1_000, 200_000).map(depth -> utf8("[".repeat(depth))),
                Arbitraries.integers().between(100, 20_000).map(depth -> utf8("{\"a\":".repeat(depth) + "1"
                        + "}".repeat(depth))),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(300)));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
