package vn.motcua.answer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks, for a follow-up that changes a detail of the case ("còn nếu bé sinh ở nước ngoài thì
 * sao?", "con mới 5 tuổi thì sao?"), the candidate whose name holds the new detail: the one whose
 * name says the most of the follow-up's subject, and never one whose age bracket ("dưới 14 tuổi",
 * "từ đủ 14 tuổi trở lên") excludes an age the follow-up states. A sibling shares at least half
 * of the focus name's particular words ("đăng ký khai sinh" → "đăng ký khai sinh có yếu tố nước
 * ngoài"); other candidates are not moved to. Ties keep the search order.
 */
final class SiblingChooser {

    private static final Pattern AGE = Pattern.compile("\\b(\\d{1,3}) ?(tuoi|t)\\b");
    private static final Pattern UNDER = Pattern.compile("\\bduoi (\\d{1,3}) tuoi\\b");
    private static final Pattern FROM = Pattern.compile("\\btu (?:du )?(\\d{1,3}) tuoi(?: tro len)?\\b");

    /** Share of the focus name's particular words a sibling's name must hold. */
    static final double SIBLING_SHARES = 0.5;

    /** A word only a synonym rule added ("học cấp 2" → "trung học cơ sở") counts this share of a typed one. */
    static final double ADDED_WORD = 0.25;

    /** As below, with no words added by synonym rules. */
    int choose(String followUp, Set<String> subject, String focusName, List<String> names) {
        return choose(followUp, subject, Set.of(), focusName, names);
    }

    /**
     * The index of the chosen name among {@code names} (search order), 0 when none says more;
     * {@code expanded}: the follow-up's words with those its synonym rules add.
     */
    int choose(String followUp, Set<String> subject, Set<String> expanded, String focusName, List<String> names) {
        String f = InputGuard.folded(followUp);
        Set<String> family = AnswerPlanner.specific(new LinkedHashSet<>(List.of(AnswerPlanner.foldedBaseName(focusName).split(" "))));
        Integer age = statedAge(f);
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < names.size(); i++) {
            String name = InputGuard.folded(names.get(i));
            Set<String> words = new LinkedHashSet<>(List.of(name.split(" ")));
            if (age != null && excludes(name, age) || i > 0 && !family.isEmpty()
                    && family.stream().filter(words::contains).count() < SIBLING_SHARES * family.size()) {
                continue;
            }
            double score = subject.stream().filter(words::contains).count()
                    + ADDED_WORD * expanded.stream().filter(w -> !subject.contains(w) && words.contains(w)).count();
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    /** The age a question states ("5 tuổi", "16t"), or null. */
    static Integer statedAge(String folded) {
        Matcher m = AGE.matcher(folded);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** True when the name's age bracket leaves that age out. */
    static boolean excludes(String foldedName, int age) {
        Matcher under = UNDER.matcher(foldedName);
        if (under.find() && age >= Integer.parseInt(under.group(1))) {
            return true;
        }
        Matcher from = FROM.matcher(foldedName);
        return from.find() && age < Integer.parseInt(from.group(1));
    }
}
