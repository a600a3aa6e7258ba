package vn.motcua.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.motcua.search.Hit;

/**
 * Tells whether a question decides between the best record and a close rival: each name says
 * something the other does not ("… đấu giá" / "… dược", "… của hộ kinh doanh" / "… doanh nghiệp"),
 * and the question says none of what sets the best one apart. Such a question names a kind of
 * procedure, not one procedure, whatever words it uses, so it needs a clarifying question. When one
 * name is the other plus a detail ("đăng ký khai sinh" / "… có yếu tố nước ngoài"), the plain one
 * stands for the question and nothing is undecided.
 */
final class NameContrast {

    /** How many of the best hits are compared with the first. */
    static final int RIVALS = 4;
    /** A rival must score at least this share of the best score. */
    static final double RIVAL_SCORE_RATIO = 0.7;

    /** Grammar words and level qualifiers, which set no procedure apart ("của", "thực hiện tại cấp tỉnh"). */
    private static final Set<String> FUNCTION = Set.of(
            "va", "cua", "cac", "cho", "doi", "voi", "trong", "tai", "theo", "tu", "ve", "da", "co", "khi", "hoac",
            "thu", "tuc", "viec", "truong", "hop", "nhung", "mot", "so", "la", "de", "den", "tren", "ban", "thuc", "hien",
            "cap", "tinh", "xa", "huyen", "trung", "uong", "bo", "nganh", "dia", "phuong");

    private static final Pattern PUNCTUATION = Pattern.compile("[,;:.()\\-/\\\\]");

    /**
     * The words of the acts that open procedure names (the most frequent first words of the 4,431 names: "cấp",
     * "đăng ký", "cấp lại", "gia hạn", "điều chỉnh"…). A question that names no act means the usual
     * one, which the ranking already prefers, so two names that differ only in their act do not
     * make a question undecided.
     */
    private static final Pattern ACT = Pattern.compile("\\b(cap (lai|doi|moi|phep)|dang ky|de nghi|chap thuan|phe duyet|gia han"
            + "|dieu chinh|sua doi|bo sung|sua chua|cai tao|thong bao|cong nhan|giai quyet|cho phep|thay doi|tham dinh|cham dut"
            + "|thanh lap|chuyen doi|giai the|kiem tra|tiep nhan|sap nhap|hop nhat|chia|tach|thu hoi|xoa|tra lai|huy bo|huy"
            + "|tam ngung|tam dung|tiep tuc|hoat dong|lua chon|moi)\\b");

    /** Questions longer than this many words say enough for the ranking to be trusted. */
    static final int MAX_WORDS = 12;

    /** Share of the question's subject both names must hold: the question says no more than what they share. */
    static final double SHARED_SUBJECT = 0.67;

    /** The words of a name that may set it apart, and those of them that only name an act. */
    record NameWords(Set<String> all, Set<String> acts) {

        static NameWords of(String name) {
            String folded = InputGuard.folded(PUNCTUATION.matcher(AnswerPlanner.baseName(name)).replaceAll(" "));
            Set<String> all = new HashSet<>();
            for (String w : folded.split(" ")) {
                if (!w.isBlank() && !FUNCTION.contains(w) && !Character.isDigit(w.charAt(0))) {
                    all.add(w);
                }
            }
            Set<String> acts = new HashSet<>();
            Matcher m = ACT.matcher(folded);
            while (m.find()) {
                acts.addAll(List.of(m.group().split(" ")));
            }
            return new NameWords(all, acts);
        }

        /** The words of this name the other lacks, less the acts the question does not name. */
        Set<String> apartFrom(NameWords other, Set<String> questionWords) {
            Set<String> out = new HashSet<>(all);
            out.removeAll(other.all);
            out.removeIf(w -> acts.contains(w) && !questionWords.contains(w));
            return out;
        }
    }

    /** True when a close rival of the first hit exists and the question's words favour neither. */
    boolean isUndecided(List<Hit> hits, Set<String> subject, Set<String> questionWords, int questionLength) {
        if (hits.size() < 2 || subject.isEmpty() || questionLength > MAX_WORDS) {
            return false;
        }
        Hit best = hits.get(0);
        String bestBase = InputGuard.folded(AnswerPlanner.baseName(best.name()));
        NameWords bestWords = NameWords.of(best.name());
        for (Hit rival : hits.subList(1, Math.min(hits.size(), RIVALS))) {
            if (rival.score() < RIVAL_SCORE_RATIO * best.score()
                    || InputGuard.folded(AnswerPlanner.baseName(rival.name())).equals(bestBase)) {
                continue;
            }
            NameWords rivalWords = NameWords.of(rival.name());
            long shared = subject.stream().filter(w -> bestWords.all().contains(w) && rivalWords.all().contains(w)).count();
            if (shared >= SHARED_SUBJECT * subject.size() && undecided(bestWords, rivalWords, questionWords)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Both names say something of their own, and the question holds nothing of what only the first
     * says. An act the question does not name ("gia hạn", "thành lập") sets no name apart.
     */
    static boolean undecided(NameWords first, NameWords second, Set<String> questionWords) {
        Set<String> onlyFirst = first.apartFrom(second, questionWords);
        Set<String> onlySecond = second.apartFrom(first, questionWords);
        return !onlyFirst.isEmpty() && !onlySecond.isEmpty() && onlyFirst.stream().noneMatch(questionWords::contains);
    }
}
