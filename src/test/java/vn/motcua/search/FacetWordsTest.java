package vn.motcua.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FacetWordsTest {

    private final FacetWords facets = new FacetWords();

    @Test
    void costAndDurationPhrasesWithMatAreFacetsNotTheSubject() {
        // "mất" is "lost" in "bị mất", but "costs" or "takes" in "mất phí", "mất mấy ngày": left in the
        // subject it sent "thế có mất phí ko" to a procedure for a lost card.
        for (String q : new String[] {"thế có mất phí ko", "the co mat phi ko", "làm cái này mất mấy ngày", "mất bao nhiêu"}) {
            String[] split = facets.split(q);
            assertFalse((" " + split[0] + " ").contains(" mất ") || (" " + split[0] + " ").contains(" mat "), q + " → " + String.join(" / ", split));
            assertTrue(split[1].contains("mất") || split[1].contains("mat"), q + " → " + String.join(" / ", split));
        }
    }

    @Test
    void lostStaysTheSubject() {
        String[] split = facets.split("bị mất sổ đỏ thì làm lại mất phí không");

        assertTrue(split[0].contains("bị mất sổ đỏ"), split[0]);
        assertEquals(1, split[1].split("mất", -1).length - 1, split[1]);
    }

    @Test
    void theLandRegistryOfficeIsWhereToGoNotTheProcedure() {
        // Its name holds "đăng ký đất đai", the name of the first-registration records.
        String[] split = facets.split("mất sổ đỏ thì nộp ở văn phòng đăng ký đất đai không");

        assertEquals("mất sổ đỏ thì không", split[0]);
        assertTrue(split[1].contains("văn phòng đăng ký đất đai"), split[1]);
    }
}
