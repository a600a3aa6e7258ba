package vn.motcua.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.catalog.KnowledgeBaseJson;

/** The speller over the fixture catalogue's index on disk. */
class SpellerTest {

    @TempDir
    static Path dir;
    private static LiveIndex index;

    @BeforeAll
    static void openIndex() {
        index = TestIndex.open(dir);
    }

    @AfterAll
    static void closeIndex() {
        index.close();
    }

    private static String mend(String q) {
        return index.withProcedures(s -> Speller.mend(s.getIndexReader(), q));
    }

    @Test
    void aSyllableOneLetterWrongIsMendedByItsNeighbourInTheNames() {
        assertEquals("làm giấy khai sinh cho con", mend("làm giấy khai xinh cho con"));
        assertEquals("khai sinh cho be", mend("khai sin cho be"));
        // Marks are kept where the edit leaves them: a doubled letter dropped.
        assertEquals("đăng ký kết hôn cần gì", mend("đăng ký kết hônn cần gì"));
        // Typed without marks, only a word the names write without marks can be the mended one
        // ("hon" is never "hôn" here): an unmarked syllable fits too many marked words.
        assertEquals("dang ky ket hom can gi", mend("dang ky ket hom can gi"));
    }

    @Test
    void phoneSpellingsOfAnInitialAreWrittenOut() {
        assertEquals("xin giấy phép xây dựng", mend("xin giấy fép xây dựng"));
        assertEquals("xin giấy phép xây dựng", mend("xin jấy phép xây dựng"));
        assertEquals("xin giay phep xay dung", mend("xin giay fep xay dung"));
        // English words starting with those letters stay: no name pairs their spelled-out form.
        assertEquals("gửi file giấy phép qua facebook", mend("gửi file giấy phép qua facebook"));
    }

    @Test
    void wordsTheNamesDoNotPairAreLeftAsTyped() {
        // Known words, words the catalogue never uses, names, codes and English stay.
        for (String q : new String[] {"bà nội nói ngọng, nửa người tê", "anh Nguyễn Văn Tũn hỏi", "biển số 30A12345",
                "how to get a Vietnamese ID card"}) {
            assertEquals(q, mend(q), q);
        }
        // A neighbour on one side is enough.
        assertEquals("khai sinh", mend("khai xinh"));
        // A filler neighbour tells nothing: "xinh" between "cho" and "với" stays.
        assertEquals("cho xinh với", mend("cho xinh với"));
    }

    @Test
    void theSearcherFindsTheProcedureDespiteTheTypo() {
        ProcedureSearcher searcher = new ProcedureSearcher(index, SearchSettings.PRODUCTION, Synonyms.none(), KnowledgeBaseJson.mapper());
        assertEquals("1.001193", searcher.search("làm giấy khai xinh cho con", 3, SearchFilters.NONE).hits().get(0).code());
        assertTrue(searcher.terms("làm giấy khai xinh cho con").subject().contains("sinh"));
    }
}
