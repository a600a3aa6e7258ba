package vn.motcua.eval;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.motcua.answer.Answer;
import vn.motcua.answer.AnswerListener;
import vn.motcua.answer.AnswerService;
import vn.motcua.answer.Candidate;
import vn.motcua.answer.Citation;
import vn.motcua.answer.DialogueState;
import vn.motcua.answer.FactGuard;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.Progress;
import vn.motcua.search.Hit;
import vn.motcua.search.ProcedureSearcher;
import vn.motcua.search.SearchFilters;

/**
 * Runs every gold case through the answer pipeline in-process, replaying earlier turns first:
 * user turns are asked in order in one conversation; an assistant turn that offered numbered
 * candidates ("1. …") sets them as offered, each name read back to its procedure, and any other
 * assistant turn sets the procedure it talks about (read back through search) as the focus, as
 * the system's own earlier reply would have. Then scores
 * the last answer: status, key facts found, figures the cited record does not hold.
 */
public final class AnswerEvaluator {

    private static final Pattern NUMBERED = Pattern.compile("(?:^|\\s)([1-9])[.)]\\s+(.+?)(?=\\s+[1-9][.)]\\s|$)", Pattern.DOTALL);

    private final Pipeline answers;
    private final ProcedureSearcher searcher;
    private final ObjectMapper json;
    private final FactGuard guard = new FactGuard();

    /**
     * What the evaluator asks each turn: the answer service itself, or a wrapper of it (a test
     * breaks answers through this to prove the regression gate catches them).
     */
    @FunctionalInterface
    public interface Pipeline {
        Answer ask(String text, DialogueState state, AnswerListener listener);
    }

    public AnswerEvaluator(AnswerService answers, ProcedureSearcher searcher, ObjectMapper json) {
        this(requireNonNull(answers, "answers may not be null")::ask, searcher, json);
    }

    public AnswerEvaluator(Pipeline answers, ProcedureSearcher searcher, ObjectMapper json) {
        this.answers = requireNonNull(answers, "answers may not be null");
        this.searcher = requireNonNull(searcher, "searcher may not be null");
        this.json = requireNonNull(json, "json may not be null");
    }

    /** Outcomes by case id, in gold-set order. */
    public Map<String, AnswerOutcome> run(List<GoldCase> cases, Progress progress) {
        Map<String, AnswerOutcome> out = new LinkedHashMap<>();
        int done = 0;
        for (GoldCase c : cases) {
            out.put(c.id(), evaluate(c));
            progress.update(++done, cases.size());
        }
        return out;
    }

    AnswerOutcome evaluate(GoldCase c) {
        DialogueState state = DialogueState.EMPTY;
        for (GoldCase.Turn t : c.history()) {
            if ("user".equals(t.role())) {
                state = answers.ask(t.text(), state, AnswerListener.NONE).state();
            } else {
                List<String> offered = offered(t.text());
                if (!offered.isEmpty()) {
                    state = state.withOffer(offered);
                } else {
                    List<Hit> named = searcher.search(t.text(), 1, SearchFilters.NONE).hits();
                    if (!named.isEmpty()) {
                        state = state.withFocus(named.get(0).code());
                    }
                }
            }
        }
        Answer a = answers.ask(c.question(), state, AnswerListener.NONE);
        List<GoldCase.Fact> found = new ArrayList<>();
        List<GoldCase.Fact> missed = new ArrayList<>();
        for (GoldCase.Fact f : c.expect().facts()) {
            (FactMatcher.contains(a.text(), f.value()) ? found : missed).add(f);
        }
        String focus = a.status().key().equals("answered") && !a.procedures().isEmpty() ? a.procedures().get(0).code() : null;
        List<String> unsupported = focus == null ? List.of() : unsupported(a.text(), focus);
        return new AnswerOutcome(a.status().key(), a.text(),
                a.citations().stream().map(AnswerEvaluator::citation).distinct().toList(), focus,
                a.procedures().stream().map(Candidate::code).toList(), found, missed, unsupported, invalid(a.citations()),
                a.latencyMs(), a.confidence(), a.stageMs());
    }

    /** Figures in the answer that the answered record does not hold anywhere. */
    private List<String> unsupported(String answer, String code) {
        Optional<Procedure> p = searcher.byCode(code);
        if (p.isEmpty()) {
            return List.of("record " + code + " not found");
        }
        try {
            return guard.check(answer, json.writeValueAsString(p.get())).unsupported();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise record " + code, e);
        }
    }

    /** Fields a procedure citation may name. */
    static final java.util.Set<String> CITABLE = java.util.Set.of("name", "fee", "processing_time", "documents", "agencies", "channels",
            "steps", "conditions", "result", "legal_basis");

    /**
     * Citations that point nowhere: an unknown code, a field no record has, a URL that is not the
     * record's own, or a regulation article whose instrument the record does not cite.
     */
    private List<String> invalid(List<Citation> citations) {
        List<String> bad = new ArrayList<>();
        java.util.Set<String> instruments = new java.util.HashSet<>();
        for (Citation c : citations) {
            if (c.article() != null) {
                continue;
            }
            Optional<Procedure> p = searcher.byCode(c.code());
            if (p.isEmpty()) {
                bad.add(citation(c) + " (no such procedure)");
                continue;
            }
            p.get().legalBasis().forEach(l -> {
                if (l.number() != null) {
                    instruments.add(l.number().strip());
                }
            });
            if (!CITABLE.contains(c.field())) {
                bad.add(citation(c) + " (no such field)");
            } else if (!java.util.Objects.equals(c.url(), p.get().source().url())) {
                // Equal also when both are null: a few Word-export records have no portal URL to cite.
                bad.add(citation(c) + " (not the record's URL)");
            }
        }
        for (Citation c : citations) {
            if (c.article() != null && !instruments.contains(c.code())) {
                bad.add(citation(c) + " (instrument not in the record's legal basis)");
            }
        }
        return bad;
    }

    private List<String> offered(String assistantText) {
        List<String> codes = new ArrayList<>();
        Matcher m = NUMBERED.matcher(assistantText);
        while (m.find()) {
            List<Hit> hits = searcher.search(m.group(2), 1, SearchFilters.NONE).hits();
            if (!hits.isEmpty()) {
                codes.add(hits.get(0).code());
            }
        }
        return codes;
    }

    private static String citation(Citation c) {
        return c.article() == null ? c.code() + ":" + c.field() : c.code() + ":" + c.article();
    }
}
