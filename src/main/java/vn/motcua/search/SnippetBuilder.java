package vn.motcua.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Picks the passage of a record that best matches the question: the window of about
 * {@value #WINDOW} characters with the most distinct matched syllables, aligned on word
 * boundaries, with every match marked. Matching is on folded forms, so an unmarked question
 * highlights marked text.
 */
final class SnippetBuilder {

    static final int WINDOW = 180;
    private final Analyzer folded = new VietnameseAnalyzer(VietnameseAnalyzer.Form.FOLDED, CharArraySet.EMPTY_SET);

    /** The best snippet over the candidate texts, labelled with their source name. */
    Snippet best(List<String[]> sourcesAndTexts, Set<String> queryTerms) {
        Map<String, Integer> index = new HashMap<>();
        for (String t : queryTerms) {
            index.putIfAbsent(t, index.size());
        }
        Snippet best = Snippet.NONE;
        int bestScore = 0;
        for (String[] st : sourcesAndTexts) {
            String text = st[1];
            if (text == null || text.isBlank()) {
                continue;
            }
            List<int[]> matches = matches(text, index);
            if (matches.isEmpty()) {
                continue;
            }
            int[] window = window(text, matches);
            int score = window[2];
            if (score > bestScore) {
                bestScore = score;
                best = cut(st[0], text, window[0], window[1], matches);
            }
        }
        return best;
    }

    /**
     * Offsets [start, end, termIndex] of words whose folded form is a query term. Knowledge-base
     * text is NFC, where folding maps each char to one char, so offsets in the folded text are
     * offsets in the original; other text goes through the analyzer.
     */
    private List<int[]> matches(String text, Map<String, Integer> terms) {
        String folded = vn.motcua.catalog.TextCleaner.fold(text);
        if (folded.length() != text.length()) {
            return analysedMatches(text, terms);
        }
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int n = folded.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(folded.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(folded.charAt(i))) {
                i++;
            }
            if (i > start) {
                Integer idx = terms.get(folded.substring(start, i));
                if (idx != null) {
                    out.add(new int[] {start, i, idx});
                }
            }
        }
        return out;
    }

    private List<int[]> analysedMatches(String text, Map<String, Integer> terms) {
        List<int[]> out = new ArrayList<>();
        try (TokenStream ts = folded.tokenStream("x", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                Integer idx = terms.get(term.toString());
                if (idx != null) {
                    out.add(new int[] {offset.startOffset(), offset.endOffset(), idx});
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of an in-memory string failed", e);
        }
        return out;
    }

    /** The window start, end and number of distinct terms it covers. */
    private static int[] window(String text, List<int[]> matches) {
        int bestStart = 0;
        int bestDistinct = 0;
        for (int i = 0; i < matches.size(); i++) {
            int start = matches.get(i)[0];
            java.util.Set<Integer> distinct = new java.util.HashSet<>();
            for (int j = i; j < matches.size() && matches.get(j)[1] - start <= WINDOW; j++) {
                distinct.add(matches.get(j)[2]);
            }
            if (distinct.size() > bestDistinct) {
                bestDistinct = distinct.size();
                bestStart = start;
            }
        }
        int from = Math.max(0, bestStart - 40);
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        int to = Math.min(text.length(), from + WINDOW);
        while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
            to++;
        }
        return new int[] {from, to, bestDistinct};
    }

    private static Snippet cut(String source, String text, int from, int to, List<int[]> matches) {
        String prefix = from > 0 ? "…" : "";
        String suffix = to < text.length() ? "…" : "";
        List<Snippet.Span> spans = new ArrayList<>();
        for (int[] m : matches) {
            if (m[0] >= from && m[1] <= to) {
                spans.add(new Snippet.Span(m[0] - from + prefix.length(), m[1] - from + prefix.length()));
            }
        }
        return new Snippet(source, prefix + text.substring(from, to).replace('\n', ' ') + suffix, spans);
    }
}
