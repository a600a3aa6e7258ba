package vn.motcua.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.catalog.InternalDocument;
import vn.motcua.catalog.InternalDocument.Visibility;
import vn.motcua.catalog.KnowledgeBaseJson;
import vn.motcua.catalog.Progress;

/** The visibility filter sits in the searcher: the public audience never gets an internal document, whatever it asks. */
class GuidanceSearcherTest {

    private static final InternalDocument INTERNAL = new InternalDocument("internal/tre-han.md", "Xử lý hồ sơ trễ hạn", "Bộ phận Một cửa",
            Visibility.INTERNAL, "2026-01-01", "Nghị định 61/2018/NĐ-CP", "Lập Phiếu xin lỗi và hẹn lại ngày trả kết quả khi hồ sơ trễ hạn.");
    private static final InternalDocument PUBLIC = new InternalDocument("internal/gio-lam-viec.md", "Giờ làm việc của Bộ phận Một cửa", null,
            Visibility.PUBLIC, null, null, "Bộ phận Một cửa làm việc buổi sáng thứ bảy; hồ sơ trễ hạn được hẹn lại.");

    @TempDir
    Path dir;
    private LiveIndex index;
    private GuidanceSearcher searcher;

    @BeforeEach
    void open() {
        IndexBuilder builder = new IndexBuilder(dir, KnowledgeBaseJson.mapper());
        Path gen = builder.build("t", List.of(), 0, List.of(), List.of(INTERNAL, PUBLIC), Progress.NONE);
        index = new LiveIndex(gen);
        searcher = new GuidanceSearcher(index, SearchSettings.PRODUCTION, TestIndex.synonyms(), KnowledgeBaseJson.mapper());
    }

    @AfterEach
    void close() {
        index.close();
    }

    private List<String> paths(String question, Audience audience) {
        return searcher.search(question, 10, audience).stream().map(h -> h.document().path()).toList();
    }

    @Test
    void theExactTitleOfAnInternalDocumentGivesThePublicOnlyPublicDocuments() {
        assertEquals(List.of(PUBLIC.path()), paths("Xử lý hồ sơ trễ hạn", Audience.PUBLIC));
        assertEquals(List.of(), paths("Lập Phiếu xin lỗi", Audience.PUBLIC));
    }

    @Test
    void aPublicDocumentOfTheCollectionIsFoundByEveryone() {
        assertEquals(List.of(PUBLIC.path()), paths("hồ sơ trễ hạn", Audience.PUBLIC));
    }

    @Test
    void anOfficerFindsTheInternalDocumentFirst() {
        List<String> found = paths("Phiếu xin lỗi và hẹn lại ngày trả kết quả", Audience.officer("lan"));

        assertEquals(INTERNAL.path(), found.get(0));
        assertTrue(found.contains(PUBLIC.path()) || found.size() == 1);
    }

    @Test
    void thePassageIsQuotedWithoutItsMarkdownMarkers() {
        InternalDocument listed = new InternalDocument("internal/x.md", "X", null, Visibility.INTERNAL, null, null,
                "## Việc cần làm\n- Lập Phiếu xin lỗi ngay trong ngày.\n> Ghi chú.");
        IndexBuilder builder = new IndexBuilder(dir.resolve("other"), KnowledgeBaseJson.mapper());
        try (LiveIndex other = new LiveIndex(builder.build("u", List.of(), 0, List.of(), List.of(listed), Progress.NONE))) {
            GuidanceSearcher s = new GuidanceSearcher(other, SearchSettings.PRODUCTION, TestIndex.synonyms(), KnowledgeBaseJson.mapper());

            String text = s.search("phiếu xin lỗi", 1, Audience.officer("lan")).get(0).snippet().text();

            assertTrue(text.startsWith("Lập Phiếu xin lỗi"), text);
        }
    }

    @Test
    void oddInputGivesAnEmptyListNotAnError() {
        assertEquals(List.of(), paths("", Audience.officer("lan")));
        assertEquals(List.of(), paths(null, Audience.officer("lan")));
    }
}
