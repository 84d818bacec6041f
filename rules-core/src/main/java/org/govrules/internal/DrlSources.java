package org.govrules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.govrules.KnowledgeBaseException;

/**
 * The DRL files of a knowledge folder, read from the classpath (a directory in development, a jar when installed):
 * for reviewers, who read the rules beside the instrument, and for the check that every name a rule uses is declared.
 */
final class DrlSources {

    private DrlSources() {}

    /** Path (under the classpath root) to text, for every {@code .drl} under {@code folder}, sorted by path. */
    static TreeMap<String, String> of(ClassLoader loader, String folder) {
        var files = new TreeMap<String, String>();
        try {
            for (URL url : Collections.list(loader.getResources(folder))) {
                if (url.getProtocol().equals("jar")) {
                    var connection = (JarURLConnection) url.openConnection();
                    connection.setUseCaches(false);
                    try (var jar = connection.getJarFile()) {
                        for (var entry : Collections.list(jar.entries())) {
                            if (entry.getName().startsWith(folder) && entry.getName().endsWith(".drl")) {
                                try (InputStream in = jar.getInputStream(entry)) {
                                    files.putIfAbsent(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                                }
                            }
                        }
                    }
                } else if (url.getProtocol().equals("file")) {
                    Path dir = Path.of(url.toURI());
                    Path root = dir;
                    for (String ignored : folder.split("/")) {
                        root = root.getParent();
                    }
                    List<Path> drl = new ArrayList<>();
                    try (Stream<Path> walk = Files.walk(dir)) {
                        walk.filter(p -> p.toString().endsWith(".drl")).forEach(drl::add);
                    }
                    for (Path p : drl) {
                        String name = root.relativize(p).toString().replace('\\', '/');
                        files.putIfAbsent(name, Files.readString(p));
                    }
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new KnowledgeBaseException("Cannot read the rules under " + folder + ": " + e.getMessage(), e);
        }
        return files;
    }
}
