package vn.motcua.answer;

import java.nio.file.Path;
import vn.motcua.catalog.KnowledgeBaseJson;
import vn.motcua.catalog.ProcedureStore;
import vn.motcua.catalog.Progress;
import vn.motcua.catalog.RegulationStore;
import vn.motcua.search.CitizenPhrasings;
import vn.motcua.search.IndexBuilder;
import vn.motcua.search.IndexMaintainer;
import vn.motcua.search.LiveIndex;
import vn.motcua.search.ProcedureSearcher;
import vn.motcua.search.RegulationSearcher;
import vn.motcua.search.SearchSettings;
import vn.motcua.search.Synonyms;

/** A real on-disk index of the sixteen fixture records, and searchers over it, for answer tests. */
public final class AnswerFixtures {

    private AnswerFixtures() {}

    public static Path knowledgeBase() {
        try {
            return Path.of(AnswerFixtures.class.getResource("/fixtures/kb").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static LiveIndex index(Path dir) {
        return index(knowledgeBase(), dir);
    }

    /** An index of another knowledge base (a copy of the fixtures a test extended). */
    public static LiveIndex index(Path kb, Path dir) {
        var json = KnowledgeBaseJson.mapper();
        IndexMaintainer m = new IndexMaintainer(new IndexBuilder(dir, json), kb, new ProcedureStore(kb, json), new RegulationStore(kb, json));
        return new LiveIndex(m.ensureCurrent(false, Progress.NONE).generation());
    }

    public static ProcedureSearcher procedures(LiveIndex index) {
        // As in production: the scope classifier learns in-scope wording from the rules and the phrasings.
        return new ProcedureSearcher(index, SearchSettings.PRODUCTION, Synonyms.load(Path.of("knowledge-base/synonyms.txt")), KnowledgeBaseJson.mapper(),
                CitizenPhrasings.load(Path.of("knowledge-base"), KnowledgeBaseJson.mapper()));
    }

    /** The grounded pipeline over the index, with default settings. */
    public static AnswerService grounded(LiveIndex index) {
        return AnswerService.grounded(procedures(index), regulations(index), AnswerSettings.DEFAULTS);
    }

    public static RegulationSearcher regulations(LiveIndex index) {
        return new RegulationSearcher(index, SearchSettings.PRODUCTION, Synonyms.load(Path.of("knowledge-base/synonyms.txt")), KnowledgeBaseJson.mapper());
    }

    /** Copies a folder tree (a fixture knowledge base into a temporary one a test may change). */
    public static void copyTree(Path from, Path to) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (java.nio.file.Files.isDirectory(f)) {
                    java.nio.file.Files.createDirectories(target);
                } else {
                    java.nio.file.Files.copy(f, target);
                }
            }
        }
    }
}
