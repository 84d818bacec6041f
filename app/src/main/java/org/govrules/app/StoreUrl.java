package org.govrules.app;

import java.util.Map;
import org.govrules.assistant.Store;

/** The store's JDBC URL as an operator may see it in a log: without a password or query parameters. */
final class StoreUrl {

    private StoreUrl() {}

    static String shown(Map<String, String> env) {
        String url = env.getOrDefault("GOVRULES_DB_URL", "");
        if (url.isBlank()) {
            return Store.defaultUrl().replaceFirst(";.*$", "") + " (the default)";
        }
        return url.replaceFirst("\\?.*$", "").replaceFirst("//[^/@]*@", "//").replaceFirst(";.*$", "");
    }
}
