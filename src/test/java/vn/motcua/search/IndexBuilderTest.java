package vn.motcua.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.catalog.KnowledgeBaseJson;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureStore;
import vn.motcua.catalog.Progress;

class IndexBuilderTest {

    @TempDir
    Path dir;

    @Test
    void secondRunWithSameContentDoesNotRebuild() {
        IndexMaintainer m = TestIndex.maintainer(dir);

        IndexMaintainer.Outcome first = m.ensureCurrent(false, Progress.NONE);
        IndexMaintainer.Outcome second = m.ensureCurrent(false, Progress.NONE);

        assertTrue(first.built());
        assertFalse(second.built());
        assertEquals(first.generation(), second.generation());
        assertEquals(16, first.procedures());
    }

    @Test
    void contentHashFollowsTheKnowledgeBase(@TempDir Path kb) throws Exception {
        Path procedures = Files.createDirectories(kb.resolve("procedures"));
        Files.writeString(procedures.resolve("1.000001.json"), "{}");
        String before = IndexBuilder.contentHash(kb);

        Files.writeString(procedures.resolve("1.000001.json"), "{ }");

        assertNotEquals(before, IndexBuilder.contentHash(kb));
    }

    @Test
    void contentHashFollowsTheInternalCollection(@TempDir Path kb) throws Exception {
        Path internal = Files.createDirectories(kb.resolve("internal"));
        Files.writeString(internal.resolve("a.md"), "---\ntitle: A\n---\nx");
        String before = IndexBuilder.contentHash(kb);

        Files.writeString(internal.resolve("a.md"), "---\ntitle: A\n---\ny");

        assertNotEquals(before, IndexBuilder.contentHash(kb));
    }

    @Test
    void nothingHalfBuiltIsLeftBehind() throws Exception {
        TestIndex.maintainer(dir).ensureCurrent(false, Progress.NONE);

        try (var s = Files.list(dir)) {
            List<String> names = s.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(2, names.size(), names.toString());
            assertEquals("CURRENT", names.get(0));
            assertTrue(names.get(1).startsWith("gen-"));
        }
    }

    @Test
    void searchesKeepWorkingWhileTheIndexIsSwapped() throws Exception {
        var json = KnowledgeBaseJson.mapper();
        Path first = TestIndex.maintainer(dir).ensureCurrent(false, Progress.NONE).generation();
        List<Procedure> all = new ProcedureStore(TestIndex.knowledgeBase(), json).readAll();
        IndexBuilder builder = new IndexBuilder(dir, json);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        AtomicBoolean stop = new AtomicBoolean();
        try (LiveIndex live = new LiveIndex(first)) {
            ProcedureSearcher searcher = new ProcedureSearcher(live, SearchSettings.PRODUCTION, TestIndex.synonyms(), json);
            Future<Integer> reader = pool.submit(() -> {
                int n = 0;
                while (!stop.get() || n < 20) {
                    if (searcher.search("đăng ký tạm trú", 3, SearchFilters.NONE).hits().isEmpty()) {
                        throw new AssertionError("a search found nothing during a swap");
                    }
                    n++;
                }
                return n;
            });

            for (int i = 0; i < 3; i++) {
                List<Procedure> subset = i % 2 == 0 ? all.subList(0, 8) : all;
                Path gen = builder.build("test" + i, subset.contains(all.get(1)) ? subset : all, List.of(), Progress.NONE);
                live.swapTo(gen);
            }
            stop.set(true);

            assertTrue(reader.get(30, TimeUnit.SECONDS) >= 20);
        } finally {
            pool.shutdownNow();
        }
    }
}
