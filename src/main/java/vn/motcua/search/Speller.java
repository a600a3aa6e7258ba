package vn.motcua.search;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import vn.motcua.catalog.TextCleaner;

/**
 * Mends a syllable typed one letter wrong ("khai xinh", "thườn trú") when the catalogue knows no
 * such syllable and its neighbour tells what it should be: of the syllables one edit away (a letter
 * dropped, added, changed, or two swapped), the one that forms the pair most procedure names hold,
 * at least {@link #MIN_NAMES} of them, with the syllable before or after it. Filler neighbours
 * ("cho", "thì") are not read: "khai xinh cho" is not "khai dinh cho". Most unknown syllables are
 * words the catalogue never uses ("xỉu", "cướp", "hot"), and with no such pair they stay as typed.
 * The edit is made on the syllable as typed, marks included, and must give a word some name writes
 * exactly so: "thườn" becomes "thường", but "giật" never becomes "giao". Known miss: typed
 * without marks, "khai báo guom" (gươm, a sword) becomes "gom", as in "bao gồm" ("gom" is a name's
 * word too). Phone spellings of an initial consonant ("fép" for "phép", {@link #phoneSpellings}) are
 * tried the same way.
 */
final class Speller {

    /** Syllables of letters only, as typed; digits and codes are never mended. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzđ";
    /** Shorter syllables have too many neighbours one edit away to tell which was meant. */
    static final int MIN_LENGTH = 3;
    /** The pair must stand in at least this many procedure names. */
    static final int MIN_NAMES = 2;
    private static final Set<String> FILLER = Stopwords.WORDS.stream().map(TextCleaner::fold).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private Speller() {}

    /** The question with each unknown syllable that its neighbours identify replaced; the same text when none is. */
    static String mend(IndexReader reader, String question) throws IOException {
        Matcher m = WORD.matcher(question);
        java.util.List<int[]> spans = new java.util.ArrayList<>();
        java.util.List<String> folded = new java.util.ArrayList<>();
        java.util.List<String> typed = new java.util.ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            typed.add(java.text.Normalizer.normalize(m.group().toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFC));
            folded.add(TextCleaner.fold(m.group()).toLowerCase(Locale.ROOT));
        }
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < folded.size(); i++) {
            String w = folded.get(i);
            Set<String> phone = phoneSpellings(typed.get(i));
            if (w.length() < (phone.isEmpty() ? MIN_LENGTH : PHONE_MIN_LENGTH) || !w.chars().allMatch(c -> c >= 'a' && c <= 'z') || known(reader, w)) {
                continue;
            }
            String before = i > 0 && !FILLER.contains(folded.get(i - 1)) ? folded.get(i - 1) : null;
            String after = i + 1 < folded.size() && !FILLER.contains(folded.get(i + 1)) ? folded.get(i + 1) : null;
            if (before == null && after == null) {
                continue;
            }
            String best = null;
            long bestFreq = MIN_NAMES - 1;
            boolean unmarked = typed.get(i).equals(w);
            Set<String> candidates = new LinkedHashSet<>(phone);
            candidates.addAll(oneEditAway(typed.get(i)));
            for (String c : candidates) {
                // Edited as typed, marks included: the result must be a word some procedure name writes so.
                // A phone spelling typed without marks ("giay fep") only swaps its initial: the folded
                // result must be a name's word, as every other unmarked word is read folded.
                boolean phoneUnmarked = unmarked && phone.contains(c);
                if (phoneUnmarked ? !inFoldedNames(reader, c) : !inNames(reader, c)) {
                    continue;
                }
                String f = TextCleaner.fold(c);
                long freq = Math.max(namesWithPair(reader, before, f), namesWithPair(reader, f, after));
                if (freq > bestFreq) {
                    best = c;
                    bestFreq = freq;
                }
            }
            if (best != null) {
                if (out == null) {
                    out = new StringBuilder(question.length() + 8);
                }
                out.append(question, copied, spans.get(i)[0]).append(best);
                copied = spans.get(i)[1];
            }
        }
        if (out == null) {
            return question;
        }
        return out.append(question.substring(copied)).toString();
    }

    /** Whether any record holds the folded syllable in any searchable text. */
    static boolean known(IndexReader reader, String folded) throws IOException {
        for (Fields.Group g : Fields.Group.values()) {
            if (reader.docFreq(new Term(g.folded(), folded)) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether some procedure name writes the syllable exactly so, marks included. */
    private static boolean inNames(IndexReader reader, String exact) throws IOException {
        return reader.docFreq(new Term(Fields.Group.NAME.exact(), exact)) > 0;
    }

    /** Whether some procedure name holds the folded syllable. */
    private static boolean inFoldedNames(IndexReader reader, String folded) throws IOException {
        return reader.docFreq(new Term(Fields.Group.NAME.folded(), folded)) > 0;
    }

    /** In how many procedure names the two folded syllables stand side by side (0 when either is missing). */
    private static long namesWithPair(IndexReader reader, String first, String second) throws IOException {
        if (first == null || second == null) {
            return 0;
        }
        return reader.docFreq(new Term(Fields.Group.NAME.shingles(), first + " " + second));
    }

    /**
     * Phone spellings of an initial consonant that Vietnamese never writes so: "f" for "ph" ("giấy
     * fép", "lệ fí"), "j" for "gi" ("jấy tờ"), "z" for "d" or "gi", "w" for "qu". Being that
     * particular, they are tried on syllables of two letters too ({@link #PHONE_MIN_LENGTH}).
     */
    private static final Map<String, List<String>> PHONE_INITIALS = Map.of(
            "f", List.of("ph"), "j", List.of("gi"), "z", List.of("d", "gi"), "w", List.of("qu"));
    static final int PHONE_MIN_LENGTH = 2;

    /** {@code w} with its initial phone spelling written out ({@link #PHONE_INITIALS}); empty when it has none. */
    static Set<String> phoneSpellings(String w) {
        Set<String> out = new LinkedHashSet<>();
        if (w.length() < PHONE_MIN_LENGTH) {
            return out;
        }
        for (String initial : PHONE_INITIALS.getOrDefault(w.substring(0, 1), List.of())) {
            out.add(initial + w.substring(1));
        }
        return out;
    }

    /** Every string one edit from {@code w} (a letter of a-z or đ dropped, added, changed, or two swapped), without {@code w} itself. */
    static Set<String> oneEditAway(String w) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i <= w.length(); i++) {
            String head = w.substring(0, i);
            String tail = w.substring(i);
            if (!tail.isEmpty()) {
                out.add(head + tail.substring(1));
                if (tail.length() > 1) {
                    out.add(head + tail.charAt(1) + tail.charAt(0) + tail.substring(2));
                }
            }
            for (char c : LETTERS.toCharArray()) {
                out.add(head + c + tail);
                if (!tail.isEmpty()) {
                    out.add(head + c + tail.substring(1));
                }
            }
        }
        out.remove(w);
        return out;
    }
}
