package vn.motcua.search;

import java.nio.file.Path;
import vn.motcua.catalog.KnowledgeBaseJson;
import vn.motcua.catalog.ProcedureStore;
import vn.motcua.catalog.Progress;
import vn.motcua.catalog.RegulationStore;

/** A real on-disk index built from the sixteen real records under fixtures/kb. */
final class TestIndex {

    private TestIndex() {}

    static Path knowledgeBase() {
        try {
            return Path.of(TestIndex.class.getResource("/fixtures/kb").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Synonyms synonyms() {
        return Synonyms.load(Path.of("knowledge-base/synonyms.txt"));
    }

    static IndexMaintainer maintainer(Path indexDir) {
        var json = KnowledgeBaseJson.mapper();
        return new IndexMaintainer(new IndexBuilder(indexDir, json), knowledgeBase(),
                new ProcedureStore(knowledgeBase(), json), new RegulationStore(knowledgeBase(), json));
    }

    static LiveIndex open(Path indexDir) {
        return new LiveIndex(maintainer(indexDir).ensureCurrent(false, Progress.NONE).generation());
    }
}
