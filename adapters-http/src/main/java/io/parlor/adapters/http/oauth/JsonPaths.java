package io.parlor.adapters.http.oauth;

import io.micronaut.json.tree.JsonNode;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/** Reads single values out of a JSON object by dotted paths such as {@code kakao_account.email}. */
final class JsonPaths {

    private JsonPaths() {
    }

    /** The node at {@code path}; empty for a blank path or anything missing or null on the way. */
    static Optional<JsonNode> at(JsonNode root, String path) {
        if (path.isBlank()) {
            return Optional.empty();
        }
        JsonNode node = root;
        for (String step : path.split("\\.")) {
            if (node == null || !node.isObject()) {
                return Optional.empty();
            }
            node = node.get(step);
        }
        return Optional.ofNullable(node).filter(found -> !found.isNull());
    }

    /** A string, or an integral number as its decimal digits (Kakao's ids are numbers). */
    static Optional<String> text(JsonNode root, String path) {
        return at(root, path).flatMap(node -> {
            if (node.isString()) {
                return Optional.of(node.getStringValue());
            }
            if (node.isNumber()) {
                BigDecimal number = node.getBigDecimalValue();
                return number.stripTrailingZeros().scale() <= 0
                        ? Optional.of(number.toBigIntegerExact().toString())
                        : Optional.empty();
            }
            return Optional.empty();
        });
    }

    /** Whether the value is {@code true} or the string {@code "true"}; anything else is false. */
    static boolean isTrue(JsonNode root, String path) {
        return at(root, path).map(node -> node.isBoolean() ? node.getBooleanValue()
                : node.isString() && node.getStringValue().strip().toLowerCase(Locale.ROOT).equals("true"))
                .orElse(false);
    }
}
