package org.govrules.app;

import java.util.Map;
import java.util.function.Supplier;
import org.govrules.assistant.Store;

/**
 * Opens the store on first use, at {@code GOVRULES_DB_URL} or the embedded default, so that commands that
 * do not need it never touch a database.
 */
final class LazyStore implements Supplier<Store>, AutoCloseable {

    private final Map<String, String> env;
    private Store store;

    LazyStore(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public synchronized Store get() {
        if (store == null) {
            String url = env.getOrDefault("GOVRULES_DB_URL", "");
            try {
                store = Store.open(url.isBlank() ? Store.defaultUrl() : url);
            } catch (RuntimeException e) {
                // The driver's and the pool's messages name neither the store nor what to do; the cause says why.
                Throwable cause = e;
                while (cause.getCause() != null && cause.getCause() != cause) {
                    cause = cause.getCause();
                }
                throw new org.govrules.assistant.StoreException("Cannot open the store " + StoreUrl.shown(env) + ": "
                        + String.valueOf(cause.getMessage()).replaceAll("\\s+", " ").replaceFirst(" \\[\\d+-\\d+\\]$", "")
                        + ". Check that its directory is writable or its server reachable, or set GOVRULES_DB_URL.", e);
            }
        }
        return store;
    }

    @Override
    public synchronized void close() {
        if (store != null) {
            store.close();
        }
    }
}
