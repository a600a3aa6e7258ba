package vn.motcua.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.List;
import java.util.Locale;
import vn.motcua.catalog.TextCleaner;

/**
 * Query-time synonyms and abbreviations from an editable file (knowledge-base/synonyms.txt), in
 * the Solr format: "a, b, c" makes every phrase stand for the others; "a, b => c" rewrites a and b
 * to c only. A phrase typed without marks matches a rule written with marks ("so do" matches
 * "sổ đỏ"); a single word typed with marks must match them exactly, since folding merges distinct words.
 * In a longer phrase one word typed with other marks is read as a typo, but only beside a word typed
 * with the rule's own marks.
 * A phrase of three words or more also matches with one extra word typed inside it ("không muốn nhận
 * phần thừa kế" fires "không muốn nhận thừa kế").
 */
public final class Synonyms {

    /** One rule: the phrases that trigger it and the phrases added when it fires. */
    record Rule(List<List<String>> from, List<List<String>> to) {}

    /** A phrase to add to the question, and the syllables of the question it stands for. */
    public record Expansion(String phrase, String matched) {}

    /** A phrase that fires a rule (indexed by the folded form of its first word), with its words folded once. */
    private record Trigger(int rule, List<String> phrase, List<String> folded) {
        Trigger(int rule, List<String> phrase) {
            this(rule, phrase, phrase.stream().map(TextCleaner::fold).toList());
        }
    }

    /** Phrases of this many words or more also fire with one extra word typed inside them. */
    static final int GAPPED_FROM = 3;

    private final List<Rule> rules;
    private final Map<String, List<Trigger>> byFirstWord;

    private Synonyms(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        Map<String, List<Trigger>> index = new HashMap<>();
        for (int i = 0; i < this.rules.size(); i++) {
            for (List<String> from : this.rules.get(i).from()) {
                index.computeIfAbsent(TextCleaner.fold(from.get(0)), k -> new ArrayList<>()).add(new Trigger(i, from));
            }
        }
        this.byFirstWord = Map.copyOf(index);
    }

    public static Synonyms none() {
        return new Synonyms(List.of());
    }

    /** Reads a synonyms file; a bad line fails with its line number. */
    public static Synonyms load(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read synonyms file " + file, e);
        }
    }

    static Synonyms parse(List<String> lines, String name) {
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = TextCleaner.clean(lines.get(i));
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash).strip();
            }
            if (line.isEmpty()) {
                continue;
            }
            String[] sides = line.split("=>", -1);
            if (sides.length > 2) {
                throw new IllegalArgumentException(name + ":" + (i + 1) + ": more than one '=>'");
            }
            List<List<String>> left = phrases(sides[0], name, i + 1);
            List<List<String>> right = sides.length == 2 ? phrases(sides[1], name, i + 1) : left;
            if (left.isEmpty() || right.isEmpty() || (sides.length == 1 && left.size() < 2)) {
                throw new IllegalArgumentException(name + ":" + (i + 1) + ": a rule needs two phrases: " + lines.get(i));
            }
            rules.add(new Rule(left, right));
        }
        return new Synonyms(rules);
    }

    private static List<List<String>> phrases(String side, String name, int line) {
        List<List<String>> out = new ArrayList<>();
        for (String p : side.split(",")) {
            List<String> words = words(p);
            if (!words.isEmpty()) {
                out.add(words);
            }
        }
        return out;
    }

    /** Lower-cased syllables of a phrase, NFC, punctuation removed. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : TextCleaner.oneLine(text).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    public int size() {
        return rules.size();
    }

    /**
     * Phone shorthand for words that rules spell out ("ko muốn nhận thừa kế" is "không muốn nhận
     * thừa kế"): shorthand as typed, lower-cased, to its words. Only unambiguous forms: "k" (also
     * a thousand), "e" (em or the letter) and "hong" ("sổ hồng" typed without marks) are left alone.
     */
    private static final Map<String, List<String>> SHORTHAND = Map.of(
            "ko", List.of("không"), "khg", List.of("không"), "hok", List.of("không"),
            "dc", List.of("được"), "đc", List.of("được"), "j", List.of("gì"), "vs", List.of("với"),
            "ntn", List.of("như", "thế", "nào"), "mún", List.of("muốn"));

    /** Every phrase the rules add for this question, each once, in rule order; shorthand is read as typed and spelled out. */
    public List<Expansion> expand(String question) {
        List<String> typed = words(question);
        List<String> spelled = spelledOut(typed);
        List<Expansion> out = expand(typed);
        if (!spelled.equals(typed)) {
            for (Expansion e : expand(spelled)) {
                if (!out.contains(e)) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    /** The words with phone shorthand written out ({@link #SHORTHAND}). */
    static List<String> spelledOut(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            List<String> full = w.length() <= 3 ? SHORTHAND.get(w) : null;
            if (full == null) {
                out.add(w);
            } else {
                out.addAll(full);
            }
        }
        return out;
    }

    private List<Expansion> expand(List<String> words) {
        Words q = new Words(words);
        // Only rules whose first word occurs in the question can fire; they are found by lookup.
        TreeMap<Integer, Map<List<String>, String>> fired = new TreeMap<>();
        for (int i = 0; i < q.raw.size(); i++) {
            for (Trigger t : byFirstWord.getOrDefault(q.folded[i], List.of())) {
                int end = q.matchEnd(i, t.phrase(), t.folded());
                if (end > 0) {
                    fired.computeIfAbsent(t.rule(), k -> new HashMap<>())
                            .putIfAbsent(t.phrase(), String.join(" ", q.raw.subList(i, end)));
                }
            }
        }
        List<Expansion> out = new ArrayList<>();
        fired.forEach((ruleIndex, fromPhrases) -> {
            Rule r = rules.get(ruleIndex);
            for (List<String> from : r.from()) {
                String matched = fromPhrases.get(from);
                if (matched == null) {
                    continue;
                }
                for (List<String> to : r.to()) {
                    if (to.equals(from)) {
                        continue;
                    }
                    Expansion e = new Expansion(String.join(" ", to), matched);
                    if (!out.contains(e)) {
                        out.add(e);
                    }
                }
            }
        });
        return out;
    }

    /**
     * What each rule can add, for checking against the corpus: one group per one-way phrase, and
     * one group of all phrases for an equivalence (any of them is enough).
     */
    public List<List<String>> addedPhraseGroups() {
        List<List<String>> out = new ArrayList<>();
        for (Rule r : rules) {
            List<String> to = r.to().stream().map(p -> String.join(" ", p)).toList();
            if (r.from() == r.to()) {
                out.add(to);
            } else {
                to.forEach(p -> out.add(List.of(p)));
            }
        }
        return out;
    }

    /** Every phrase of every rule, the ones that fire it and the ones it adds, each once: wording citizens use for procedures. */
    public List<String> phrases() {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (Rule r : rules) {
            r.from().forEach(p -> out.add(String.join(" ", p)));
            r.to().forEach(p -> out.add(String.join(" ", p)));
        }
        return List.copyOf(out);
    }

    /** Position of the phrase in the words, or -1. */
    static int find(List<String> q, List<String> phrase) {
        return new Words(q).find(phrase);
    }

    /** Question words with their folded forms computed once. */
    private static final class Words {
        private final List<String> raw;
        private final String[] folded;
        private final boolean[] marked;

        Words(List<String> raw) {
            this.raw = raw;
            this.folded = new String[raw.size()];
            this.marked = new boolean[raw.size()];
            for (int i = 0; i < raw.size(); i++) {
                folded[i] = TextCleaner.fold(raw.get(i));
                marked[i] = !folded[i].equals(raw.get(i));
            }
        }

        int find(List<String> phrase) {
            for (int i = 0; i + phrase.size() <= raw.size(); i++) {
                if (matchesAt(i, phrase, null)) {
                    return i;
                }
            }
            return -1;
        }

        /**
         * Where a phrase of {@link #GAPPED_FROM} words or more that starts at word i ends, allowing one
         * extra typed word inside it ("không muốn nhận phần thừa kế"); -1 when it does not stand there.
         */
        int matchEnd(int i, List<String> phrase, List<String> foldedPhrase) {
            if (matchesAt(i, phrase, foldedPhrase, -1)) {
                return i + phrase.size();
            }
            if (phrase.size() >= GAPPED_FROM) {
                for (int gap = 1; gap < phrase.size(); gap++) {
                    if (matchesAt(i, phrase, foldedPhrase, gap)) {
                        return i + phrase.size() + 1;
                    }
                }
            }
            return -1;
        }

        /** Whether the phrase stands at word i; {@code foldedPhrase} is its words folded, or null to fold them here. */
        boolean matchesAt(int i, List<String> phrase, List<String> foldedPhrase) {
            return matchesAt(i, phrase, foldedPhrase, -1);
        }

        /** As above, with one typed word skipped before the phrase's word {@code gap} (-1: none). */
        private boolean matchesAt(int i, List<String> phrase, List<String> foldedPhrase, int gap) {
            int size = phrase.size();
            if (i + size + (gap < 0 ? 0 : 1) > raw.size()) {
                return false;
            }
            int loose = 0;
            int confirmed = 0;
            for (int j = 0; j < size; j++) {
                String rule = phrase.get(j);
                int at = i + j + (gap >= 0 && j >= gap ? 1 : 0);
                String typed = raw.get(at);
                if (typed.equals(rule)) {
                    if (marked[at]) {
                        confirmed++;
                    }
                    continue;
                }
                if (typed.length() != rule.length() || !folded[at].equals(foldedPhrase != null ? foldedPhrase.get(j) : TextCleaner.fold(rule))) {
                    return false;
                }
                // Typed without marks matches; with other marks only once in a longer phrase
                // ("chứng tữ" for "chứng tử"), or "sơ đồ" (a diagram) would be read as "sổ đỏ".
                if (marked[at] && (size == 1 || ++loose > 1)) {
                    return false;
                }
            }
            // A word with other marks is a typo only beside a word typed with the rule's own marks:
            // "cho bố" (for a father) is not "chở bò" (carrying cattle), "chứng tữ" is "chứng tử".
            return loose == 0 || confirmed > 0;
        }
    }
}
