package archfixtures.broken.bootstrap;

public record RedisSettings(String uri) {
}
