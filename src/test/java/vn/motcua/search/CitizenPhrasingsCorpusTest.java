package vn.motcua.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.KnowledgeBaseJson;

/** The phrasings shipped in knowledge-base/phrasings/ name real records and carry no personal data. */
class CitizenPhrasingsCorpusTest {

    private static final Path KB = Path.of("knowledge-base");
    /** A run of nine digits or more: an ID or phone number has no place in a phrasing. */
    private static final Pattern LONG_NUMBER = Pattern.compile("\\d{9,}");

    @Test
    void everyPhrasingNamesARecordOfTheKnowledgeBaseAndHoldsNoNumberOfAPerson() {
        Map<String, List<String>> phrasings = CitizenPhrasings.load(KB, KnowledgeBaseJson.mapper());
        assertTrue(phrasings.size() > 1000, "the shipped phrasings were not read: " + phrasings.size());

        List<String> problems = new ArrayList<>();
        phrasings.forEach((code, asked) -> {
            if (!Files.isRegularFile(KB.resolve("procedures").resolve(code + ".json"))) {
                problems.add(code + ": no such record");
            }
            if (asked.isEmpty()) {
                problems.add(code + ": no phrasing");
            }
            asked.stream().filter(a -> a.isBlank() || LONG_NUMBER.matcher(a).find() || a.contains("@"))
                    .forEach(a -> problems.add(code + ": " + a));
        });
        assertTrue(problems.isEmpty(), problems.toString());
    }
}
