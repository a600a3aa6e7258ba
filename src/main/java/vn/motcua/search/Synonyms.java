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
 * <p>A situation fires on words that stand apart in the question: "khai sinh + ghi sai | sửa lại"
 * fires when "khai sinh" and one of "ghi sai", "sửa lại" stand anywhere in it, and a part written
 * "!a | b" keeps the rule from firing when "a" or "b" does. Its right side may also name, after a
 * "-", a phrase of the names of records that the situation rules out ("-khai sinh kết hợp" when the
 * birth is already registered): re-ranking counts such records less ({@link Expansion#demotes}).
 */
public final class Synonyms {

    /**
     * One rule: the phrases and situations that trigger it, the phrases added when it fires and the
     * phrases of record names it rules out.
     */
    record Rule(List<List<String>> from, List<Situation> situations, List<List<String>> to, List<List<String>> demoted) {}

    /**
     * Words that fire a rule wherever they stand in the question: one phrase of each {@code required}
     * part (alternatives), and none of {@code excluded}.
     */
    record Situation(List<List<Words.Phrase>> required, List<Words.Phrase> excluded) {}

    /**
     * A phrase to add to the question, and the syllables of the question it stands for; when
     * {@code demotes}, the phrase is not added but names records the question rules out.
     */
    public record Expansion(String phrase, String matched, boolean demotes) {
        public Expansion(String phrase, String matched) {
            this(phrase, matched, false);
        }
    }

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
    /** The rules fired by a situation, by index: they are few, and each is tried on every question. */
    private final List<Integer> situational;

    private Synonyms(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        Map<String, List<Trigger>> index = new HashMap<>();
        List<Integer> withSituations = new ArrayList<>();
        for (int i = 0; i < this.rules.size(); i++) {
            for (List<String> from : this.rules.get(i).from()) {
                index.computeIfAbsent(TextCleaner.fold(from.get(0)), k -> new ArrayList<>()).add(new Trigger(i, from));
            }
            if (!this.rules.get(i).situations().isEmpty()) {
                withSituations.add(i);
            }
        }
        this.byFirstWord = Map.copyOf(index);
        this.situational = List.copyOf(withSituations);
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
            String where = name + ":" + (i + 1) + ": ";
            List<Situation> situations = new ArrayList<>();
            List<List<String>> left = new ArrayList<>();
            for (String item : sides[0].split(",")) {
                if (item.contains("+")) {
                    situations.add(situation(item, where));
                } else if (item.contains("|") || item.strip().startsWith("!")) {
                    throw new IllegalArgumentException(where + "'|' and '!' belong in a situation (a + b): " + item.strip());
                } else {
                    List<String> phrase = words(item);
                    if (!phrase.isEmpty()) {
                        left.add(phrase);
                    }
                }
            }
            List<List<String>> right = sides.length == 2 ? phrases(sides[1], false) : left;
            List<List<String>> demoted = sides.length == 2 ? phrases(sides[1], true) : List.of();
            if (sides.length == 1 && !situations.isEmpty()) {
                throw new IllegalArgumentException(where + "a situation needs '=>' and what it adds: " + lines.get(i));
            }
            if (left.isEmpty() && situations.isEmpty() || right.isEmpty() && demoted.isEmpty() || (sides.length == 1 && left.size() < 2)) {
                throw new IllegalArgumentException(where + "a rule needs two phrases: " + lines.get(i));
            }
            rules.add(new Rule(left, List.copyOf(situations), right, demoted));
        }
        return new Synonyms(rules);
    }

    /** The phrases of a rule's side, the ones written after a "-" ({@code demoted}) or the others. */
    private static List<List<String>> phrases(String side, boolean demoted) {
        List<List<String>> out = new ArrayList<>();
        for (String p : side.split(",")) {
            List<String> words = words(p);
            if (!words.isEmpty() && p.strip().startsWith("-") == demoted) {
                out.add(words);
            }
        }
        return out;
    }

    /** "a + b | c + !d": the parts of a situation, each a list of alternatives; "!" marks the excluded. */
    private static Situation situation(String item, String where) {
        List<List<Words.Phrase>> required = new ArrayList<>();
        List<Words.Phrase> excluded = new ArrayList<>();
        for (String part : item.split("\\+")) {
            boolean not = part.strip().startsWith("!");
            List<Words.Phrase> alternatives = new ArrayList<>();
            for (String alternative : part.strip().replaceFirst("^!", "").split("\\|")) {
                List<String> phrase = words(alternative);
                if (!phrase.isEmpty()) {
                    alternatives.add(new Words.Phrase(phrase));
                }
            }
            if (alternatives.isEmpty()) {
                throw new IllegalArgumentException(where + "an empty part in the situation: " + item.strip());
            }
            if (not) {
                excluded.addAll(alternatives);
            } else {
                required.add(List.copyOf(alternatives));
            }
        }
        if (required.size() < 2) {
            throw new IllegalArgumentException(where + "a situation needs two parts that must stand in the question: " + item.strip());
        }
        return new Situation(List.copyOf(required), List.copyOf(excluded));
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
        List<Expansion> out = new ArrayList<>();
        // Situations first: they say more than a phrase, and the query takes only so many expansions.
        for (int ruleIndex : situational) {
            Rule r = rules.get(ruleIndex);
            for (Situation s : r.situations()) {
                String matched = q.matched(s);
                if (matched == null) {
                    continue;
                }
                fire(out, r, null, matched);
                break;
            }
        }
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
        fired.forEach((ruleIndex, fromPhrases) -> {
            Rule r = rules.get(ruleIndex);
            for (List<String> from : r.from()) {
                String matched = fromPhrases.get(from);
                if (matched != null) {
                    fire(out, r, from, matched);
                }
            }
        });
        return out;
    }

    /**
     * What a fired rule adds for the typed words {@code matched}: its phrases except the one that
     * fired it ({@code from}, null for a situation), and the phrases it rules out.
     */
    private static void fire(List<Expansion> out, Rule r, List<String> from, String matched) {
        for (List<String> to : r.to()) {
            if (!to.equals(from)) {
                addOnce(out, new Expansion(String.join(" ", to), matched));
            }
        }
        for (List<String> d : r.demoted()) {
            addOnce(out, new Expansion(String.join(" ", d), matched, true));
        }
    }

    private static void addOnce(List<Expansion> out, Expansion e) {
        if (!out.contains(e)) {
            out.add(e);
        }
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
            r.demoted().forEach(p -> out.add(List.of(String.join(" ", p))));
        }
        return out;
    }

    /** Every phrase of every rule, the ones that fire it and the ones it adds, each once: wording citizens use for procedures. */
    public List<String> phrases() {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (Rule r : rules) {
            r.from().forEach(p -> out.add(String.join(" ", p)));
            r.situations().forEach(s -> s.required().forEach(part -> part.forEach(p -> out.add(String.join(" ", p.words())))));
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

        /** A phrase of a situation, with its words folded once when the rules are read. */
        record Phrase(List<String> words, List<String> folded) {
            Phrase(List<String> words) {
                this(List.copyOf(words), words.stream().map(TextCleaner::fold).toList());
            }
        }

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

        /**
         * What the question typed for the situation, its parts' matches joined by spaces; null when a
         * required part does not stand in it or an excluded one does.
         */
        String matched(Situation s) {
            for (Phrase not : s.excluded()) {
                if (anywhere(not) != null) {
                    return null;
                }
            }
            List<String> parts = new ArrayList<>();
            for (List<Phrase> part : s.required()) {
                String found = null;
                for (int a = 0; a < part.size() && found == null; a++) {
                    found = anywhere(part.get(a));
                }
                if (found == null) {
                    return null;
                }
                parts.add(found);
            }
            return String.join(" ", parts);
        }

        /** The typed words where the phrase first stands (with one word inside, if long enough), or null. */
        private String anywhere(Phrase phrase) {
            for (int i = 0; i < raw.size(); i++) {
                int end = matchEnd(i, phrase.words(), phrase.folded());
                if (end > 0) {
                    return String.join(" ", raw.subList(i, end));
                }
            }
            return null;
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
