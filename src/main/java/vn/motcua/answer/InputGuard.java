package vn.motcua.answer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import vn.motcua.catalog.TextCleaner;

/**
 * The first stage of the pipeline: decides from the text alone whether a question is empty, too
 * long, an emergency, an attempt to change the assistant's rules, small talk, or plainly outside
 * administrative procedures. The patterns live in {@code answer/guardrails.txt}, so they can be
 * read and extended without touching code.
 */
public final class InputGuard {

    /**
     * What the guard saw. {@link #PASS} lets the question through to retrieval; so does
     * {@link #OUT_OF_SCOPE}, which the planner refuses unless the catalogue holds the question well.
     * {@link #OUT_OF_SCOPE_TASK} is a task no procedure answers (translate a word, compute a
     * percentage), refused whatever procedure words it names.
     */
    public enum Verdict { EMPTY, TOO_LONG, EMERGENCY, INJECTION, GREETING, THANKS, OUT_OF_SCOPE, OUT_OF_SCOPE_TASK, OUT_OF_SCOPE_FOREIGN, PASS }

    enum Section {
        EMERGENCY, EMERGENCY_MARKED, EMERGENCY_UNLESS, URGENCY, HARM, HARM_OVER, DISTRESS, INJECTION, GREETING, THANKS, OUT_OF_SCOPE, OUT_OF_SCOPE_TASK, ADMINISTRATIVE, NOT_ADMINISTRATIVE
    }

    private static final String RESOURCE = "/answer/guardrails.txt";
    private static final Pattern FOREIGN_LETTER = Pattern.compile(
            "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}\\p{IsCyrillic}\\p{IsThai}\\p{IsArabic}\\p{IsHebrew}\\p{IsDevanagari}]");
    /** A long run of base64-like characters: an encoded instruction, not a citizen's question. */
    private static final Pattern LONG_ENCODED = Pattern.compile("[A-Za-z0-9+/]{32,}={0,2}");

    /** A pattern and literals of which its every match contains one (null when none are known). */
    private record Rule(Pattern pattern, List<String> required) {
        boolean find(String text) {
            return (required == null || mayMatch(text)) && pattern.matcher(text).find();
        }

        private boolean mayMatch(String text) {
            for (String r : required) {
                if (text.contains(r)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final Map<Section, List<Rule>> patterns;
    private final int maxChars;

    InputGuard(Map<Section, List<Pattern>> patterns, int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
        }
        this.patterns = new EnumMap<>(Section.class);
        patterns.forEach((section, list) -> this.patterns.put(section,
                list.stream().map(p -> new Rule(p, RequiredLiteral.anyOf(p.pattern()))).toList()));
        this.maxChars = maxChars;
    }

    /** The guard with the bundled patterns and a length limit in characters. */
    public static InputGuard bundled(int maxChars) {
        return new InputGuard(load(), maxChars);
    }

    public int maxChars() {
        return maxChars;
    }

    /** The verdict on a question as typed. */
    public Verdict check(String text) {
        String folded = text == null ? "" : folded(text);
        if (folded.isBlank()) {
            return Verdict.EMPTY;
        }
        if (text.codePointCount(0, text.length()) > maxChars) {
            return Verdict.TOO_LONG;
        }
        if (isForeignScript(text)) {
            // motcua answers in Vietnamese about Vietnamese procedures; text in another script is refused politely.
            return Verdict.OUT_OF_SCOPE_FOREIGN;
        }
        if (LONG_ENCODED.matcher(text).find()) {
            return Verdict.INJECTION;
        }
        String f = " " + folded + " ";
        String marked = " " + Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT) + " ";
        if (isEmergency(spelledOut(f), marked)) {
            return Verdict.EMERGENCY;
        }
        if (any(Section.INJECTION, f)) {
            return Verdict.INJECTION;
        }
        String whole = f.strip();
        if (any(Section.THANKS, whole)) {
            return Verdict.THANKS;
        }
        if (any(Section.GREETING, whole)) {
            return Verdict.GREETING;
        }
        if (any(Section.OUT_OF_SCOPE_TASK, f)) {
            return Verdict.OUT_OF_SCOPE_TASK;
        }
        if (any(Section.OUT_OF_SCOPE, f)) {
            return Verdict.OUT_OF_SCOPE;
        }
        return Verdict.PASS;
    }

    /** True when a third or more of the letters are of a script Vietnamese does not use. */
    static boolean isForeignScript(String text) {
        int letters = 0;
        int foreign = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                letters++;
                if (FOREIGN_LETTER.matcher(new String(Character.toChars(cp))).matches()) {
                    foreign++;
                }
            }
            i += Character.charCount(cp);
        }
        return letters > 0 && foreign * 3 >= letters;
    }

    /**
     * True when the question uses a word of administrative procedures (thủ tục, giấy, đăng ký,
     * CCCD…). Words typed with marks that only fold onto one ("giày" onto "giấy", "thuê" onto
     * "thuế", "xin lỗi", "khẩn cấp"; {@code [not_administrative]}) do not count.
     */
    public boolean isAdministrative(String text) {
        return isAdministrativeMarked(" " + Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT) + " ");
    }

    /** As {@link #isAdministrative}, for the lower-case NFC text with a space at each end. */
    private boolean isAdministrativeMarked(String marked) {
        String kept = marked;
        for (Rule r : patterns.getOrDefault(Section.NOT_ADMINISTRATIVE, List.of())) {
            if (r.find(kept)) {
                kept = r.pattern().matcher(kept).replaceAll(" ");
            }
        }
        return any(Section.ADMINISTRATIVE, " " + folded(kept) + " ");
    }

    /** True when the question tells of some kind of harm to a body or a home ({@code [harm]}). */
    boolean mentionsHarm(String text) {
        return text != null && any(Section.HARM, spelledOut(" " + folded(text) + " "));
    }

    /**
     * Phone shorthand in folded text, for the danger sections only: "ko" and "k" are "khong", "dag"
     * is "dang", "mk" is "minh", so "mk dag bi chan danh, ko tho dc" reads as the patterns spell it.
     * A "k" right after a number ("50 k") is a thousand and stays.
     */
    private static final Map<String, String> SHORTHAND = Map.ofEntries(
            Map.entry("ko", "khong"), Map.entry("k", "khong"), Map.entry("kh", "khong"), Map.entry("khg", "khong"),
            Map.entry("kg", "khong"), Map.entry("hok", "khong"), Map.entry("hk", "khong"),
            Map.entry("dag", "dang"), Map.entry("dg", "dang"), Map.entry("dc", "duoc"), Map.entry("mk", "minh"),
            Map.entry("mik", "minh"), Map.entry("ng", "nguoi"), Map.entry("j", "gi"), Map.entry("vs", "voi"), Map.entry("r", "roi"));

    /** {@code padded} (folded, a space at each end) with {@link #SHORTHAND} spelled out. */
    static String spelledOut(String padded) {
        String[] words = padded.strip().split(" ");
        StringBuilder b = new StringBuilder(padded.length() + 16).append(' ');
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            String full = SHORTHAND.get(w);
            boolean thousand = w.equals("k") && i > 0 && !words[i - 1].isEmpty() && Character.isDigit(words[i - 1].charAt(words[i - 1].length() - 1));
            b.append(full == null || thousand ? w : full).append(' ');
        }
        return b.toString();
    }

    private boolean isEmergency(String f, String marked) {
        // Marked patterns ("tự tử", "đang cháy") hold whatever else the question says; folded ones yield to
        // procedure words unless the question also sounds urgent.
        if (any(Section.EMERGENCY_MARKED, marked)) {
            return true;
        }
        if (any(Section.HARM_OVER, f) && isAdministrativeMarked(marked)) {
            // "Bị cháy rụi hồi tháng 3… có được giảm thuế không": what follows a harm that is over.
            return false;
        }
        if (any(Section.EMERGENCY, f) && (!any(Section.EMERGENCY_UNLESS, f) || any(Section.URGENCY, f))) {
            return true;
        }
        return isHarmNow(f, marked);
    }

    /**
     * The structural test, for danger told in words no {@code [emergency]} pattern lists: two kinds of
     * harm, or one with a call for help or a person caught up in it; a question that names a procedure
     * must also sound urgent.
     */
    private boolean isHarmNow(String f, String marked) {
        int kinds = count(Section.HARM, f, 2);
        if (kinds == 0) {
            return false;
        }
        boolean urgent = any(Section.URGENCY, f);
        if (kinds < 2 && !urgent && !any(Section.DISTRESS, f)) {
            return false;
        }
        return urgent || !isAdministrativeMarked(marked);
    }

    /** How many patterns of a section match, counting up to {@code enough}. */
    private int count(Section s, String text, int enough) {
        int n = 0;
        for (Rule r : patterns.getOrDefault(s, List.of())) {
            if (r.find(text) && ++n == enough) {
                break;
            }
        }
        return n;
    }

    private boolean any(Section s, String text) {
        return count(s, text, 1) > 0;
    }

    /**
     * Lower-case, marks removed, and every run of characters other than letters, digits and
     * {@code ! ? [ ] < > | #} one space, none at either end. One pass: it runs several times per answer.
     */
    static String folded(String text) {
        String lower = TextCleaner.fold(Normalizer.normalize(text, Normalizer.Form.NFC)).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            if (isKept(cp)) {
                if (gap && !b.isEmpty()) {
                    b.append(' ');
                }
                gap = false;
                b.appendCodePoint(cp);
            } else {
                gap = true;
            }
        }
        return b.toString();
    }

    private static boolean isKept(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER
                || cp == '!' || cp == '?' || cp == '[' || cp == ']' || cp == '<' || cp == '>' || cp == '|' || cp == '#';
    }

    static Map<Section, List<Pattern>> load() {
        return parse(BundledText.lines(RESOURCE));
    }

    static Map<Section, List<Pattern>> parse(List<String> lines) {
        Map<Section, List<Pattern>> out = new EnumMap<>(Section.class);
        Section current = null;
        int n = 0;
        for (String line : lines) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.strip().endsWith("]") && !line.contains("|")) {
                String name = line.strip().substring(1, line.strip().length() - 1).toUpperCase(Locale.ROOT);
                try {
                    current = Section.valueOf(name);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(RESOURCE + " line " + n + ": unknown section [" + name.toLowerCase(Locale.ROOT) + "]", e);
                }
                continue;
            }
            if (current == null) {
                throw new IllegalArgumentException(RESOURCE + " line " + n + ": a pattern before any [section]");
            }
            out.computeIfAbsent(current, k -> new ArrayList<>()).add(Pattern.compile(line));
        }
        return out;
    }
}
