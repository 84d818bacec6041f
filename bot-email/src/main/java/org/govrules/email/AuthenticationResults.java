package org.govrules.email;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code Authentication-Results} header (RFC 8601) that the receiving mail server wrote. Only the topmost header
 * is read, and only if it carries the server's own authserv-id: anyone can write such a header into a message they
 * send, and a server prepends its own above everything the sender wrote.
 *
 * @param authservId the server that wrote it
 * @param results    each method's result with its properties, e.g. {@code dkim=pass header.d=example.org}
 */
record AuthenticationResults(String authservId, List<Result> results) {

    /** One method's result: {@code method=result ptype.property=value ...}. */
    record Result(String method, String result, Map<String, String> properties) {}

    /**
     * The results the receiving server wrote, or empty if the topmost header is missing or was written by another
     * server.
     *
     * @param headers    the message's {@code Authentication-Results} headers, topmost first
     * @param authservId the receiving server's authserv-id, as configured
     */
    static Optional<AuthenticationResults> trusted(List<String> headers, String authservId) {
        if (headers.isEmpty() || authservId.isBlank()) {
            return Optional.empty();
        }
        var parsed = parse(headers.get(0));
        return parsed.authservId().equalsIgnoreCase(authservId.strip()) ? Optional.of(parsed) : Optional.empty();
    }

    static AuthenticationResults parse(String header) {
        // Comments ("(sender IP is ...)") carry nothing the decision reads.
        String value = header.replaceAll("\\([^()]*\\)", " ");
        String[] parts = value.split(";");
        String id = parts[0].strip().split("\\s+")[0];
        var results = new ArrayList<Result>();
        for (int i = 1; i < parts.length; i++) {
            String[] tokens = parts[i].strip().split("\\s+");
            if (tokens.length == 0 || !tokens[0].contains("=")) {
                continue;
            }
            String method = tokens[0].substring(0, tokens[0].indexOf('=')).toLowerCase(Locale.ROOT).replaceAll("/.*", "");
            String result = tokens[0].substring(tokens[0].indexOf('=') + 1).toLowerCase(Locale.ROOT);
            var properties = new HashMap<String, String>();
            for (int t = 1; t < tokens.length; t++) {
                int eq = tokens[t].indexOf('=');
                if (eq > 0) {
                    properties.put(tokens[t].substring(0, eq).toLowerCase(Locale.ROOT),
                            tokens[t].substring(eq + 1).replaceAll("^\"|\"$", "").toLowerCase(Locale.ROOT));
                }
            }
            results.add(new Result(method, result, Map.copyOf(properties)));
        }
        return new AuthenticationResults(id, List.copyOf(results));
    }

    /** True if DKIM, SPF or DMARC passed for exactly this domain (a subdomain or look-alike does not count). */
    boolean passesFor(String domain) {
        String d = domain.toLowerCase(Locale.ROOT);
        for (Result r : results) {
            if (!r.result().equals("pass")) {
                continue;
            }
            var p = r.properties();
            boolean ok = switch (r.method()) {
                case "dkim" -> d.equals(p.get("header.d")) || String.valueOf(p.get("header.i")).endsWith("@" + d);
                case "spf" -> d.equals(p.get("smtp.mailfrom")) || String.valueOf(p.get("smtp.mailfrom")).endsWith("@" + d);
                case "dmarc" -> d.equals(p.get("header.from"));
                default -> false;
            };
            if (ok) {
                return true;
            }
        }
        return false;
    }
}
