package io.parlor.domain.membership;

import java.util.Set;

/** The most common passwords of public breach corpora, lower-cased; none of them may be chosen. */
final class CommonPasswords {

    private static final Set<String> LIST = Set.of(
            "123456", "123456789", "12345678", "password", "qwerty", "123123", "1234567890",
            "12345", "1234567", "111111", "1q2w3e4r", "qwerty123", "000000", "1q2w3e4r5t",
            "iloveyou", "abc123", "password1", "123321", "654321", "qwertyuiop", "123qwe",
            "1qaz2wsx", "666666", "987654321", "11111111", "password123", "00000000",
            "12341234", "qwer1234", "1q2w3e", "123abc", "88888888", "112233", "asdfghjkl",
            "1234qwer", "aa12345678", "abcd1234", "zxcvbnm", "qwe123", "qazwsx", "1111111111",
            "dragon", "sunshine", "princess", "letmein", "monkey", "football", "baseball",
            "welcome", "welcome1", "admin", "admin123", "administrator", "passw0rd", "p@ssw0rd",
            "p@ssword", "master", "superman", "batman", "trustno1", "shadow", "michael",
            "jennifer", "jordan23", "starwars", "whatever", "freedom", "charlie", "donald",
            "liverpool", "chelsea", "arsenal", "computer", "internet", "changeme", "secret",
            "default", "letmein1", "welcome123", "qwerty1", "qwerty12", "q1w2e3r4", "q1w2e3r4t5",
            "asdf1234", "asdfasdf", "zaq12wsx", "1qazxsw2", "11223344", "12344321", "147258369",
            "159753", "987654321a", "a123456789", "password12", "passwort", "motdepasse",
            "azerty", "azerty123", "iloveyou1", "sunshine1", "princess1", "football1",
            "baseball1", "mustang", "access", "loveme", "hello123", "test1234", "testtest",
            "parlor123", "parlorparlor");

    private CommonPasswords() {
    }

    static boolean contains(String lowerCased) {
        return LIST.contains(lowerCased);
    }
}
