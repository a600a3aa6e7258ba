package vn.motcua.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Làm lại căn cước", "lam lai bang lai": to do a paper again means a replacement for one that is
 * lost ("Cấp lại…") or an exchange of one that is worn, out of date or wrong ("Cấp đổi…", "Đổi…"),
 * and the two have different files and fees. When the best records hold both kinds for the same
 * paper and the question says why ("bị mất", "bị hỏng", "hết hạn"), the kind that fits is chosen;
 * when it says only "làm lại", the citizen is asked which.
 */
final class ReissueChoice {

    /** The generic "do it again", as a citizen says it. */
    private static final Pattern REDO = Pattern.compile("\\b(lam lai|xin lai|lam moi)\\b");
    /**
     * Lost or stolen. A bare "mất" only as loss: "mất bao lâu", "mất phí" ask for time and money;
     * "bị mất", "làm mất" always tell of a loss.
     */
    private static final Pattern LOST = Pattern.compile(
            "\\b(bi|lam|danh|da|vua) mat\\b|\\bmat\\b(?! (bao|may|phi|tien|nhieu|it|khoang|chung|tam|het bao|ca ngay|thoi gian))"
                    + "|\\b(that lac|danh roi|bi lay|bi cuop|bi trom|trom mat)\\b");
    /** Worn, out of date, wrong or changed. */
    private static final Pattern WORN = Pattern.compile(
            "\\b(hong|rach|het han|qua han|sai|thay doi|doi ten|cu qua|bong troc|nhau nat|gay|hu)\\b");
    /** Taken away ("bị thu hồi", "bị tước"): neither lost nor worn, so the ranking stands. */
    private static final Pattern TAKEN = Pattern.compile("\\b(thu hoi|bi tuoc|tuoc quyen)\\b");
    private static final Pattern REISSUE = Pattern.compile("^cap lai (.+)$");
    private static final Pattern EXCHANGE = Pattern.compile("^(?:cap )?doi (.+)$");
    /** How deep in the ranking the two kinds are looked for. */
    static final int DEPTH = 5;

    /**
     * For a question about a paper whose replacement and exchange are both among the best
     * {@value #DEPTH} records, the top one being either: the one the stated reason fits (a list of
     * one), or both, best ranked first, when the question says "làm lại" and no reason. Otherwise
     * nothing: the ranking stands.
     */
    Optional<List<Candidate>> choose(String foldedQuestion, List<Candidate> ranked) {
        boolean lost = LOST.matcher(foldedQuestion).find();
        boolean worn = WORN.matcher(foldedQuestion).find();
        if (ranked.size() < 2 || lost && worn || TAKEN.matcher(foldedQuestion).find()
                || !lost && !worn && !REDO.matcher(foldedQuestion).find()) {
            return Optional.empty();
        }
        Candidate reissue = null;
        Candidate exchange = null;
        String paper = null;
        for (Candidate c : ranked.subList(0, Math.min(DEPTH, ranked.size()))) {
            Kind kind = Kind.of(c.name());
            if (kind == null) {
                if (c == ranked.get(0)) {
                    return Optional.empty();
                }
                continue;
            }
            if (paper == null) {
                paper = kind.paper();
            } else if (!paper.equals(kind.paper())) {
                continue;
            }
            if (kind.reissue() && reissue == null) {
                reissue = c;
            } else if (!kind.reissue() && exchange == null) {
                exchange = c;
            }
        }
        if (reissue == null || exchange == null) {
            return Optional.empty();
        }
        if (lost) {
            return Optional.of(List.of(reissue));
        }
        if (worn) {
            return Optional.of(List.of(exchange));
        }
        return Optional.of(ranked.indexOf(reissue) < ranked.indexOf(exchange) ? List.of(reissue, exchange) : List.of(exchange, reissue));
    }

    /**
     * The answer to "replacement or exchange?" given as a reason ("bị mất rồi", "nó hết hạn"): the
     * index in {@code offeredNames} of the kind the reason fits, if the offer holds that kind.
     */
    Optional<Integer> byReason(String foldedReply, List<String> offeredNames) {
        boolean lost = LOST.matcher(foldedReply).find();
        boolean worn = WORN.matcher(foldedReply).find();
        if (lost == worn) {
            return Optional.empty();
        }
        for (int i = 0; i < offeredNames.size(); i++) {
            Kind kind = Kind.of(offeredNames.get(i));
            if (kind != null && kind.reissue() == lost) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** What a procedure name says it does: replace ({@code reissue}) or exchange {@code paper}. */
    private record Kind(boolean reissue, String paper) {

        /** The kind of a name ("Cấp lại thẻ căn cước (…)", "Đổi giấy phép lái xe"), or null for any other. */
        static Kind of(String name) {
            String folded = AnswerPlanner.foldedBaseName(name);
            Matcher r = REISSUE.matcher(folded);
            if (r.matches()) {
                return new Kind(true, r.group(1));
            }
            Matcher e = EXCHANGE.matcher(folded);
            return e.matches() ? new Kind(false, e.group(1)) : null;
        }
    }
}
