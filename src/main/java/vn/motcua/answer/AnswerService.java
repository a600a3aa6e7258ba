package vn.motcua.answer;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.catalog.Procedure;
import vn.motcua.search.ProcedureSearcher;
import vn.motcua.search.SearchFilters;
import vn.motcua.search.RegulationHit;
import vn.motcua.search.RegulationSearcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one pipeline behind every channel: guard input, understand, retrieve, decide, compose,
 * cite. Channels and the evaluation call {@link #ask} with the conversation state they keep and
 * get back the reply and the next state. Thread-safe: it holds no per-conversation data.
 */
public final class AnswerService {

    private static final Logger LOG = LoggerFactory.getLogger(AnswerService.class);

    private final AnswerPlanner planner;
    private final Answerer answerer;
    private final String mode;
    private final ProcedureSearcher procedures;
    private final Messages messages;

    AnswerService(AnswerPlanner planner, Answerer answerer, String mode, ProcedureSearcher procedures, Messages messages) {
        this.planner = requireNonNull(planner, "planner may not be null");
        this.procedures = requireNonNull(procedures, "procedures may not be null");
        this.messages = requireNonNull(messages, "messages may not be null");
        this.answerer = requireNonNull(answerer, "answerer may not be null");
        this.mode = requireNonNull(mode, "mode may not be null");
    }

    /** The planner both pipelines share: the bundled guard and the two classifiers, trained here. */
    private static AnswerPlanner planner(ProcedureSearcher procedures, AnswerSettings settings) {
        return new AnswerPlanner(procedures, InputGuard.bundled(settings.maxQuestionChars()), MessageClassifier.outOfScope(procedures.vocabulary()),
                MessageClassifier.emergency());
    }

    /** The pipeline with the grounded answerer only: no model, no network. */
    public static AnswerService grounded(ProcedureSearcher procedures, RegulationSearcher regulations, AnswerSettings settings) {
        Messages messages = Messages.vietnamese();
        return new AnswerService(planner(procedures, settings),
                groundedAnswerer(regulations, settings, messages), "grounded", procedures, messages);
    }

    /**
     * The pipeline with a local model phrasing answered questions, tried endpoint by endpoint
     * within {@code timeout}, and the grounded answerer as the fallback.
     */
    public static AnswerService withModels(ProcedureSearcher procedures, RegulationSearcher regulations, AnswerSettings settings,
            List<LanguageModel> models, Prompts prompts, Duration timeout) {
        Messages messages = Messages.vietnamese();
        GroundedAnswerer grounded = groundedAnswerer(regulations, settings, messages);
        return new AnswerService(planner(procedures, settings),
                new LlmAnswerer(grounded, models, prompts, messages, timeout), "llm", procedures, messages);
    }

    private static GroundedAnswerer groundedAnswerer(RegulationSearcher regulations, AnswerSettings settings, Messages messages) {
        GroundedAnswerer.ArticleFinder articles = regulations == null ? GroundedAnswerer.ArticleFinder.NONE
                : (q, instruments) -> regulations.search(q, 20).stream()
                        .map(RegulationHit::article)
                        .filter(a -> instruments.contains(a.instrument()))
                        .limit(2)
                        .toList();
        return new GroundedAnswerer(messages, articles, settings.maxQuestionChars());
    }

    /** "grounded", or "llm" when a model phrases the answers. */
    /**
     * How many answers the model was asked for and the grounded answer was sent instead (model
     * unreachable, too slow, garbage, or a figure the fact guard rejected); 0 in grounded mode.
     */
    public long modelFallbacks() {
        return answerer instanceof LlmAnswerer llm ? llm.fallbacks() : 0;
    }

    public String mode() {
        return mode;
    }

    /** Each record's card, derived once per record object (the searcher hands out the same one until the index changes). */
    private final vn.motcua.catalog.PerRecord<ProcedureCard> cards = new vn.motcua.catalog.PerRecord<>(1024);

    /** Answers one turn of a conversation. Never throws on any text, however odd. */
    public Answer ask(String text, DialogueState state, AnswerListener listener) {
        requireNonNull(state, "state may not be null");
        requireNonNull(listener, "listener may not be null");
        Plan plan = planner.plan(text, state);
        if (plan.status() == Status.ANSWERED) {
            Procedure p = plan.procedure();
            listener.onProcedure(cards.get(p.code(), p, () -> ProcedureCard.of(p, messages)));
        }
        long t1 = System.nanoTime();
        Answer a = answerer.answer(plan, listener);
        long t2 = System.nanoTime();
        Answer timed = a;
        for (Map.Entry<String, Double> stage : plan.stageMs().entrySet()) {
            timed = timed.withStage(stage.getKey(), stage.getValue());
        }
        timed = timed.withStage("compose", (t2 - t1) / 1e6);
        if (LOG.isDebugEnabled()) {
            LOG.debug("answered status={} procedure={} intents={} composer={} ms={}", timed.status().key(),
                    timed.procedures().isEmpty() ? "-" : timed.procedures().get(0).code(), timed.intents(), timed.composer(),
                    String.format(java.util.Locale.ROOT, "%.2f", timed.latencyMs()));
        }
        return timed;
    }

    /** The card of a procedure by code, for channels' procedure pages. */
    public Optional<ProcedureCard> card(String code) {
        return procedures.byCode(code).map(p -> cards.get(p.code(), p, () -> ProcedureCard.of(p, messages)));
    }

    /** The full record of a procedure by code. */
    public Optional<Procedure> procedure(String code) {
        return procedures.byCode(code);
    }

    /**
     * Procedures matching a question, best first (k clamped to 1…100); bad input gives an empty
     * list. A summary holds no snippet, so none is built (that was a third of a search's cost).
     */
    public List<ProcedureSummary> search(String question, int k) {
        return procedures.search(question == null ? "" : question, k, SearchFilters.NONE, false).hits().stream()
                .map(h -> new ProcedureSummary(h.code(), h.name(), h.score(), h.levels(), h.field()))
                .toList();
    }

    /** Answers a single question with no conversation. */
    public Answer ask(String text) {
        return ask(text, DialogueState.EMPTY, AnswerListener.NONE);
    }
}
