package vn.motcua.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QueryFactoryTest {

    private final QueryFactory queries = new QueryFactory(SearchSettings.PRODUCTION,
            Synonyms.parse(List.of("gks, giấy khai sinh, khai sinh"), "synonyms.txt"));

    @Test
    void typedPairsAreTheQuestionsAdjacentSyllablesFoldedAndNotThoseOfSynonyms() {
        QueryWords words = queries.plan(queries.clean("Làm KHAI SINH cho con")).words();

        assertTrue(words.typedPairs().contains("khai sinh"), words.typedPairs().toString());
        assertTrue(words.typedPairs().contains("sinh cho"), words.typedPairs().toString());
        assertFalse(words.typedPairs().contains("giay khai"), "a pair only a synonym rule added: " + words.typedPairs());
        assertTrue(words.folded().contains("giay"), "the rule did expand: " + words.folded());
        assertTrue(words.typedPairs().stream().allMatch(p -> p.split(" ").length == 2), words.typedPairs().toString());
    }

    @Test
    void followUpFillerCònIsNotASubjectWordButConIs() {
        // "còn" (and what about) folds to "con" (child): as a query word it pulled "còn nếu là người nước
        // ngoài thì sao" towards adoption ("nuôi con nuôi có yếu tố nước ngoài").
        QueryWords filler = queries.plan(queries.clean("còn nếu là người nước ngoài thì sao")).words();
        QueryWords child = queries.plan(queries.clean("làm giấy tờ cho con")).words();

        assertFalse(filler.folded().contains("con"), filler.folded().toString());
        assertTrue(child.folded().contains("con"), child.folded().toString());
    }
}
