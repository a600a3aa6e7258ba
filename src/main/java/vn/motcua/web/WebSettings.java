package vn.motcua.web;

import java.util.List;

/**
 * Settings of the web server: where it listens, which origins may embed the widget (CORS), the
 * largest request body, and the per-client rate limit (requests per minute, with a burst).
 */
public record WebSettings(String host, int port, List<String> allowedOrigins, int maxBodyBytes, int requestsPerMinute, int burst) {

    public static final WebSettings DEFAULTS = new WebSettings("0.0.0.0", 7070, List.of(), 64 * 1024, 120, 30);

    public WebSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
        }
        allowedOrigins = List.copyOf(allowedOrigins);
        for (String o : allowedOrigins) {
            if (!o.equals("*") && !o.matches("https?://[^/\\s]+")) {
                throw new IllegalArgumentException("an allowed origin is scheme://host[:port] without a path, or *: " + o);
            }
        }
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("max body size must be at least 1024 bytes: " + maxBodyBytes);
        }
        if (requestsPerMinute < 1 || burst < 1) {
            throw new IllegalArgumentException("rate limit and burst must be positive: " + requestsPerMinute + "/" + burst);
        }
    }

    /** The same settings on another port. */
    public WebSettings withPort(int newPort) {
        return new WebSettings(host, newPort, allowedOrigins, maxBodyBytes, requestsPerMinute, burst);
    }
}
