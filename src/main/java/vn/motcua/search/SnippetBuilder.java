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

    /**
     * A text a snippet may come from, with its source name and its folded form, which is null when
     * folding changes its length (text not in NFC: it then goes through the analyzer).
     */
    private record Part(String source, String text, String folded) {}

    /** The texts, blank ones left out, each folded once. */
    private static List<Part> prepare(List<String[]> sourcesAndTexts) {
        List<Part> out = new ArrayList<>();
        for (String[] st : sourcesAndTexts) {
            String text = st[1];
            if (text == null || text.isBlank()) {
                continue;
            }
            String folded = vn.motcua.catalog.TextCleaner.fold(text);
            out.add(new Part(st[0], text, folded.length() == text.length() ? folded : null));
        }
        return List.copyOf(out);
    }

    /** The best snippet over the candidate texts, labelled with their source name. */
    Snippet best(List<String[]> sourcesAndTexts, Set<String> queryTerms) {
        return bestOf(prepare(sourcesAndTexts), queryTerms);
    }

    /** The best snippet over texts already {@link #prepare prepared}. */
    private Snippet bestOf(List<Part> parts, Set<String> queryTerms) {
        Map<String, Integer> index = new HashMap<>();
        for (String t : queryTerms) {
            index.putIfAbsent(t, index.size());
        }
        Terms table = new Terms(index);
        Snippet best = Snippet.NONE;
        int bestScore = 0;
        for (Part part : parts) {
            String text = part.text();
            List<int[]> matches = part.folded() == null ? analysedMatches(text, index) : matches(part.folded(), table);
            if (matches.isEmpty()) {
                continue;
            }
            int[] window = window(text, matches);
            int score = window[2];
            if (score > bestScore) {
                bestScore = score;
                best = cut(part.source(), text, window[0], window[1], matches);
            }
        }
        return best;
    }

    /**
     * Offsets [start, end, termIndex] of words whose folded form is a query term. Knowledge-base
     * text is NFC, where folding maps each char to one char, so offsets in the folded text are
     * offsets in the original; other text goes through the analyzer.
     */
    private static List<int[]> matches(String folded, Terms table) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int n = folded.length();
        while (i < n) {
            while (i < n && !isWordChar(folded.charAt(i))) {
                i++;
            }
            int start = i;
            int hash = 0;
            while (i < n && isWordChar(folded.charAt(i))) {
                hash = 31 * hash + folded.charAt(i);
                i++;
            }
            if (i > start) {
                int idx = table.find(folded, start, i - start, hash);
                if (idx >= 0) {
                    out.add(new int[] {start, i, idx});
                }
            }
        }
        return out;
    }

    private static boolean isWordChar(char c) {
        return c < 128 ? c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' : Character.isLetterOrDigit(c);
    }

    /**
     * The query terms in an open-addressing table keyed by {@link String#hashCode}, so that a word
     * of the text is looked up where it stands, without copying it out first: a snippet scans up to
     * ten records of several kilobytes per search.
     */
    private static final class Terms {
        private final String[] keys;
        private final int[] indexes;
        private final int mask;
        private final int minLength;
        private final int maxLength;

        Terms(Map<String, Integer> terms) {
            int size = Integer.highestOneBit(Math.max(4, terms.size() * 4 - 1)) << 1;
            keys = new String[size];
            indexes = new int[size];
            mask = size - 1;
            int min = Integer.MAX_VALUE;
            int max = 0;
            for (Map.Entry<String, Integer> e : terms.entrySet()) {
                int slot = e.getKey().hashCode() & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = e.getKey();
                indexes[slot] = e.getValue();
                min = Math.min(min, e.getKey().length());
                max = Math.max(max, e.getKey().length());
            }
            minLength = min;
            maxLength = max;
        }

        /** The index of the term equal to {@code text[start, start + length)} (whose hash is given), or -1. */
        int find(String text, int start, int length, int hash) {
            if (length < minLength || length > maxLength) {
                return -1;
            }
            for (int slot = hash & mask; keys[slot] != null; slot = (slot + 1) & mask) {
                String k = keys[slot];
                if (k.length() == length && k.hashCode() == hash && text.regionMatches(start, k, 0, length)) {
                    return indexes[slot];
                }
            }
            return -1;
        }
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
