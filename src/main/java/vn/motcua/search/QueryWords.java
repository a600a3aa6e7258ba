package vn.motcua.search;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import vn.motcua.catalog.TextCleaner;

/**
 * The words of a question as re-ranking reads them. {@code folded}: every folded term, the
 * question's and those its synonym rules added; {@code typed}: the folded terms of the question
 * itself; {@code exact}: every term with its marks as typed or as written in a rule, so that a
 * word typed with marks ("lái", to drive) is not read as another ("lại", again); {@code typedPairs}:
 * the question's own adjacent syllables, folded ("khai sinh"). {@code marksByFolded},
 * {@code typedPairsByFirst}, {@code forOrganisation} (the question's own words speak for an
 * organisation or a business, see {@link Reranker#asksForOrganisation}; a synonym rule's words do
 * not), {@code online} (it asks about submitting online: the query factory sets it, see
 * {@link #askedOnline}) and {@code atMission} (it is asked at a
 * Vietnamese embassy or consulate: the query factory finds its place words and sets it, see
 * {@link #askedAtMission}) and {@code armedForces} (it
 * speaks of the army or the police, see {@link Reranker#asksArmedForces}) are derived once per question;
 * {@code level} is the level the question names, null for none ({@link Reranker#askedLevel});
 * {@code demoted}: phrases of record names the question's situation rules out ({@link #ruleOut}).
 */
record QueryWords(Set<String> folded, Set<String> typed, Set<String> exact, Set<String> typedPairs,
        Map<String, Set<String>> marksByFolded, Map<String, Set<String>> typedPairsByFirst, boolean forOrganisation, boolean atMission,
        boolean armedForces, boolean online, Reranker.Level level, Set<String> demoted) {

    QueryWords(Set<String> folded, Set<String> typed, Set<String> exact) {
        this(folded, typed, exact, Set.of());
    }

    /** {@code typedPairs}: folded pairs of adjacent syllables the question itself holds ("khai sinh"). */
    QueryWords(Set<String> folded, Set<String> typed, Set<String> exact, Set<String> typedPairs) {
        this(folded, typed, exact, typedPairs, marksByFolded(exact), byFirst(typedPairs), Reranker.asksForOrganisation(typed, exact, typedPairs),
                false, Reranker.asksArmedForces(folded, typedPairs), false, null, Set.of());
    }

    QueryWords {
        folded = Set.copyOf(folded);
        typed = Set.copyOf(typed);
        exact = Set.copyOf(exact);
        typedPairs = Set.copyOf(typedPairs);
        marksByFolded = Map.copyOf(marksByFolded);
        typedPairsByFirst = Map.copyOf(typedPairsByFirst);
        demoted = Set.copyOf(demoted);
    }

    /** The same words, asked at a mission abroad (whose place words the query left out). */
    QueryWords askedAtMission() {
        return new QueryWords(folded, typed, exact, typedPairs, marksByFolded, typedPairsByFirst, forOrganisation, true, armedForces, online, level, demoted);
    }

    /** The same words, asked about submitting online (whose facet words the query searches apart). */
    QueryWords askedOnline() {
        return new QueryWords(folded, typed, exact, typedPairs, marksByFolded, typedPairsByFirst, forOrganisation, atMission, armedForces, true, level, demoted);
    }

    /** The same words, from a question that names the level where it will go ({@link Reranker#askedLevel}). */
    QueryWords askedAt(Reranker.Level where) {
        return new QueryWords(folded, typed, exact, typedPairs, marksByFolded, typedPairsByFirst, forOrganisation, atMission, armedForces, online, where, demoted);
    }

    /**
     * The same words, from a question whose situation rules out records named with these phrases
     * (folded, words joined by single spaces; see {@link Synonyms.Expansion#demotes}).
     */
    QueryWords ruleOut(Set<String> phrases) {
        return new QueryWords(folded, typed, exact, typedPairs, marksByFolded, typedPairsByFirst, forOrganisation, atMission, armedForces, online, level, phrases);
    }

    /** Whether the question holds the two syllables side by side, in this order. */
    boolean typedPair(String first, String second) {
        Set<String> seconds = typedPairsByFirst.get(first);
        return seconds != null && seconds.contains(second);
    }

    private static Map<String, Set<String>> byFirst(Set<String> pairs) {
        Map<String, Set<String>> out = new HashMap<>();
        for (String p : pairs) {
            int space = p.indexOf(' ');
            if (space > 0) {
                out.computeIfAbsent(p.substring(0, space), k -> new HashSet<>()).add(p.substring(space + 1));
            }
        }
        out.replaceAll((k, v) -> Set.copyOf(v));
        return out;
    }

    /** For each folded form among the exact terms, the marks it was typed with ("" for none). */
    private static Map<String, Set<String>> marksByFolded(Set<String> exact) {
        Map<String, Set<String>> out = new HashMap<>();
        for (String t : exact) {
            out.computeIfAbsent(TextCleaner.fold(t), k -> new HashSet<>()).add(marks(t));
        }
        out.replaceAll((k, v) -> Set.copyOf(v));
        return out;
    }

    /** The marks of a word in order, wherever a vowel carries them: "xoá" and "xóa" give the same. */
    static String marks(String word) {
        StringBuilder out = new StringBuilder();
        for (char c : Normalizer.normalize(word, Normalizer.Form.NFD).toCharArray()) {
            if (c == 'đ' || c == 'Đ' || Character.getType(c) == Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Words typed without marks and without synonyms: every form is the folded one. */
    static QueryWords unmarked(Set<String> folded) {
        return new QueryWords(folded, folded, folded);
    }
}
