package vn.motcua.answer;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.motcua.catalog.LegalBasis;
import vn.motcua.catalog.Procedure;
import vn.motcua.search.Audience;
import vn.motcua.search.GuidanceHit;
import vn.motcua.search.GuidanceSearcher;

/**
 * Officers' answers: the citizens' pipeline unchanged, then an officer section appended — the
 * internal guidance the audience may read, cited by document, and the fields of the public record
 * a citizen's answer leaves out (coordinating and authorised agencies, the full legal basis). With
 * {@link Audience#PUBLIC} the answer is exactly the citizen's; internal documents are filtered in
 * {@link GuidanceSearcher}, not here.
 */
public final class OfficerAnswers {

    /** At most this many internal documents are quoted in one answer. */
    static final int GUIDANCE_LIMIT = 3;

    private final AnswerService answers;
    private final GuidanceSearcher guidance;
    private final Messages messages;

    public OfficerAnswers(AnswerService answers, GuidanceSearcher guidance) {
        this.answers = requireNonNull(answers, "answers may not be null");
        this.guidance = requireNonNull(guidance, "guidance may not be null");
        this.messages = Messages.vietnamese();
    }

    /**
     * A refusal that a search stands behind (its confidence is a number): the question passed the
     * guard, and no public record covered it well enough. An officer's question about an internal
     * process ("quy trình nội bộ") is of that kind, so the internal guidance is still looked up. A
     * refusal of the guard itself (injection, off-topic words, no search: confidence NaN) stays.
     */
    private static boolean refusedForWeakPublicMatch(Answer a) {
        return !Double.isNaN(a.confidence());
    }

    /** Answers one turn for an audience; never throws on any text. */
    public Answer ask(Audience audience, String text, DialogueState state, AnswerListener listener) {
        requireNonNull(audience, "audience may not be null");
        Answer a = answers.ask(text, state, listener);
        if (!audience.isOfficer() || a.status() == Status.EMERGENCY || a.status() == Status.REFUSED && !refusedForWeakPublicMatch(a)) {
            return a;
        }
        List<String> lines = new ArrayList<>();
        List<Citation> citations = new ArrayList<>(a.citations());
        List<GuidanceHit> hits = guidance.search(text, GUIDANCE_LIMIT, audience);
        if (!hits.isEmpty()) {
            lines.add(messages.get("officer.answer.guidance"));
            for (GuidanceHit h : hits) {
                var d = h.document();
                lines.add(messages.get("officer.answer.guidance_item", d.title(), d.unit() == null ? "" : d.unit(),
                        d.effectiveDate() == null ? "" : d.effectiveDate(), h.snippet().text()));
                citations.add(Citation.ofInternal(d.path(), d.title()));
            }
        }
        Optional<Procedure> record = a.status() == Status.ANSWERED && !a.procedures().isEmpty()
                ? answers.procedure(a.procedures().get(0).code()) : Optional.empty();
        record.ifPresent(p -> recordFields(p, lines, citations));
        if (lines.isEmpty()) {
            return a;
        }
        boolean guidanceOnly = a.status() != Status.ANSWERED && !hits.isEmpty();
        String body = String.join("\n", lines);
        String text2 = guidanceOnly ? body : a.text() + "\n\n" + body;
        return new Answer(guidanceOnly ? Status.ANSWERED : a.status(), text2, a.procedures(), citations, a.intents(), a.state(), a.composer(),
                a.stageMs(), a.confidence());
    }

    private void recordFields(Procedure p, List<String> lines, List<Citation> citations) {
        String url = p.source() == null ? null : p.source().url();
        List<String> extra = new ArrayList<>();
        if (!p.agencies().coordinating().isEmpty()) {
            extra.add(messages.get("officer.answer.coordinating", String.join("; ", p.agencies().coordinating())));
            citations.add(Citation.ofProcedure(p.code(), "agencies.coordinating", url));
        }
        if (!p.agencies().authorised().isEmpty()) {
            extra.add(messages.get("officer.answer.authorised", String.join("; ", p.agencies().authorised())));
            citations.add(Citation.ofProcedure(p.code(), "agencies.authorised", url));
        }
        if (!p.legalBasis().isEmpty()) {
            extra.add(messages.get("officer.answer.legal_basis"));
            for (LegalBasis b : p.legalBasis()) {
                extra.add("- " + String.join(", ", java.util.stream.Stream.of(b.number(), b.title(), b.date(), b.issuer())
                        .filter(x -> x != null && !x.isBlank()).toList()));
            }
            citations.add(Citation.ofProcedure(p.code(), "legal_basis", url));
        }
        if (!extra.isEmpty()) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            lines.add(messages.get("officer.answer.record", p.code()));
            lines.addAll(extra);
        }
    }
}
