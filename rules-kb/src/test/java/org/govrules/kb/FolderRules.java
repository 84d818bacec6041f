package org.govrules.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.drools.compiler.kproject.models.KieBaseModelImpl;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.CanonicalKieModule;
import org.govrules.internal.RuleModels;
import org.kie.api.KieServices;
import org.kie.api.builder.Message;

/**
 * Compiles the DRL of knowledge folders kept in test resources (fixture bodies) at run time, as the build compiles
 * the real ones, and adds them to the compiled rules: a body that is only a folder can then be loaded and asked.
 */
final class FolderRules {

    private FolderRules() {}

    /** The compiled rules of the knowledge base plus those of the test folders under org/govrules/kb. */
    static Map<String, List<Model>> withTestFolders(String... folders) {
        var all = new LinkedHashMap<>(RuleModels.compiled(FolderRules.class.getClassLoader()));
        all.putAll(compile(folders));
        return all;
    }

    static Map<String, List<Model>> compile(String... folders) {
        var ks = KieServices.get();
        var files = ks.newKieFileSystem();
        for (String folder : folders) {
            Path dir = Path.of("src/test/resources/org/govrules/kb", folder);
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path drl : walk.filter(p -> p.toString().endsWith(".drl")).toList()) {
                    files.write("src/main/resources/org/govrules/kb/" + folder + "/" + dir.relativize(drl),
                            Files.readString(drl));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        var builder = ks.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        var errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("The test folders' rules do not compile: " + errors);
        }
        var module = (CanonicalKieModule) builder.getKieModule();
        var kbase = (KieBaseModelImpl) module.getKieModuleModel().getKieBaseModels().values().iterator().next();
        return RuleModels.byFolder(module.getModelForKBase(kbase));
    }
}
