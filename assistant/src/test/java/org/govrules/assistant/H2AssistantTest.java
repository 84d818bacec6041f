package org.govrules.assistant;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The assistant on the embedded default: an H2 file. */
class H2AssistantTest extends AssistantContract {

    @TempDir
    Path dir;

    private int databases;

    @Override
    String freshDatabase() {
        return "jdbc:h2:file:" + dir.resolve("db" + databases++) + ";AUTO_SERVER=TRUE";
    }
}
