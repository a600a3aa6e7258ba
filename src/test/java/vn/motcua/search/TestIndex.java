package vn.motcua.search;

import java.nio.file.Path;
import vn.motcua.catalog.KnowledgeBaseJson;
import vn.motcua.catalog.ProcedureStore;
import vn.motcua.catalog.Progress;
import vn.motcua.catalog.RegulationStore;

/** A real on-disk index built from the sixteen real records under fixtures/kb. */
final class TestIndex {

    /** Questions of several kinds (marks, none, abbreviations, a follow-up, a bare name) for tests that compare scorers. */
    static final java.util.List<String> QUESTIONS = java.util.List.of(
            "lam lai cccd bi mat can giay to gi", "đăng ký khai sinh cho con ở đâu", "xin giấy phép xây dựng nhà ở riêng lẻ",
            "đk hộ kinh doanh cần gì", "cấp đổi giấy phép lái xe", "dang ky ket hon voi nguoi nuoc ngoai", "lệ phí sổ đỏ bao nhiêu",
            "thế lệ phí bao nhiêu", "khai tu");

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
