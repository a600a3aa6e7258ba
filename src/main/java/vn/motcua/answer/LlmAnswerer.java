package vn.motcua.answer;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.catalog.Procedure;

/**
 * Lets a local model phrase an answered question from the record fields relevant to it, streaming
 * sentence by sentence, each sentence released only after the {@link FactGuard} found every figure
 * in the context. Endpoints are tried in order within one time budget; a failure, a timeout,
 * garbage or one unsupported figure sends the grounded answer instead (the channel is told to
 * discard what it streamed), with one WARN in the log. Non-answered statuses never reach a model.
 */
final class LlmAnswerer implements Answerer {

    private static final Logger LOG = LoggerFactory.getLogger(LlmAnswerer.class);
    private static final Pattern FOREIGN_SCRIPT = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}\\p{IsCyrillic}\\p{IsThai}\\p{IsArabic}\\p{IsHebrew}\\p{IsDevanagari}]");
    private static final Pattern VIETNAMESE_LETTER = Pattern.compile("[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final GroundedAnswerer grounded;
    private final List<LanguageModel> models;
    private final Prompts prompts;
    private final ContextBuilder contexts;
    private final FactGuard guard = new FactGuard();
    private final Messages messages;
    private final Duration timeout;
    private final AtomicLong fallbacks = new AtomicLong();

    LlmAnswerer(GroundedAnswerer grounded, List<LanguageModel> models, Prompts prompts, Messages messages, Duration timeout) {
        this.grounded = requireNonNull(grounded, "grounded may not be null");
        this.models = List.copyOf(models);
        if (this.models.isEmpty()) {
            throw new IllegalArgumentException("at least one model endpoint is needed");
        }
        this.prompts = requireNonNull(prompts, "prompts may not be null");
        this.messages = requireNonNull(messages, "messages may not be null");
        this.contexts = new ContextBuilder(messages);
        this.timeout = requireNonNull(timeout, "timeout may not be null");
    }

    /** How many answers fell back to the grounded text since start. */
    long fallbacks() {
        return fallbacks.get();
    }

    @Override
    public Answer answer(Plan plan, AnswerListener listener) {
        GroundedAnswerer.Composed fallback = grounded.compose(plan);
        if (plan.status() != Status.ANSWERED) {
            listener.onText(fallback.text());
            return result(plan, fallback.text(), fallback, "grounded");
        }
        Procedure p = plan.procedure();
        String context = contexts.build(p, plan.understanding().intents());
        String agency = new RecordFacts(p, messages).agency();
        String refusal = Prompts.render(prompts.refusal(), Map.of("agency", agency == null ? messages.get("answer.ask_agency_default") : agency));
        String user = Prompts.render(prompts.answer(), Map.of(
                "question", plan.maskedQuestion(),
                "intents", plan.understanding().intents().stream().map(Intent::key).collect(Collectors.joining(", ")),
                "code", p.code(),
                "context", context,
                "refusal", refusal));
        // The danger and personal-data notices come first, as in the grounded text; the model never sees them.
        List<String> notices = grounded.notices(plan);
        String lead = notices.isEmpty() ? "" : String.join("\n", notices) + "\n";
        long deadline = System.nanoTime() + timeout.toNanos();
        String reason = "no endpoint tried";
        for (LanguageModel model : models) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                reason = "time budget of " + timeout.toMillis() + " ms spent";
                break;
            }
            SentenceGate gate = new SentenceGate(listener, guard, context + "\n" + refusal);
            if (!lead.isEmpty()) {
                listener.onText(lead);
            }
            try {
                String text = model.complete(prompts.system(), user, gate::accept, Duration.ofNanos(left));
                gate.finish();
                String problem = gate.rejected() != null ? "fact guard: " + gate.rejected() : garbage(text);
                if (problem == null) {
                    String source = messages.get("answer.card.source", p.code(), p.source().url() == null ? "" : p.source().url());
                    listener.onText("\n" + source);
                    return result(plan, lead + text.strip() + "\n" + source, fallback, "llm");
                }
                reason = problem + " (" + model.describe() + ")";
                if (gate.emitted() || !lead.isEmpty()) {
                    listener.onReset();
                }
                break;
            } catch (LanguageModelException e) {
                reason = e.getMessage();
                if (gate.emitted() || !lead.isEmpty()) {
                    listener.onReset();
                }
                LOG.warn("model endpoint failed, trying the next one: {}", e.getMessage());
            }
        }
        fallbacks.incrementAndGet();
        LOG.warn("grounded answer sent instead of the model's for procedure {}: {}", p.code(), reason);
        listener.onText(fallback.text());
        return result(plan, fallback.text(), fallback, "grounded");
    }

    private static Answer result(Plan plan, String text, GroundedAnswerer.Composed c, String composer) {
        return Answer.of(plan, text, c.citations(), composer);
    }

    /** Why a model's text is unusable, or null when it is fine. */
    static String garbage(String text) {
        if (text == null || text.strip().length() < 20) {
            return "empty or too short";
        }
        if (FOREIGN_SCRIPT.matcher(text).find()) {
            return "foreign script";
        }
        if (!VIETNAMESE_LETTER.matcher(text).find()) {
            return "not Vietnamese";
        }
        return null;
    }

    /**
     * Buffers streamed tokens into sentences and passes each to the listener only once the guard
     * accepts it; after a rejection nothing more is released.
     */
    static final class SentenceGate {
        private final AnswerListener listener;
        private final FactGuard guard;
        private final String context;
        private final StringBuilder pending = new StringBuilder();
        private String rejected;
        private boolean emitted;

        SentenceGate(AnswerListener listener, FactGuard guard, String context) {
            this.listener = listener;
            this.guard = guard;
            this.context = context;
        }

        void accept(String token) {
            if (rejected != null || token == null) {
                return;
            }
            pending.append(token);
            int end = lastSentenceEnd(pending);
            if (end > 0) {
                release(pending.substring(0, end));
                pending.delete(0, end);
            }
        }

        void finish() {
            if (rejected == null && !pending.isEmpty()) {
                release(pending.toString());
                pending.setLength(0);
            }
        }

        private void release(String sentence) {
            FactGuard.Verdict v = guard.check(sentence, context);
            if (!v.passes()) {
                rejected = String.join(", ", v.unsupported());
                return;
            }
            if (FOREIGN_SCRIPT.matcher(sentence).find()) {
                rejected = "foreign script";
                return;
            }
            listener.onText(sentence);
            emitted = true;
        }

        /** The end of the last complete sentence (after ". ", "! ", "? " or a newline), 0 when none. */
        private static int lastSentenceEnd(CharSequence s) {
            for (int i = s.length() - 1; i > 0; i--) {
                char c = s.charAt(i);
                char prev = s.charAt(i - 1);
                if (c == '\n' || (Character.isWhitespace(c) && (prev == '.' || prev == '!' || prev == '?') && !(i >= 2 && Character.isDigit(s.charAt(i - 2)) && prev == '.'))) {
                    return i + 1;
                }
            }
            return 0;
        }

        String rejected() {
            return rejected;
        }

        boolean emitted() {
            return emitted;
        }
    }
}
