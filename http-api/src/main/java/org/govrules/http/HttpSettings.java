package org.govrules.http;

import java.util.Map;
import java.util.Optional;

/**
 * Where the HTTP API listens and who may record through it.
 *
 * @param host  the address to listen on; {@code 127.0.0.1} unless {@code GOVRULES_HTTP_HOST} says otherwise (put a
 *              TLS proxy in front before opening it wider)
 * @param port  the port; 0 for any free one
 * @param token the bearer token that recording requires ({@code GOVRULES_HTTP_TOKEN}); empty: recording is off
 */
public record HttpSettings(String host, int port, Optional<String> token) {

    /** The port unless {@code --port} gives another. */
    public static final int DEFAULT_PORT = 8080;

    public HttpSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("Port " + port + " is not a TCP port (0-65535)");
        }
        token = token.filter(t -> !t.isBlank());
    }

    /** From {@code GOVRULES_HTTP_HOST} and {@code GOVRULES_HTTP_TOKEN}, on the given port. */
    public static HttpSettings from(Map<String, String> env, int port) {
        return new HttpSettings(env.getOrDefault("GOVRULES_HTTP_HOST", "127.0.0.1"), port,
                Optional.ofNullable(env.get("GOVRULES_HTTP_TOKEN")));
    }
}
