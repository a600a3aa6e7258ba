package vn.motcua.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.catalog.KnowledgeBaseJson;

class RegulationSearcherTest {

    @TempDir
    Path dir;

    @Test
    void findsArticleByInstrumentTopicWithoutMarks() {
        try (LiveIndex index = TestIndex.open(dir)) {
            RegulationSearcher searcher = new RegulationSearcher(index, SearchSettings.PRODUCTION, TestIndex.synonyms(), KnowledgeBaseJson.mapper());

            List<RegulationHit> hits = searcher.search("co so du lieu ho tich dien tu, dang ky ho tich truc tuyen", 3);

            assertEquals("87/2020/NĐ-CP", hits.get(0).article().instrument());
            assertEquals("1", hits.get(0).article().article());
            assertTrue(hits.get(0).snippet().highlights().size() > 0);
        }
    }

    @Test
    void emptyQuestionFindsNothing() {
        try (LiveIndex index = TestIndex.open(dir)) {
            RegulationSearcher searcher = new RegulationSearcher(index, SearchSettings.PRODUCTION, TestIndex.synonyms(), KnowledgeBaseJson.mapper());

            assertTrue(searcher.search("  ", 3).isEmpty());
        }
    }
}
