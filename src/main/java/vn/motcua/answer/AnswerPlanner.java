package vn.motcua.answer;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.motcua.catalog.DocumentGroup;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.RequiredDocument;
import vn.motcua.search.DiacriticFoldingFilter;
import vn.motcua.search.Hit;
import vn.motcua.search.ProcedureSearcher;
import vn.motcua.search.QuestionTerms;
import vn.motcua.search.SearchFilters;

/**
 * Guard, understand, retrieve, decide: turns a question and the conversation so far into a
 * {@link Plan}. It never writes text; the {@link Answerer}s do. The decision rules use how much of
 * the question's subject the best record covers, so a question about something the catalogue does
 * not hold gets {@code no_information} instead of the nearest unrelated procedure.
 */
final class AnswerPlanner {

    /**
     * Words that name no particular procedure ("giấy", "thủ tục", "đăng ký"…), folded, and the filler
     * of chat ("bn" for "bao nhiêu" or "bạn", "liên hệ ai", "gồm", "cũng"). "đâu" and "gặp" are not
     * here: folded they are also "lần đầu", "đầu xuân" and "thăm gặp", which do name something.
     */
    static final Set<String> GENERIC = Set.of(
            "giay", "to", "phep", "thu", "tuc", "ho", "so", "lam", "xin", "dang", "ky", "cap", "nop", "lai", "moi",
            "cai", "nay", "do", "viec", "gi", "nao", "the", "vay", "con", "neu", "sao", "truong", "hop", "ben",
            "minh", "nguoi", "xa", "phuong", "ubnd", "uy", "ban", "tinh", "huyen", "o", "tai",
            "di", "den", "ra", "len", "can", "phai", "duoc", "co", "khong", "ko", "k", "muon", "bi", "da", "roi",
            "online", "truc", "tuyen", "mang", "theo", "chuan", "id", "number", "phone", "email",
            "thi", "ad", "admin", "a", "e", "em", "anh", "chi", "oi", "voi", "nhe", "nha", "ha", "huong", "dan", "lay", "gio",
            "ve", "vao", "toi", "tui", "ak", "ah", "bn", "gom", "lien", "he", "ai", "cung");

    /**
     * The people of a story, folded: family ("mẹ", "bố", "ông", "bà", "cháu", "vợ", "chồng", "bác",
     * "chú"), the asker ("em", "anh", "chị", "mình", "tôi", "tui", "e", "nhà" as in "nhà em"), and
     * "già", "cụ". "mẹ già không đi lãnh lương hưu được, ủy quyền cho con lãnh thay" asks for the
     * authorisation record, which names none of them: they do not count against a record's
     * {@link #coverage} unless it holds them ("chồng" in a marriage record does count).
     */
    static final Set<String> STORY_PEOPLE = Set.of("me", "bo", "ba", "ong", "chau", "vo", "chong", "gia", "cu", "bac", "chu", "em", "anh",
            "chi", "nha", "minh", "toi", "tui", "e");

    /** A reply that only makes sense against the procedure already discussed ("còn nếu…", "thế…"). */
    private static final Pattern FOLLOW_UP_CUE = Pattern.compile(
            "^(con|the con|vay con|the|vay|thi|the thi|vay thi|con neu|vay neu|the neu|neu|truong hop|con truong hop|nhu vay|the lam)\\b"
                    + "|thi (sao|the nao|lam sao|ntn)\\s*\\??$");

    /**
     * Below this share of its subject covered by the best record, a question is not in the
     * catalogue. 0.5 until 2026-11-23; 0.45 changed no gold case and answered 6 more probe questions
     * of citizens who tell their story at length ("cháu tôi vừa tròn 14, lần đầu đi làm CCCD…");
     * 0.4 answered 11 but lost 5 of the no-information cases.
     */
    static final double NO_INFORMATION_BELOW = 0.45;
    /**
     * Below this share the best record is only a loose match: a question with no word of
     * administration is then refused, and an answer says the procedure may not be the one asked about.
     */
    static final double LOOSE_MATCH_BELOW = 0.67;
    /**
     * An administrative question that names this share of the best record's name is about that
     * procedure however many words of its own story ("tạp hóa", "rượu chai") the record lacks: it
     * is in the catalogue.
     */
    static final double NAMED_ENOUGH = 0.6;
    /**
     * A question that tells of harm and holds no word of administration is answered only when it
     * names this share of the best record's name: on all gold sets and probes, 0.9 and "never"
     * gave the same results; the citizens' phrasings made the scope classifier read such stories
     * as questions about a procedure, and one was answered with an unrelated record.
     */
    static final double HARM_NAMED = 0.9;
    /** Two candidates this close in score, neither named by the question, need a clarifying question. */
    static final double CLARIFY_SCORE_RATIO = 0.85;
    /** ... and the question covers less than this share of the best name. */
    static final double CLARIFY_NAME_COVERAGE = 0.75;
    static final int CANDIDATES = 3;
    /**
     * A question of at most this many subject words whose near candidates come from different
     * fields, and which names less than {@link #SPREAD_NAMED_BELOW} of the best name, gets a
     * clarifying question.
     */
    static final int SPREAD_SUBJECT_MAX = 3;
    static final double SPREAD_NAMED_BELOW = 0.67;
    /** ... counting candidates that score at least this share of the best. */
    static final double SPREAD_SCORE_RATIO = 0.6;
    /** A question that looks off-topic is answered only when the best record covers this much of it. */
    static final double OFF_TOPIC_NEEDS = 0.75;
    /** ... and names at least this share of the best record's name ("cá kho" is not a customs warehouse). */
    static final double OFF_TOPIC_NAME_NEEDS = 0.34;
    /**
     * ... or names this much of it, whatever else it tells: "khai báo tạm vắng để vào Sài Gòn chữa
     * bệnh" asks for the procedure it names, and the illness is only the reason.
     */
    static final double OFF_TOPIC_NAMED = 0.75;
    /**
     * Above these log-odds of the scope classifier a question with no word of administration is
     * refused (about 7 to 1 that it is not about a procedure).
     */
    static final double OUT_OF_SCOPE_ODDS = 2.0;
    /**
     * Above these log-odds of the emergency classifier (about 7 to 1 that someone is in danger now)
     * a question the guard let through is an emergency.
     */
    static final double EMERGENCY_ODDS = 2.0;
    /**
     * Below these log-odds of the emergency classifier (more likely no danger now than danger) a
     * question that holds a word of administration is not an emergency even where the guard's
     * patterns saw danger words: "tôi bị tai nạn giao thông, lúc đi cấp cứu làm rơi mất bằng lái,
     * cấp lại cần gì" asks for a licence. Its reply still names the emergency numbers
     * ({@link Plan#dangerNoted}). 0 is the classifier's own boundary, not a tuned value.
     */
    static final double NO_DANGER_ODDS = 0.0;
    /**
     * Below these log-odds (about 20 to 1 that it is about a procedure) a question with no word of
     * administration that the catalogue does not hold is answered with "which procedure?" rather
     * than refused, provided {@link #KNOWN_SHARE} of its syllables were seen in training.
     */
    static final double IN_SCOPE_ODDS = -3.0;
    static final double KNOWN_SHARE = 0.7;

    private final ProcedureSearcher searcher;
    private final InputGuard guard;
    private final MessageClassifier scope;
    private final MessageClassifier emergency;
    private final IntentClassifier intents = new IntentClassifier();
    private final PersonalData personalData = new PersonalData();
    private final CandidateSelector selector = new CandidateSelector();
    private final SiblingChooser siblings = new SiblingChooser();
    private final ReissueChoice reissue = new ReissueChoice();

    /**
     * {@code scope} tells procedure questions from others ({@link MessageClassifier#outOfScope}),
     * {@code emergency} a danger now from the rest ({@link MessageClassifier#emergency}).
     */
    AnswerPlanner(ProcedureSearcher searcher, InputGuard guard, MessageClassifier scope, MessageClassifier emergency) {
        this.searcher = requireNonNull(searcher, "searcher may not be null");
        this.guard = requireNonNull(guard, "guard may not be null");
        this.scope = requireNonNull(scope, "scope may not be null");
        this.emergency = requireNonNull(emergency, "emergency may not be null");
    }

    /** Retrieval calls of one plan, timed together. */
    private final class Timed {
        long nanos;

        List<Hit> search(String q) {
            long t = System.nanoTime();
            try {
                return searcher.search(q, 10, SearchFilters.NONE, false).hits();
            } finally {
                nanos += System.nanoTime() - t;
            }
        }

        Optional<Procedure> byCode(String code) {
            long t = System.nanoTime();
            try {
                return searcher.byCode(code);
            } finally {
                nanos += System.nanoTime() - t;
            }
        }
    }

    /** The plan, with the time of each stage: guard, understand, retrieve, decide (ms). */
    Plan plan(String text, DialogueState state) {
        long start = System.nanoTime();
        long[] marks = new long[2];
        Timed timed = new Timed();
        InputGuard.Verdict guarded = guard.check(text == null ? "" : text);
        Plan p = harmOverRefusal(text, plan(text, guarded, state, timed, marks));
        if (p.status() != Status.EMERGENCY && guarded == InputGuard.Verdict.EMERGENCY) {
            p = p.withDangerNoted();
        }
        long end = System.nanoTime();
        java.util.Map<String, Double> stages = new java.util.LinkedHashMap<>();
        long guardEnd = marks[0] == 0 ? end : marks[0];
        long understandEnd = marks[1] == 0 ? guardEnd : marks[1];
        stages.put("guard", (guardEnd - start) / 1e6);
        stages.put("understand", (understandEnd - guardEnd) / 1e6);
        stages.put("retrieve", timed.nanos / 1e6);
        stages.put("decide", Math.max(0, end - understandEnd - timed.nanos) / 1e6);
        return p.withStages(stages);
    }

    /**
     * A question refused as off-topic that tells of harm ("bốc khói khét lẹt", "nôn ói co quặn") is
     * more likely a danger told in unusual words than small talk: the hotlines do no harm there.
     */
    private Plan harmOverRefusal(String text, Plan p) {
        boolean offTopic = p.verdict() == InputGuard.Verdict.OUT_OF_SCOPE || p.verdict() == InputGuard.Verdict.PASS;
        if (p.status() != Status.REFUSED || !offTopic || !guard.mentionsHarm(text)) {
            return p;
        }
        return new Plan(Status.EMERGENCY, InputGuard.Verdict.EMERGENCY, p.understanding(), null, List.of(), p.maskedQuestion(),
                p.hadPersonalData(), p.next(), p.confidence());
    }

    /** {@code guarded}: the guard's verdict on {@code text}, read once per question by the caller. */
    private Plan plan(String text, InputGuard.Verdict guarded, DialogueState state, Timed timed, long[] marks) {
        String raw = text == null ? "" : text;
        PersonalData.Masked masked = personalData.mask(raw);
        String q = masked.text();
        InputGuard.Verdict verdict = guarded;
        boolean offTopic = verdict == InputGuard.Verdict.OUT_OF_SCOPE;
        boolean mayBeDanger = verdict == InputGuard.Verdict.PASS || offTopic;
        boolean mayBeNoDanger = verdict == InputGuard.Verdict.EMERGENCY && guard.isAdministrative(raw);
        // Text mostly of words training never saw (English) is left to the guard's patterns.
        MessageClassifier.Reading danger = mayBeDanger || mayBeNoDanger ? emergency.reading(q) : null;
        if (mayBeDanger && danger.odds() > EMERGENCY_ODDS && danger.knownShare() >= KNOWN_SHARE) {
            // A danger now told in words the guard's patterns do not know ("bố tôi đang ăn cơm thì ngã gục").
            verdict = InputGuard.Verdict.EMERGENCY;
            offTopic = false;
        } else if (mayBeNoDanger && danger.odds() < NO_DANGER_ODDS && danger.knownShare() >= KNOWN_SHARE) {
            // Danger words in a question about a procedure, told as past or as the reason for it.
            verdict = InputGuard.Verdict.PASS;
        }
        if (offTopic) {
            // Refused below unless the question also names a procedure the catalogue holds well.
            verdict = InputGuard.Verdict.PASS;
        }
        marks[0] = System.nanoTime();
        List<Intent> asked = verdict == InputGuard.Verdict.PASS ? intents.classify(q) : List.of(Intent.OVERVIEW);
        if (verdict != InputGuard.Verdict.PASS) {
            Understanding u = new Understanding(asked, List.of(), false, Set.of());
            Status s = switch (verdict) {
                case EMERGENCY -> Status.EMERGENCY;
                case OUT_OF_SCOPE_FOREIGN -> Status.REFUSED;
                case EMPTY -> Status.CLARIFY;
                default -> Status.REFUSED;
            };
            return new Plan(s, verdict, u, null, List.of(), q, masked.hadPersonalData(), state.unchanged(), Double.NaN);
        }
        QuestionTerms terms = searcher.terms(q);
        Set<String> subject = specific(terms.subject());
        // Words no record holds (a name, a typo, a plate number) can neither confirm nor rule out a
        // record; an abbreviation a rule spells out ("gplx") is read as its words.
        Set<String> unknown = searcher.unknownWords(subject);
        if (!unknown.isEmpty()) {
            subject = new LinkedHashSet<>(subject);
            for (String w : unknown) {
                Set<String> spelled = specific(terms.spelledOut().getOrDefault(w, Set.of()));
                if (!spelled.isEmpty()) {
                    subject.remove(w);
                    subject.addAll(spelled);
                }
            }
            unknown = new LinkedHashSet<>(unknown);
            unknown.retainAll(subject);
            if (!unknown.isEmpty() && unknown.size() < subject.size()) {
                subject.removeAll(unknown);
            }
        }
        List<String> codes = searcher.codesIn(q);
        String foldedQ = InputGuard.folded(q);
        boolean cue = FOLLOW_UP_CUE.matcher(foldedQ).find();
        marks[1] = System.nanoTime();

        // A reply to a clarifying question.
        if (!state.offered().isEmpty()) {
            List<Procedure> offered = state.offered().stream().map(timed::byCode).flatMap(Optional::stream).toList();
            List<String> offeredNames = offered.stream().map(Procedure::name).toList();
            Optional<Integer> chosen = selector.select(q, offeredNames).or(() -> reissue.byReason(foldedQ, offeredNames));
            if (chosen.isPresent()) {
                Procedure p = offered.get(chosen.get());
                List<Intent> carried = state.pendingIntents().isEmpty() || !asked.equals(List.of(Intent.OVERVIEW)) ? asked : state.pendingIntents();
                return answered(p, new Understanding(carried, List.of(), true, subject), q, masked, state, List.of(), Double.NaN);
            }
            // A short reply that picks none ("bao nhiêu tiền 1 trang"): read on its own first; only when that
            // finds no procedure either is the same choice offered again, with what was asked kept.
            if (codes.isEmpty() && offered.size() > 1 && foldedQ.split(" ").length <= FOLLOW_UP_MAX_WORDS) {
                Plan alone = plan(text, guarded, state.withOffer(List.of()), timed, marks);
                if (alone.status() != Status.CLARIFY && alone.status() != Status.NO_INFORMATION) {
                    return alone;
                }
                List<Intent> carried = asked.equals(List.of(Intent.OVERVIEW)) ? state.pendingIntents() : asked;
                List<Candidate> offer = offered.stream().map(p -> new Candidate(p.code(), p.name(), Double.NaN)).toList();
                return new Plan(Status.CLARIFY, verdict, new Understanding(carried, List.of(), true, subject), null, offer, q,
                        masked.hadPersonalData(), state.offering(state.offered(), carried), Double.NaN);
            }
        }
        // A procedure code written in the question.
        if (!codes.isEmpty()) {
            Understanding u = new Understanding(asked, codes, false, subject);
            Optional<Procedure> p = timed.byCode(codes.get(0));
            if (p.isPresent()) {
                return answered(p.get(), u, q, masked, state, List.of(), Double.NaN);
            }
            return new Plan(Status.NO_INFORMATION, verdict, u, null, List.of(), q, masked.hadPersonalData(), state.unchanged(), Double.NaN);
        }
        Optional<Procedure> focus = Optional.ofNullable(state.focusCode()).flatMap(timed::byCode);
        // A follow-up with no subject of its own ("thế lệ phí bao nhiêu?", "mất mấy ngày vậy"), or one
        // with no cue whose few words the procedure in context already holds.
        if (focus.isPresent() && (!cue || subject.isEmpty()) && isShortFollowUp(q, subject, terms.expanded(), focus.get())) {
            return answered(focus.get(), new Understanding(asked, List.of(), true, subject), q, masked, state, List.of(), Double.NaN);
        }
        // A follow-up that changes a detail ("còn nếu sinh ở nước ngoài thì sao?"): the question alone
        // when it names a procedure well enough, else read together with the procedure in context.
        if (focus.isPresent() && cue) {
            // A sibling whose name holds the changed detail wins; when the context only leads back to
            // the procedure in focus, the follow-up's own words decide if they name a record well.
            Optional<Scored> sibling = sibling(timed, focus.get(), q, subject, specific(terms.expanded()));
            // The same name done at another level is the procedure in focus, not a changed detail.
            boolean moved = sibling.isPresent() && !foldedBaseName(sibling.get().procedure().name()).equals(foldedBaseName(focus.get().name()));
            Optional<Scored> alone = moved ? Optional.empty() : best(timed, q, subject);
            if (alone.isPresent() && alone.get().coverage() >= NO_INFORMATION_BELOW && !subject.isEmpty()
                    && !excludesStatedAge(q, alone.get().procedure())) {
                return answered(alone.get().procedure(), new Understanding(asked, List.of(), true, subject), q, masked, state, alone.get().ranked(), alone.get().coverage());
            }
            if (sibling.isPresent()) {
                return answered(sibling.get().procedure(), new Understanding(asked, List.of(), true, subject), q, masked, state, sibling.get().ranked(), sibling.get().coverage());
            }
        }
        Understanding u = new Understanding(asked, List.of(), false, subject);
        // Whether the question holds a word of administration, read once for the rules below.
        boolean administrative = guard.isAdministrative(raw);
        if (offTopic && !administrative) {
            return new Plan(Status.REFUSED, InputGuard.Verdict.OUT_OF_SCOPE, u, null, List.of(), q, masked.hadPersonalData(), state.unchanged(), Double.NaN);
        }
        if (!administrative && scope.odds(q) > OUT_OF_SCOPE_ODDS) {
            // No word of administration, and worded the way people ask for advice, not for a procedure.
            return new Plan(Status.REFUSED, InputGuard.Verdict.OUT_OF_SCOPE, u, null, List.of(), q, masked.hadPersonalData(), state.unchanged(), Double.NaN);
        }
        if (subject.isEmpty()) {
            return new Plan(Status.CLARIFY, verdict, u, null, List.of(), q, masked.hadPersonalData(), state.offering(List.of(), asked), Double.NaN);
        }
        List<Hit> hits = timed.search(q);
        if (hits.isEmpty()) {
            return administrative ? new Plan(Status.NO_INFORMATION, verdict, u, null, List.of(), q, masked.hadPersonalData(), state.unchanged(), Double.NaN)
                    : notOurs(!offTopic, verdict, u, q, masked, state, List.of(), Double.NaN);
        }
        List<Candidate> ranked = ranked(hits);
        Procedure top = timed.byCode(hits.get(0).code()).orElseThrow();
        double coverage = coverage(subject, terms.expanded(), top);
        double named = nameCoverage(top.name(), terms.expanded());
        if (offTopic && named < OFF_TOPIC_NAMED && (coverage < OFF_TOPIC_NEEDS || named < OFF_TOPIC_NAME_NEEDS)) {
            return new Plan(Status.REFUSED, InputGuard.Verdict.OUT_OF_SCOPE, u, null, List.of(), q, masked.hadPersonalData(), state.unchanged(), coverage);
        }
        if (!administrative && named < HARM_NAMED && guard.mentionsHarm(q)) {
            // Harm told with no word of administration ("máy bơm rò điện, bố tôi giẫm phải, giờ nằm
            // không nhúc nhích") is not answered with a record it names only in part: refused here,
            // harmOverRefusal gives the hotlines.
            return notOurs(!offTopic, InputGuard.Verdict.OUT_OF_SCOPE, u, q, masked, state, List.of(), coverage);
        }
        if (!administrative && named < LOOSE_MATCH_BELOW
                && (coverage < LOOSE_MATCH_BELOW || (!synonymFired(foldedQ, terms.expanded()) && !sharesPhrase(foldedQ, text(top).folded())))) {
            // No word of administration, and the best record is only a loose match: its words are
            // scattered through the record ("sen đá bị úng nước"), none of the question's two-syllable
            // phrases stands in it, and no rule knows the question's wording. Not our subject.
            return notOurs(!offTopic, InputGuard.Verdict.OUT_OF_SCOPE, u, q, masked, state, List.of(), coverage);
        }
        if (coverage < NO_INFORMATION_BELOW && !(administrative && named >= NAMED_ENOUGH)) {
            // Perhaps a follow-up after all, typed as a full sentence about the same case.
            if (focus.isPresent()) {
                Optional<Scored> inContext = best(timed, focus.get().name() + ". " + q, subject);
                if (inContext.isPresent() && inContext.get().coverage() >= NO_INFORMATION_BELOW) {
                    return answered(inContext.get().procedure(), new Understanding(asked, List.of(), true, subject), q, masked, state, inContext.get().ranked(), inContext.get().coverage());
                }
            }
            return administrative ? new Plan(Status.NO_INFORMATION, verdict, u, null, ranked, q, masked.hadPersonalData(), state.unchanged(), coverage)
                    : notOurs(!offTopic, verdict, u, q, masked, state, ranked, coverage);
        }
        Optional<List<Candidate>> reissueOrExchange = reissue.choose(foldedQ, ranked);
        if (reissueOrExchange.isPresent() && reissueOrExchange.get().size() > 1) {
            List<Candidate> offer = reissueOrExchange.get();
            return new Plan(Status.CLARIFY, verdict, u, null, offer, q, masked.hadPersonalData(),
                    state.offering(offer.stream().map(Candidate::code).toList(), asked), Double.NaN);
        }
        if (reissueOrExchange.isPresent() && !reissueOrExchange.get().get(0).code().equals(top.code())) {
            // The question says why ("bị hỏng", "hết hạn"): the exchange, not the replacement the ranking put first.
            Procedure fits = timed.byCode(reissueOrExchange.get().get(0).code()).orElseThrow();
            return answered(fits, u, q, masked, state, ranked, coverage(subject, terms.expanded(), fits));
        }
        if (isAmbiguous(choicesFor(hits, terms.forOrganisation()), subject, terms.expanded()) && !namesTheTopsAction(foldedQ, hits)) {
            List<Candidate> offer = distinctNames(ranked);
            return new Plan(Status.CLARIFY, verdict, u, null, offer, q, masked.hadPersonalData(),
                    state.offering(offer.stream().map(Candidate::code).toList(), asked), Double.NaN);
        }
        return answered(top, u, q, masked, state, ranked, coverage);
    }

    /**
     * A question with no word of administration that the catalogue does not hold well: refused,
     * unless it is worded so plainly like a question about some procedure ("trước đây đã làm 1 lần
     * rồi, giờ làm lại có được không") that the citizen is better asked which one. Never asked
     * when the guard read the question as off-topic ({@code mayAsk} false), nor for text the
     * classifier mostly never saw in training (another language, an encoded string).
     */
    private Plan notOurs(boolean mayAsk, InputGuard.Verdict refusedAs, Understanding u, String q, PersonalData.Masked masked, DialogueState state,
            List<Candidate> ranked, double coverage) {
        // A question that tells of harm stays refused: harmOverRefusal turns it into an emergency.
        if (mayAsk && !guard.mentionsHarm(q) && wordedLikeAProcedureQuestion(q)) {
            return new Plan(Status.CLARIFY, InputGuard.Verdict.PASS, u, null, List.of(), q, masked.hadPersonalData(), state.offering(List.of(), u.intents()), Double.NaN);
        }
        return new Plan(Status.REFUSED, refusedAs, u, null, ranked, q, masked.hadPersonalData(), state.unchanged(), coverage);
    }

    /** Whether the scope classifier is sure ({@link #IN_SCOPE_ODDS}) the question is about a procedure, and knows its words ({@link #KNOWN_SHARE}). */
    private boolean wordedLikeAProcedureQuestion(String q) {
        MessageClassifier.Reading r = scope.reading(q);
        return r.odds() < IN_SCOPE_ODDS && r.knownShare() >= KNOWN_SHARE;
    }

    private Plan answered(Procedure p, Understanding u, String q, PersonalData.Masked masked, DialogueState state, List<Candidate> ranked, double confidence) {
        List<Candidate> list = new ArrayList<>();
        list.add(new Candidate(p.code(), p.name(), ranked.isEmpty() || !ranked.get(0).code().equals(p.code()) ? Double.NaN : ranked.get(0).score()));
        ranked.stream().filter(c -> !c.code().equals(p.code())).forEach(list::add);
        return new Plan(Status.ANSWERED, InputGuard.Verdict.PASS, u, p, list, q, masked.hadPersonalData(), state.focusedOn(p.code()), confidence);
    }

    private record Scored(Procedure procedure, double coverage, List<Candidate> ranked) {}

    private Optional<Scored> best(Timed timed, String text, Set<String> subject) {
        List<Hit> hits = timed.search(text);
        return hits.isEmpty() ? Optional.empty() : Optional.of(scored(timed, text, subject, hits, 0));
    }

    /** The record at {@code chosen} among the hits of {@code text}, with its coverage of the subject and the ranking. */
    private Scored scored(Timed timed, String text, Set<String> subject, List<Hit> hits, int chosen) {
        Procedure p = timed.byCode(hits.get(chosen).code()).orElseThrow();
        QuestionTerms t = searcher.terms(text);
        return new Scored(p, coverage(subject.isEmpty() ? specific(t.subject()) : subject, t.expanded(), p), ranked(hits));
    }

    private static List<Candidate> ranked(List<Hit> hits) {
        return hits.stream().map(h -> new Candidate(h.code(), h.name(), h.score())).toList();
    }

    /** Candidates a changed detail may move a follow-up to, from the search with the context in front. */
    static final int SIBLINGS = 5;

    /** The best record for the follow-up read with its context, moved to the sibling that holds the changed detail. */
    private Optional<Scored> sibling(Timed timed, Procedure focus, String followUp, Set<String> subject, Set<String> expanded) {
        String text = focus.name() + ". " + followUp;
        List<Hit> hits = timed.search(text);
        if (hits.isEmpty()) {
            return Optional.empty();
        }
        List<Hit> top = hits.subList(0, Math.min(SIBLINGS, hits.size()));
        int i = siblings.choose(followUp, subject, expanded, focus.name(), top.stream().map(Hit::name).toList());
        return Optional.of(scored(timed, text, subject, hits, i));
    }

    private static boolean excludesStatedAge(String question, Procedure p) {
        Integer age = SiblingChooser.statedAge(InputGuard.folded(question));
        return age != null && SiblingChooser.excludes(InputGuard.folded(p.name()), age);
    }

    /** Words of a question short enough to be a follow-up rather than a new question. */
    static final int FOLLOW_UP_MAX_WORDS = 12;

    boolean isShortFollowUp(String q, Set<String> subject, Set<String> expanded, Procedure focus) {
        if (subject.isEmpty()) {
            return true;
        }
        int words = InputGuard.folded(q).split(" ").length;
        return words <= FOLLOW_UP_MAX_WORDS && (subject.size() <= 2 || coverage(subject, expanded, focus) >= NO_INFORMATION_BELOW);
    }

    /** The subject words that name something particular. */
    static Set<String> specific(Set<String> subject) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : subject) {
            if (!GENERIC.contains(w) && !w.isBlank()) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * The share of the subject that the record's text holds, counting words a synonym rule brought
     * in ("sổ đỏ" → "giấy chứng nhận quyền sử dụng đất") at half a word each.
     */
    double coverage(Set<String> subject, Set<String> expanded, Procedure p) {
        if (subject.isEmpty()) {
            return 1;
        }
        Set<String> text = text(p).words();
        // Who tells the story ("mẹ già", "nhà em") is no part of what is asked: such a word the record
        // lacks does not count against it.
        Set<String> asked = new LinkedHashSet<>();
        for (String w : subject) {
            if (!STORY_PEOPLE.contains(w) || text.contains(w)) {
                asked.add(w);
            }
        }
        if (asked.isEmpty()) {
            asked = subject;
        }
        int matched = 0;
        for (String w : asked) {
            if (text.contains(w)) {
                matched++;
            }
        }
        int viaSynonyms = 0;
        for (String w : expanded) {
            if (!subject.contains(w) && !GENERIC.contains(w) && text.contains(w)) {
                viaSynonyms++;
            }
        }
        return Math.min(1.0, (matched + Math.min(viaSynonyms / 2.0, asked.size() - matched)) / asked.size());
    }

    /** Whether a synonym rule added words to the question ("HC" → "hộ chiếu"): its wording is one citizens use for a procedure. */
    private static boolean synonymFired(String foldedQ, Set<String> expanded) {
        Set<String> typed = new HashSet<>(List.of(foldedQ.split(" ")));
        for (String w : expanded) {
            if (!typed.contains(w) && !GENERIC.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether two adjacent syllables of the question, neither generic nor a number, stand side by
     * side in the record ("úng nước" does not; "tạm trú" does): Vietnamese words are mostly two
     * syllables, and a match of single syllables alone says little.
     */
    static boolean sharesPhrase(String foldedQ, String foldedRecord) {
        String[] w = foldedQ.split(" ");
        for (int i = 0; i + 1 < w.length; i++) {
            if (GENERIC.contains(w[i]) || GENERIC.contains(w[i + 1]) || isNumber(w[i]) || isNumber(w[i + 1])) {
                continue;
            }
            if (foldedRecord.contains(" " + w[i] + " " + w[i + 1] + " ")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNumber(String w) {
        return !w.isEmpty() && Character.isDigit(w.charAt(0));
    }

    /**
     * The text of a record that coverage and phrase evidence read, folded, with a space at each end,
     * and its words.
     */
    record RecordText(String folded, Set<String> words) {
        static RecordText of(Procedure p) {
            String folded = " " + InputGuard.folded(recordText(p)) + " ";
            // Numbers also as the analyzer reads them: the question's "mức 2" holds "2", the record "mức độ 02".
            Set<String> words = new HashSet<>();
            for (String w : folded.strip().split(" ")) {
                words.add(w);
                words.add(DiacriticFoldingFilter.unpadded(w));
            }
            return new RecordText(folded, Set.copyOf(words));
        }
    }

    /** Each record's text, kept for the record object the searcher hands out until the index changes. */
    private final vn.motcua.catalog.PerRecord<RecordText> recordTexts = new vn.motcua.catalog.PerRecord<>(1024);

    private RecordText text(Procedure p) {
        return recordTexts.get(p.code(), p, () -> RecordText.of(p));
    }

    /** The record's text that coverage reads: name, keywords, field, target group, result, conditions, documents and steps. */
    static String recordText(Procedure p) {
        StringBuilder b = new StringBuilder();
        b.append(p.name()).append(' ').append(String.join(" ", p.keywords())).append(' ');
        append(b, p.field());
        append(b, p.targetGroup());
        append(b, p.result());
        append(b, p.conditions());
        for (DocumentGroup g : p.documents()) {
            append(b, g.caseName());
            for (RequiredDocument d : g.items()) {
                append(b, d.name());
            }
        }
        if (b.length() < 4000) {
            for (String s : p.steps()) {
                append(b, s);
                if (b.length() > 8000) {
                    break;
                }
            }
        }
        return b.toString();
    }

    private static void append(StringBuilder b, String s) {
        if (s != null) {
            b.append(s).append(' ');
        }
    }

    /**
     * The hits a citizen could mean: a procedure only organisations or businesses may apply for
     * ("… lần đầu đối với tổ chức đang sử dụng đất") is no choice for one who does not speak for
     * one, unless the best hit is such a procedure itself.
     */
    static List<Hit> choicesFor(List<Hit> hits, boolean forOrganisation) {
        if (forOrganisation || hits.isEmpty() || hits.get(0).organisationsOnly()) {
            return hits;
        }
        return hits.stream().filter(h -> h == hits.get(0) || !h.organisationsOnly()).toList();
    }

    /**
     * Too close to call: the next candidate scores nearly as high, the question names neither well,
     * and their names differ in more than a level qualifier; or a short question whose near
     * candidates come from different fields ({@link #spansFields}) and which names little of the best.
     */
    static boolean isAmbiguous(List<Hit> hits, Set<String> subject, Set<String> expanded) {
        if (hits.size() < 2) {
            return false;
        }
        if (subject.size() <= SPREAD_SUBJECT_MAX && spansFields(hits) && nameCoverage(hits.get(0).name(), expanded) < SPREAD_NAMED_BELOW) {
            return true;
        }
        if (subjectInNamesOfOtherFields(hits, subject)) {
            return true;
        }
        if (subject.size() > 2) {
            return false;
        }
        if (subject.size() == 1 && distinctNames(ranked(hits)).size() >= 2
                && nameCoverage(hits.get(0).name(), expanded) < 1) {
            // One word of subject ("làm thẻ", "xin trợ cấp") and several different procedures it could mean.
            return true;
        }
        Hit a = hits.get(0);
        String base = foldedBaseName(a.name());
        Hit b = null;
        for (Hit h : hits.subList(1, Math.min(hits.size(), CANDIDATES))) {
            String other = foldedBaseName(h.name());
            if (!other.equals(base) && !isUnaskedVariantOf(other, base, expanded)) {
                b = h;
                break;
            }
        }
        if (b == null || b.score() < CLARIFY_SCORE_RATIO * a.score()) {
            return false;
        }
        return nameCoverage(a.name(), expanded) < CLARIFY_NAME_COVERAGE;
    }

    /** Candidates this close to the best, from three fields and each name holding the whole subject, need a clarifying question. */
    static final double SAME_SUBJECT_SCORE_RATIO = 0.8;

    /**
     * Whether the first {@link #CANDIDATES} names, each near the best ({@link #SAME_SUBJECT_SCORE_RATIO})
     * and each from another field, all hold every word of the subject: "cấp chứng chỉ hành nghề"
     * is whole in the vet's, the pharmacist's and the auctioneer's. The words that tell them apart
     * are the ones the question lacks; "thủ tục tách" is whole in "Tách hộ" and in two school
     * mergers. Two fields are not enough: with two, a question the gold set expects answered was
     * asked back.
     */
    static boolean subjectInNamesOfOtherFields(List<Hit> hits, Set<String> subject) {
        Hit a = hits.get(0);
        if (subject.isEmpty() || !holdsAll(a.name(), subject)) {
            return false;
        }
        Set<String> fields = new HashSet<>();
        fields.add(String.valueOf(a.field()));
        for (Hit h : hits.subList(1, Math.min(hits.size(), CANDIDATES))) {
            if (h.score() >= SAME_SUBJECT_SCORE_RATIO * a.score() && holdsAll(h.name(), subject)) {
                fields.add(String.valueOf(h.field()));
            }
        }
        return fields.size() >= CANDIDATES;
    }

    private static boolean holdsAll(String name, Set<String> subject) {
        return unpaddedWords(InputGuard.folded(name)).collect(Collectors.toSet()).containsAll(subject);
    }

    /** The words of a folded text, numbers as the analyzer reads them ({@link DiacriticFoldingFilter#unpadded}). */
    private static java.util.stream.Stream<String> unpaddedWords(String folded) {
        return Arrays.stream(folded.split(" ")).map(DiacriticFoldingFilter::unpadded);
    }

    /** Whether the folded text holds the folded phrase as whole words. */
    private static boolean holdsPhrase(String folded, String phrase) {
        return (" " + folded + " ").contains(" " + phrase + " ");
    }

    /**
     * Whether the candidate's name ({@code candidateBase}, folded base name) holds an action of
     * {@link #VARIANT_ACTIONS} that the best name ({@code bestBase}) and the question lack: "Cấp Giấy phép điều chỉnh Giấy phép đủ
     * điều kiện kinh doanh dịch vụ vũ trường" beside the licence itself, for "mở vũ trường cần
     * giấy phép gì". It is no alternative the citizen must choose.
     */
    static boolean isUnaskedVariantOf(String candidateBase, String bestBase, Set<String> expanded) {
        for (String action : VARIANT_ACTIONS) {
            if (holdsPhrase(candidateBase, action) && !holdsPhrase(bestBase, action) && !expanded.containsAll(List.of(action.split(" ")))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Actions that make a variant of a paper, folded; names mostly start with them ("Cấp lại …"),
     * some hold them later. Not the re-ranker's families (its {@code VARIANTS}): those are matched
     * with their marks at the start of a name, while these are looked for anywhere in a folded
     * name, where "doi" is also "đối với", "dung" "sử dụng" and "huy" "huy động". Tried on
     * 2026-11-23 with the re-ranker's list: no gold or probe case changed, but for those reasons.
     */
    private static final List<String> VARIANT_ACTIONS = List.of("cap lai", "cap doi", "gia han", "thu hoi", "cham dut", "tam ngung",
            "dieu chinh", "dinh chinh", "chuyen doi", "khoi phuc", "dang ky lai", "xoa dang ky");

    /**
     * Whether the question types the action the best name starts with ("xin cấp lại sổ BHXH, thẻ
     * BHYT" and "Cấp lại, đổi, điều chỉnh thông tin trên sổ BHXH, thẻ BHYT") and no other
     * candidate near it ({@link #SPREAD_SCORE_RATIO}) holds it in its name ("Thông báo tạm ngừng kinh doanh" holds "tạm ngừng"): the question
     * then tells the candidates apart itself.
     */
    static boolean namesTheTopsAction(String foldedQuestion, List<Hit> hits) {
        String top = withoutProcedureWord(hits.get(0));
        for (String action : VARIANT_ACTIONS) {
            if (top.startsWith(action + " ") && holdsPhrase(foldedQuestion, action)) {
                for (Hit h : hits.subList(1, Math.min(hits.size(), CANDIDATES))) {
                    if (h.score() >= SPREAD_SCORE_RATIO * hits.get(0).score() && holdsPhrase(withoutProcedureWord(h), action)) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** A hit's folded base name without a leading "Thủ tục", where the action stands first. */
    private static String withoutProcedureWord(Hit h) {
        return foldedBaseName(h.name()).replaceFirst("^thu tuc ", "");
    }

    /**
     * Whether a candidate near the best one ({@link #SPREAD_SCORE_RATIO}) among the first
     * {@link #CANDIDATES} belongs to another field: "chứng chỉ hành nghề" is an auctioneer's, a
     * vet's or a pharmacist's, and only the citizen knows which.
     */
    static boolean spansFields(List<Hit> hits) {
        Hit a = hits.get(0);
        for (Hit h : hits.subList(1, Math.min(hits.size(), CANDIDATES))) {
            if (h.score() >= SPREAD_SCORE_RATIO * a.score() && !Objects.equals(h.field(), a.field())) {
                return true;
            }
        }
        return false;
    }

    static double nameCoverage(String name, Set<String> expanded) {
        Set<String> words = specific(unpaddedWords(foldedBaseName(name)).collect(Collectors.toCollection(LinkedHashSet::new)));
        if (words.isEmpty()) {
            return 1;
        }
        return words.stream().filter(expanded::contains).count() / (double) words.size();
    }

    /** The name without its parenthesised qualifiers, folded ({@link InputGuard#folded}): how the decision rules compare names. */
    static String foldedBaseName(String name) {
        return InputGuard.folded(baseName(name));
    }

    static String baseName(String name) {
        return name.replaceAll("\\([^)]*\\)", " ").replaceAll("\\s+", " ").strip();
    }

    /** Up to three candidates with different names, best first. */
    static List<Candidate> distinctNames(List<Candidate> ranked) {
        List<Candidate> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Candidate c : ranked) {
            if (seen.add(foldedBaseName(c.name()))) {
                out.add(c);
            }
            if (out.size() == CANDIDATES) {
                break;
            }
        }
        return out;
    }
}
