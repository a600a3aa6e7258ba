package vn.motcua.answer;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import vn.motcua.search.ProcedureSearcher;
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

    AnswerService(AnswerPlanner planner, Answerer answerer, String mode) {
        this.planner = requireNonNull(planner, "planner may not be null");
        this.answerer = requireNonNull(answerer, "answerer may not be null");
        this.mode = requireNonNull(mode, "mode may not be null");
    }

    /** The pipeline with the grounded answerer only: no model, no network. */
    public static AnswerService grounded(ProcedureSearcher procedures, RegulationSearcher regulations, AnswerSettings settings) {
        Messages messages = Messages.vietnamese();
        return new AnswerService(new AnswerPlanner(procedures, InputGuard.bundled(settings.maxQuestionChars())),
                groundedAnswerer(regulations, settings, messages), "grounded");
    }

    /**
     * The pipeline with a local model phrasing answered questions, tried endpoint by endpoint
     * within {@code timeout}, and the grounded answerer as the fallback.
     */
    public static AnswerService withModels(ProcedureSearcher procedures, RegulationSearcher regulations, AnswerSettings settings,
            List<LanguageModel> models, Prompts prompts, Duration timeout) {
        Messages messages = Messages.vietnamese();
        GroundedAnswerer grounded = groundedAnswerer(regulations, settings, messages);
        return new AnswerService(new AnswerPlanner(procedures, InputGuard.bundled(settings.maxQuestionChars())),
                new LlmAnswerer(grounded, models, prompts, messages, timeout), "llm");
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
    public String mode() {
        return mode;
    }

    /** Answers one turn of a conversation. Never throws on any text, however odd. */
    public Answer ask(String text, DialogueState state, AnswerListener listener) {
        requireNonNull(state, "state may not be null");
        requireNonNull(listener, "listener may not be null");
        Plan plan = planner.plan(text, state);
        long t1 = System.nanoTime();
        Answer a = answerer.answer(plan, listener);
        long t2 = System.nanoTime();
        Answer timed = a;
        for (Map.Entry<String, Double> stage : plan.stageMs().entrySet()) {
            timed = timed.withStage(stage.getKey(), stage.getValue());
        }
        timed = timed.withStage("compose", (t2 - t1) / 1e6);
        LOG.debug("answered status={} procedure={} intents={} composer={} ms={}", timed.status().key(),
                timed.procedures().isEmpty() ? "-" : timed.procedures().get(0).code(), timed.intents(), timed.composer(),
                String.format(java.util.Locale.ROOT, "%.2f", timed.latencyMs()));
        return timed;
    }

    /** Answers a single question with no conversation. */
    public Answer ask(String text) {
        return ask(text, DialogueState.EMPTY, AnswerListener.NONE);
    }

    /** Stage timings of an answer, for reports. */
    public static Map<String, Double> stages(Answer a) {
        return a.stageMs();
    }
}
