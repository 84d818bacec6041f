package org.govrules.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.drools.compiler.kie.builder.impl.KieContainerImpl;
import org.drools.compiler.kproject.models.KieBaseModelImpl;
import org.drools.model.Model;
import org.drools.modelcompiler.CanonicalKieModule;
import org.govrules.KnowledgeBaseException;
import org.kie.api.KieServices;

/**
 * The rules compiled at build time (Drools' executable model), grouped by knowledge folder: the first package
 * segment under {@code org.govrules.kb}. Reading the models does not build a rule base; each body's is built from
 * its own folder's models and the common ones when first needed.
 */
public final class RuleModels {

    static final String ROOT_PACKAGE = "org.govrules.kb";
    private static final String KBASE = "govrules";

    private RuleModels() {}

    /** The models on the classpath that {@code loader} sees, by folder. */
    public static Map<String, List<Model>> compiled(ClassLoader loader) {
        Collection<Model> models;
        try {
            var container = (KieContainerImpl) KieServices.get().newKieClasspathContainer(loader);
            var kbase = (KieBaseModelImpl) container.getKieBaseModel(KBASE);
            if (kbase == null) {
                throw new KnowledgeBaseException("No knowledge base on the classpath (add the rules-kb jar)", null);
            }
            var module = container.getKieProject().getKieModuleForKBase(KBASE);
            if (!(module instanceof CanonicalKieModule canonical)) {
                throw new KnowledgeBaseException("The rules were not compiled to Drools' executable model at build time",
                        null);
            }
            models = canonical.getModelForKBase(kbase);
        } catch (RuntimeException e) {
            if (e instanceof KnowledgeBaseException k) {
                throw k;
            }
            throw new KnowledgeBaseException("The rules could not be loaded: " + e.getMessage(), e);
        }
        return byFolder(models);
    }

    /** Groups models by the folder their package lies in. */
    public static Map<String, List<Model>> byFolder(Collection<Model> models) {
        var byFolder = new LinkedHashMap<String, List<Model>>();
        for (Model model : models) {
            String pkg = model.getClass().getPackageName();
            if (!pkg.startsWith(ROOT_PACKAGE + ".")) {
                throw new KnowledgeBaseException("Rules in package " + pkg + " lie outside " + ROOT_PACKAGE, null);
            }
            String folder = pkg.substring(ROOT_PACKAGE.length() + 1).split("\\.")[0];
            byFolder.computeIfAbsent(folder, f -> new ArrayList<>()).add(model);
        }
        return byFolder;
    }
}
