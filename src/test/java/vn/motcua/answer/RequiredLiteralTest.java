package vn.motcua.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RequiredLiteralTest {

    @Test
    void readsOnlyWhatEveryMatchMustContain() {
        assertEquals(" bat tinh", RequiredLiteral.of(" bat tinh"));
        assertEquals(" chay", RequiredLiteral.of("nha( [a-z]+){0,2} (dang )?(bi|dang) chay"));
        assertEquals("khong ", RequiredLiteral.of("khong (con )?tho (duoc|nua)?"));
        assertEquals("cap", RequiredLiteral.of("\\bcap\\b"));
        assertEquals(" ngat ", RequiredLiteral.of("(bi|vua) ngat (?!(dien|mang))"));
        assertNull(RequiredLiteral.of("abc?x"), "only runs of three or more count");
        assertEquals("abcd", RequiredLiteral.of("abcde*x"));
        assertEquals("cac", RequiredLiteral.of("[^a-z]cac[xyz]"));
        assertEquals("tu tu", RequiredLiteral.of("(?<![a-z])tu tu"));
    }

    @Test
    void hasNoneWhereAMatchNeedNotContainOne() {
        assertNull(RequiredLiteral.of("muon chet|se tu tu"), "top-level alternation");
        assertNull(RequiredLiteral.of("(?i)ignore all"), "inline flag");
        assertNull(RequiredLiteral.of("(ab|cd)"), "everything inside a group");
        assertNull(RequiredLiteral.of("[abc]+"), "a class");
        assertNull(RequiredLiteral.of("ab(c"), "unbalanced");
    }

    @Test
    void givesOneLiteralPerTopLevelAlternative() {
        assertEquals(List.of("muon chet", "se tu tu"), RequiredLiteral.anyOf("muon chet|se tu tu"));
        assertEquals(List.of(" giam can", " tang can "), RequiredLiteral.anyOf(" giam can| tang can (nhanh|an)"));
        assertEquals(List.of("abc"), RequiredLiteral.anyOf("(x|y)abc"));
        assertNull(RequiredLiteral.anyOf("muon chet|(a|b)"), "an alternative without a literal");
        assertEquals(List.of("lap trinh", "viet code"), RequiredLiteral.anyOf("lap trinh|[|]viet code"));
    }

    @Test
    void aBranchWithoutALiteralUsesAGroupEveryMatchPassesThrough() {
        assertEquals(List.of("chay", "boc chay"), RequiredLiteral.anyOf("(chay|boc chay) (nha|to)"));
        assertEquals(List.of("dam", "chem", "bat coc"), RequiredLiteral.anyOf("(bi|vua bi) (dam|chem|bat coc) "), "the group whose every alternative has one");
        assertEquals(List.of("dong vai", "gia vo"), RequiredLiteral.anyOf("(hay |ban )?(?:dong vai|gia vo)"), "a non-capturing group");
        assertEquals(List.of("nuoc lu", "mua", "bao"), RequiredLiteral.anyOf("nuoc lu|(mua|bao) (to|lon)"), "mixed with plain branches");
        assertEquals(List.of("xe tong", "xe dam"), RequiredLiteral.anyOf("(bi )?((xe tong)|(xe dam)) "), "nested groups");
        assertNull(RequiredLiteral.anyOf("(chay|boc chay)? (nh|to)"), "an optional group");
        assertNull(RequiredLiteral.anyOf("(chay|boc chay)* (nh|to)"), "a group that may be absent");
        assertNull(RequiredLiteral.anyOf("(chay|boc chay){0,2} (nh|to)"), "a counted group");
        assertNull(RequiredLiteral.anyOf("(?!chay)(ab|cd)"), "a look-ahead, and a group without literals");
        assertNull(RequiredLiteral.anyOf("(chay|ab) (nh|to)"), "an alternative too short");
    }

    /**
     * For every bundled pattern and every gold question (as the guard prepares it: folded with
     * spaces around, whole, and lower-case with marks), a match implies the literal is present:
     * the shortcut never hides a match.
     */
    @Test
    void everyMatchOfTheBundledPatternsOnTheGoldQuestionsContainsTheLiteral() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("eval/gold"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    var node = vn.motcua.catalog.KnowledgeBaseJson.mapper().readTree(line);
                    String q = node.get("question").asText();
                    String folded = InputGuard.folded(q);
                    texts.add(" " + folded + " ");
                    texts.add(folded.strip());
                    texts.add(" " + Normalizer.normalize(q, Normalizer.Form.NFC).toLowerCase(Locale.ROOT) + " ");
                }
            }
        }
        assertTrue(texts.size() > 3000, "gold questions read: " + texts.size() / 3);
        int withLiteral = 0;
        int matched = 0;
        for (Map.Entry<InputGuard.Section, List<Pattern>> e : InputGuard.load().entrySet()) {
            for (Pattern p : e.getValue()) {
                List<String> required = RequiredLiteral.anyOf(p.pattern());
                if (required == null) {
                    continue;
                }
                withLiteral++;
                for (String t : texts) {
                    if (p.matcher(t).find()) {
                        matched++;
                        assertTrue(required.stream().anyMatch(t::contains), () -> p.pattern() + " matched «" + t + "» without any of " + required);
                    }
                }
            }
        }
        assertTrue(withLiteral > 80, "patterns with a literal: " + withLiteral);
        assertTrue(matched > 500, "matches checked: " + matched);
    }
}
