package vn.motcua.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.TextCleaner;

/**
 * What a synonym rule adds must occur somewhere in the knowledge base (names, documents, steps…),
 * folded; otherwise the rule can only add noise. For a one-way rule that is every phrase on its
 * right; for an equivalence ("cccd, căn cước công dân") at least one of its phrases.
 */
class SynonymsCorpusTest {

    @Test
    void everyAddedPhraseOccursInTheKnowledgeBase() throws Exception {
        StringBuilder corpus = new StringBuilder();
        try (Stream<Path> files = Files.list(Path.of("knowledge-base/procedures"))) {
            for (Path f : files.toList()) {
                corpus.append(TextCleaner.fold(Files.readString(f)).replaceAll("[^a-z0-9]+", " ")).append('\n');
            }
        }
        String text = " " + corpus + " ";
        List<String> missing = new ArrayList<>();
        for (List<String> group : TestIndex.synonyms().addedPhraseGroups()) {
            if (group.stream().noneMatch(phrase -> text.contains(" " + TextCleaner.fold(phrase).replaceAll("[^a-z0-9]+", " ").strip() + " "))) {
                missing.add(String.join(", ", group));
            }
        }

        assertTrue(missing.isEmpty(), "synonym phrases not found in the knowledge base: " + missing);
    }
}
