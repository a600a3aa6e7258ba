package vn.motcua.search;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import vn.motcua.catalog.TextCleaner;

/**
 * Builds the Lucene query for a question. The question is only ever analysed into terms, never
 * parsed as query syntax, so "AND", "*:*", quotes or backslashes are plain words. The query is a
 * weighted sum over field groups (name ≫ keywords > documents > body) in their exact, folded and
 * shingle forms, plus the phrases that synonym rules add, at a lower weight.
 */
final class QueryFactory {

    static final int MAX_QUESTION_CHARS = 600;
    /** Distinct terms read from one text; a question of 600 characters rarely has more. */
    static final int MAX_TERMS_PER_FIELD = 32;
    /**
     * Distinct shingles read from one text into the query: two per syllable (pairs and triples), so
     * as many syllables as {@link #MAX_TERMS_PER_FIELD} reaches. At 32, a story of twenty syllables
     * lost the shingles of its end, where the wish usually stands ("… tại đại sứ quán").
     */
    static final int MAX_SHINGLES_PER_TEXT = 2 * MAX_TERMS_PER_FIELD;
    /** At most this many synonym phrases are added. */
    static final int MAX_EXPANSIONS = 8;
    /** Term clauses per query; the code filter and visibility filter come on top. */
    static final int MAX_CLAUSES = 1000;
    static final Pattern CODE = Pattern.compile("(?<![\\d.])(\\d{1,2}\\.\\d{6})(?![\\d])");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}&&[^\\n\\t]]");

    private final SearchSettings settings;
    private final Synonyms synonyms;
    private final Analyzer exact;
    private final Analyzer folded;
    private final Analyzer shingles;
    private final Analyzer standard = new StandardAnalyzer(CharArraySet.EMPTY_SET);
    private final FacetWords facets = new FacetWords();

    QueryFactory(SearchSettings settings, Synonyms synonyms) {
        this.settings = requireNonNull(settings, "settings may not be null");
        this.synonyms = requireNonNull(synonyms, "synonyms may not be null");
        CharArraySet stop = settings.stopwords() ? Stopwords.set() : CharArraySet.EMPTY_SET;
        this.exact = new VietnameseAnalyzer(VietnameseAnalyzer.Form.EXACT, stop);
        this.folded = new VietnameseAnalyzer(VietnameseAnalyzer.Form.FOLDED, stop);
        this.shingles = new VietnameseAnalyzer(VietnameseAnalyzer.Form.SHINGLES, CharArraySet.EMPTY_SET);
    }

    /**
     * Cleans user text: controls and invisible characters removed, bounded length, and (except for
     * the StandardAnalyzer baseline, which the ablation measures without it) Unicode NFC.
     */
    String clean(String question) {
        String raw = CONTROL.matcher(question == null ? "" : question).replaceAll(" ");
        String t = settings.standardBaseline() ? raw.replaceAll("\\s+", " ").strip() : TextCleaner.oneLine(raw);
        return t.length() > MAX_QUESTION_CHARS ? t.substring(0, MAX_QUESTION_CHARS) : t;
    }

    /** Procedure codes written in the question ("thủ tục 1.001193"). */
    static List<String> codes(String question) {
        List<String> out = new ArrayList<>();
        Matcher m = CODE.matcher(question);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /**
     * The text query (null when the question holds no searchable word), the folded topic terms
     * (for snippets) and the topic words as re-ranking reads them.
     */
    record Plan(Query query, Set<String> topicTerms, QueryWords words, Set<String> subject, Map<String, Set<String>> spelledOut) {}

    /** The subject words and all query terms of a question already passed through {@link #clean}. */
    QuestionTerms terms(String question) {
        Plan plan = plan(question);
        return new QuestionTerms(new LinkedHashSet<>(plan.subject()), plan.topicTerms(), plan.words().forOrganisation(), plan.spelledOut());
    }

    /** The last plan made on this thread: {@link #terms} and the search that follows it ask for the same question. */
    private record Memo(String question, Plan plan) {}

    private final ThreadLocal<Memo> lastPlan = new ThreadLocal<>();

    /** Analyses the question once into the query and the terms re-ranking and snippets need. */
    Plan plan(String question) {
        Memo last = lastPlan.get();
        if (last != null && last.question().equals(question)) {
            return last.plan();
        }
        Plan plan = build(question);
        lastPlan.set(new Memo(question, plan));
        return plan;
    }

    private Plan build(String asked) {
        String withoutPlace = withoutMissionPlace(asked);
        boolean atMission = !withoutPlace.equals(asked) && !backHome(asked);
        String question = settings.standardBaseline() ? asked : withoutPlace;
        Budget q = new Budget();
        Topic topic = new Topic();
        int clauses;
        String[] topicAndFacet = facets.split(question);
        // The subject: the question without its facet words, folded (re-used by the text query when it searches that text).
        List<String> subject = terms(folded, "x", topicAndFacet[0]);
        if (settings.standardBaseline() || !settings.facets()) {
            clauses = addText(q, question, 1f, topic);
        } else {
            clauses = addText(q, topicAndFacet[0], 1f, topic, subject);
            clauses += addText(q, topicAndFacet[1], clauses == 0 ? 1f : SearchSettings.FACET_FACTOR, clauses == 0 ? topic : new Topic());
        }
        String wish = settings.standardBaseline() ? "" : wish(question);
        if (!wish.isEmpty()) {
            clauses += addText(q, wish, GOAL_FACTOR, new Topic());
        }
        Set<String> typed = Set.copyOf(topic.folded);
        Set<String> typedPairs = Set.copyOf(topic.pairs);
        Map<String, Set<String>> spelledOut = new HashMap<>();
        Set<String> ruledOut = new HashSet<>();
        if (settings.synonyms() && !settings.standardBaseline()) {
            Set<String> facetOnly = facetOnlyWords(topicAndFacet);
            List<Synonyms.Expansion> expansions = synonyms.expand(question).stream().filter(e -> !saysOnlyHow(e, facetOnly)).toList();
            for (Synonyms.Expansion e : expansions.stream().filter(e -> !e.demotes()).limit(MAX_EXPANSIONS).toList()) {
                clauses += addText(q, e.phrase(), SearchSettings.SYNONYM_FACTOR, topic);
                spellOut(e, spelledOut);
            }
            // Read like the names they are looked for in ("mức độ 02" as "muc do 2"; Reranker#isRuledOut).
            expansions.stream().filter(Synonyms.Expansion::demotes).forEach(e -> ruledOut.add(Reranker.nameWords(e.phrase())));
        }
        QueryWords words = new QueryWords(topic.folded, typed, topic.exact, typedPairs).ruleOut(ruledOut);
        if (atMission) {
            words = words.askedAtMission();
        }
        if (asksOnline(question)) {
            words = words.askedOnline();
        }
        Reranker.Level level = settings.standardBaseline() ? null : Reranker.askedLevel(question);
        if (level != null) {
            words = words.askedAt(level);
        }
        return new Plan(clauses == 0 ? null : q.build(), java.util.Collections.unmodifiableSet(topic.folded), words,
                java.util.Collections.unmodifiableSet(new LinkedHashSet<>(subject)), Map.copyOf(spelledOut));
    }

    /**
     * A rule fired by one typed word ("gplx", "nvqs", "ltp") spells it out: the folded words of its
     * longest expansion ("giay phep lai xe"), kept by the abbreviation's folded form.
     */
    private static void spellOut(Synonyms.Expansion e, Map<String, Set<String>> out) {
        List<String> matched = Synonyms.words(e.matched());
        if (matched.size() != 1) {
            return;
        }
        List<String> words = Synonyms.words(e.phrase()).stream().map(TextCleaner::fold).toList();
        String key = TextCleaner.fold(matched.get(0));
        Set<String> before = out.get(key);
        if (before == null || words.size() > before.size()) {
            out.put(key, Set.copyOf(words));
        }
    }

    /** Words that ask about submitting online, folded and padded. */
    private static final Pattern ONLINE = Pattern.compile(" (online|onl|truc tuyen|qua mang|tren mang|vneid|toan trinh|dich vu cong|dvc|app|ung dung|khong (can|phai) (len|den|ra|di))( |$)");

    /** Whether the question asks about submitting online ("làm online được không", "qua VNeID"). */
    static boolean asksOnline(String question) {
        return ONLINE.matcher(paddedFolded(question)).find();
    }

    /** The question's words folded, between single spaces and with one at each end, for the patterns above and below. */
    private static String paddedFolded(String question) {
        return " " + String.join(" ", Synonyms.words(TextCleaner.fold(question))) + " ";
    }

    /** The folded words that stand only in the question's facet part (empty when facets are not split off). */
    private Set<String> facetOnlyWords(String[] topicAndFacet) {
        if (!settings.facets()) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        Synonyms.words(topicAndFacet[1]).forEach(w -> out.add(TextCleaner.fold(w)));
        Synonyms.words(topicAndFacet[0]).forEach(w -> out.remove(TextCleaner.fold(w)));
        return out;
    }

    /**
     * Whether a rule fired on words that only say how to submit ("nộp qua VNeID"): they name no
     * procedure, so their expansion ("định danh điện tử") must not pull the account records first.
     */
    private static boolean saysOnlyHow(Synonyms.Expansion e, Set<String> facetOnly) {
        if (facetOnly.isEmpty()) {
            return false;
        }
        List<String> matched = Synonyms.words(e.matched());
        return !matched.isEmpty() && matched.stream().allMatch(w -> facetOnly.contains(TextCleaner.fold(w)));
    }

    /**
     * The places of a Vietnamese mission abroad, folded: "(tổng) lãnh sự quán", "đại sứ quán",
     * ĐSQ, LSQ, "cơ quan đại diện", as whole phrases ("sự quan tâm" and "nhân sự quản lý" fold to
     * "su quan" too). They say where the procedure is done, not which one: the
     * re-ranking puts the mission's records first ({@link Reranker#AT_MISSION_BOOST}), while as
     * query words "lãnh sự" and "đại diện" pulled the consular legalisation record ("chứng nhận
     * lãnh sự … tại Cơ quan đại diện") above the procedure asked for.
     */
    private static final List<List<String>> MISSION_PLACES = List.of(
            List.of("tong", "lanh", "su", "quan"), List.of("dai", "su", "quan"), List.of("lanh", "su", "quan"),
            List.of("co", "quan", "dai", "dien"), List.of("dsq"), List.of("lsq"), List.of("tlsq"));

    /**
     * Words that put the citizen back in Viet Nam ("giờ về VN muốn xin bản sao…", "đã về nước", "về
     * nước rồi") or at the Foreign Ministry at home, folded: a mission named beside them is where the
     * story happened ("đăng ký khai sinh ở ĐSQ hồi ở nước ngoài"), not where the wish is done. A paper
     * carried home ("hợp pháp hóa ở ĐSQ để mang về VN dùng") does not put its owner there.
     */
    private static final Pattern BACK_HOME = Pattern.compile(" ((gio|nay|da|moi|vua|roi) ve (vn|viet nam|nuoc(?! ngoai))|ve (vn|viet nam|nuoc) (roi|han|luon|song)|bo ngoai giao)( |$)");

    /** Whether the question says the citizen is back in Viet Nam or asks the Foreign Ministry: see {@link #BACK_HOME}. */
    static boolean backHome(String question) {
        return BACK_HOME.matcher(paddedFolded(question)).find();
    }

    /** The question without the words of a mission's place; the question itself when it names none. */
    static String withoutMissionPlace(String question) {
        List<String> words = Synonyms.words(question);
        List<String> folded = words.stream().map(TextCleaner::fold).toList();
        List<String> kept = new ArrayList<>();
        boolean removed = false;
        for (int i = 0; i < words.size(); i++) {
            List<String> place = placeAt(folded, i);
            if (place != null) {
                i += place.size() - 1;
                removed = true;
            } else {
                kept.add(words.get(i));
            }
        }
        return removed ? String.join(" ", kept) : question;
    }

    private static List<String> placeAt(List<String> folded, int i) {
        for (List<String> place : MISSION_PLACES) {
            if (i + place.size() <= folded.size() && folded.subList(i, i + place.size()).equals(place)) {
                return place;
            }
        }
        return null;
    }

    /**
     * A citizen tells the story first and the wish last ("nhà em vừa mua căn chung cư…, muốn nhập
     * khẩu về chỗ mới"): the words after the last goal word count this much more than the story's.
     */
    static final float GOAL_FACTOR = 0.3f;
    /** Words that open the wish, typed with or without marks; "cần" and "định" only with them ("can", "dinh" fold from many words). */
    private static final Set<String> GOAL_MARKERS = Set.of("muốn", "muon", "mún", "cần", "xin", "định");
    /** Politeness after "xin" ("xin hỏi", "xin cảm ơn"), not a wish. */
    private static final Set<String> NOT_A_WISH = Set.of("hỏi", "hoi", "cho", "cảm", "cam", "lỗi", "loi", "chào", "chao");

    /**
     * The wish without its facet words: the words after the last goal word that still holds a
     * subject word, when at least three words of story come before it; else "".
     */
    String wish(String question) {
        List<String> w = Synonyms.words(question);
        for (int i = w.size() - 2; i >= 3; i--) {
            if (GOAL_MARKERS.contains(w.get(i)) && !NOT_A_WISH.contains(w.get(i + 1))) {
                String topic = facets.split(String.join(" ", w.subList(i + 1, w.size())))[0];
                if (!terms(folded, "x", topic).isEmpty()) {
                    return topic;
                }
            }
        }
        return "";
    }

    /** The topic words collected while the query is built: folded, and with their marks. */
    private static final class Topic {
        final Set<String> folded = new LinkedHashSet<>();
        final Set<String> exact = new LinkedHashSet<>();
        /** Folded pairs of adjacent syllables ("khai sinh"). */
        final Set<String> pairs = new LinkedHashSet<>();
    }

    /**
     * The query under construction, which never exceeds {@link #MAX_CLAUSES} term clauses (Lucene
     * refuses more than 1,024): whatever does not fit is dropped, lowest priority last added.
     */
    private static final class Budget {
        /** One weight per field and term: the same term added twice scores as once with the weights summed. */
        final Map<Term, Float> weights = new LinkedHashMap<>();
        int left = MAX_CLAUSES;

        /** Adds the weight of a term clause; false when the budget is spent. */
        boolean add(Term term, float weight) {
            Float before = weights.get(term);
            if (before != null) {
                weights.put(term, before + weight);
                return true;
            }
            if (left == 0) {
                return false;
            }
            weights.put(term, weight);
            left--;
            return true;
        }

        Query build() {
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            weights.forEach((term, weight) -> query.add(new BoostQuery(new TermQuery(term), weight), BooleanClause.Occur.SHOULD));
            return query.build();
        }
    }

    private int addText(Budget q, String text, float factor, Topic topic) {
        return addText(q, text, factor, topic, null);
    }

    /** As above, with the folded terms of {@code text} when the caller already has them (else null). */
    private int addText(Budget q, String text, float factor, Topic topic, List<String> foldedOfText) {
        int added = 0;
        if (settings.standardBaseline()) {
            added += add(q, Fields.STD_NAME, terms(standard, Fields.STD_NAME, text), factor);
            added += add(q, Fields.STD_BODY, terms(standard, Fields.STD_BODY, text), factor);
            topic.folded.addAll(terms(folded, "x", text));
            topic.exact.addAll(terms(exact, "x", text));
            return added;
        }
        List<String> exactTerms = terms(exact, "x", text);
        List<String> foldedTerms = foldedOfText != null ? foldedOfText : terms(folded, "x", text);
        topic.folded.addAll(foldedTerms);
        topic.exact.addAll(exactTerms);
        if (!settings.folded()) {
            foldedTerms = List.of();
        }
        // Every pair of the text is kept for re-ranking (the question's length bounds them); the query
        // takes the first MAX_SHINGLES_PER_TEXT shingles.
        List<String> allShingles = settings.shingles() ? terms(shingles, "x", text, Integer.MAX_VALUE) : List.of();
        for (String sh : allShingles) {
            if (sh.indexOf(' ') == sh.lastIndexOf(' ')) {
                topic.pairs.add(sh);
            }
        }
        List<String> shingleTerms = allShingles.subList(0, Math.min(allShingles.size(), MAX_SHINGLES_PER_TEXT));
        for (Fields.Group g : Fields.Group.values()) {
            float w = settings.weight(g) * factor;
            added += add(q, g.exact(), exactTerms, w);
            added += add(q, g.folded(), foldedTerms, w * SearchSettings.FOLDED_FACTOR);
            if (g.hasShingles()) {
                added += add(q, g.shingles(), shingleTerms, w * SearchSettings.SHINGLE_FACTOR);
            }
        }
        return added;
    }

    /**
     * Adds one boosted term clause per term (a term already in the query gets the weight added
     * to its clause). The query stays one flat disjunction, which Lucene's MaxScore scorer can
     * prune far better than nested groups.
     */
    private static int add(Budget q, String field, List<String> terms, float weight) {
        int added = 0;
        for (String t : terms) {
            if (!q.add(new Term(field, t), weight)) {
                break;
            }
            added++;
        }
        return added;
    }

    /** The distinct terms an analyzer makes of the text. */
    static List<String> terms(Analyzer analyzer, String field, String text) {
        return terms(analyzer, field, text, MAX_TERMS_PER_FIELD);
    }

    /** The first {@code limit} distinct terms an analyzer makes of the text. */
    static List<String> terms(Analyzer analyzer, String field, String text, int limit) {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && out.size() < limit) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of an in-memory string failed", e);
        }
        return List.copyOf(out);
    }

    SearchSettings settings() {
        return settings;
    }

}
