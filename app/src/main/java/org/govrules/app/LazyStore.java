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
            store = Store.open(url.isBlank() ? Store.defaultUrl() : url);
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
