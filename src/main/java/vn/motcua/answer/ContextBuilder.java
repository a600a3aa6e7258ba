package vn.motcua.answer;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import vn.motcua.catalog.DocumentGroup;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.RequiredDocument;
import vn.motcua.catalog.TextCleaner;

/**
 * The record fields a model sees: those the question asks about first, then the rest of the card
 * while the budget lasts (about 800 tokens, counted as characters: Vietnamese runs near three
 * characters per token in common tokenizers). Everything is copied from the record.
 */
final class ContextBuilder {

    static final int BUDGET_CHARS = 2400;

    private final Messages messages;

    ContextBuilder(Messages messages) {
        this.messages = requireNonNull(messages, "messages may not be null");
    }

    String build(Procedure p, List<Intent> intents) {
        RecordFacts f = new RecordFacts(p, messages);
        List<String> lines = new ArrayList<>();
        lines.add(messages.get("answer.card.title", p.name(), p.code()));
        if (f.levels() != null) {
            lines.add(messages.get("answer.card.level", f.levels()));
        }
        List<Intent> order = new ArrayList<>(intents);
        for (Intent i : List.of(Intent.FEE, Intent.DEADLINE, Intent.AGENCY, Intent.ONLINE, Intent.DOCUMENTS, Intent.RESULT)) {
            if (!order.contains(i)) {
                order.add(i);
            }
        }
        String notStated = messages.get("answer.card.not_stated");
        for (Intent i : order) {
            switch (i) {
                case FEE -> lines.add(messages.get("answer.card.fee", f.fee() == null ? notStated
                        : f.fee() + (f.isFeeSetByProvince() ? " (" + messages.get("answer.card.province") + ")" : "")));
                case DEADLINE -> lines.add(messages.get("answer.card.deadline", f.deadline() == null ? notStated : f.deadline()));
                case AGENCY -> lines.add(messages.get("answer.card.agency", f.agency() == null ? notStated : f.agency()));
                case ONLINE -> lines.add(messages.get("answer.card.channels", f.channels() == null ? notStated : f.channels()));
                case RESULT -> lines.add(messages.get("answer.card.result", p.result() == null ? notStated : TextCleaner.oneLine(p.result())));
                case CONDITIONS -> lines.add(messages.get("answer.lead.conditions", p.conditions() == null ? notStated
                        : GroundedAnswerer.cut(TextCleaner.oneLine(p.conditions()), 700)));
                case LEGAL_BASIS -> lines.add(messages.get("answer.lead.legal", String.join("; ", f.legalBasis(4))));
                case FORMS -> lines.add(messages.get("answer.lead.forms", f.forms().isEmpty() ? notStated : String.join("; ", f.forms())));
                case STEPS -> {
                    lines.add(messages.get("answer.lead.steps"));
                    p.steps().stream().limit(6).map(s -> GroundedAnswerer.cut(TextCleaner.oneLine(s), 250)).forEach(lines::add);
                }
                case DOCUMENTS -> {
                    lines.add(messages.get("answer.card.documents"));
                    for (DocumentGroup g : p.documents()) {
                        for (RequiredDocument d : g.items()) {
                            lines.add("- " + GroundedAnswerer.cut(f.documentLine(d), 220));
                        }
                    }
                }
                case OVERVIEW -> {
                    // Covered by the fields added after the asked ones.
                }
            }
        }
        StringBuilder b = new StringBuilder();
        for (String line : lines) {
            if (b.length() + line.length() + 1 > BUDGET_CHARS) {
                break;
            }
            b.append(line).append('\n');
        }
        return b.toString().strip();
    }
}
