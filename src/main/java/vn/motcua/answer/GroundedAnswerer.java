package vn.motcua.answer;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.motcua.catalog.DocumentGroup;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.RegulationArticle;
import vn.motcua.catalog.RequiredDocument;
import vn.motcua.catalog.TextCleaner;

/**
 * Composes the reply from the structured record alone: first what was asked (a fee question
 * starts with the fee), then a compact card of the procedure with its checklist of documents,
 * then the source. Every value is copied from the record; a missing value is said to be missing,
 * with the agency to ask. This is the default answerer and the fallback of the LLM one.
 */
final class GroundedAnswerer implements Answerer {

    static final int MAX_DOCUMENTS = 25;
    static final int MAX_DOCUMENT_CHARS = 400;
    static final int MAX_CONDITIONAL_CHARS = 220;
    static final int MAX_STEPS_CHARS = 1500;
    static final int MAX_CONDITIONS_CHARS = 900;

    /** Finds regulation articles for a question within the given instruments; may find none. */
    interface ArticleFinder {
        List<RegulationArticle> find(String question, Set<String> instruments);

        ArticleFinder NONE = (q, i) -> List.of();
    }

    private final Messages messages;
    private final ArticleFinder articles;
    private final int maxChars;

    GroundedAnswerer(Messages messages, ArticleFinder articles, int maxChars) {
        this.messages = requireNonNull(messages, "messages may not be null");
        this.articles = requireNonNull(articles, "articles may not be null");
        this.maxChars = maxChars;
    }

    /** The text and citations of a reply, before timing. */
    record Composed(String text, List<Citation> citations) {}

    @Override
    public Answer answer(Plan plan, AnswerListener listener) {
        Composed c = compose(plan);
        listener.onText(c.text());
        return Answer.of(plan, c.text(), c.citations(), "grounded");
    }

    Composed compose(Plan plan) {
        List<String> lines = new ArrayList<>();
        List<Citation> cites = new ArrayList<>();
        lines.addAll(notices(plan));
        if (plan.status() == Status.ANSWERED && plan.confidence() < AnswerPlanner.LOOSE_MATCH_BELOW) {
            lines.add(messages.get("answer.loose_match", plan.procedure().name(), plan.procedure().code()));
        }
        switch (plan.status()) {
            case EMERGENCY -> lines.add(messages.get("answer.emergency"));
            case REFUSED -> lines.add(messages.get(switch (plan.verdict()) {
                case INJECTION -> "answer.injection";
                case GREETING -> "answer.greeting";
                case THANKS -> "answer.thanks";
                case TOO_LONG -> "answer.too_long";
                default -> "answer.out_of_scope";
            }, maxChars));
            case NO_INFORMATION -> lines.add(messages.get("answer.no_information"));
            case CLARIFY -> clarify(plan, lines);
            case ANSWERED -> answered(plan, lines, cites);
        }
        return new Composed(String.join("\n", lines), cites);
    }

    /**
     * The lines every reply to this plan starts with, whichever composer writes the rest: the
     * emergency numbers where danger words were read but no emergency, and the warning about
     * personal data.
     */
    List<String> notices(Plan plan) {
        List<String> out = new ArrayList<>();
        if (plan.dangerNoted()) {
            out.add(messages.get("answer.danger_note"));
        }
        if (plan.hadPersonalData()) {
            out.add(messages.get("answer.pii_warning"));
        }
        return out;
    }

    private void clarify(Plan plan, List<String> lines) {
        if (plan.verdict() == InputGuard.Verdict.EMPTY) {
            lines.add(messages.get("answer.empty"));
            return;
        }
        if (plan.candidates().isEmpty()) {
            lines.add(messages.get("answer.clarify.no_object"));
            return;
        }
        lines.add(messages.get("answer.clarify.intro"));
        int i = 1;
        for (Candidate c : plan.candidates()) {
            lines.add(messages.get("answer.clarify.item", i++, c.name(), c.code()));
        }
    }

    /** "Lệ phí: 8.000 đồng.", or the record's own labels when it states them ("Phí: …; Lệ phí: …"). */
    private String feeLead(String fee) {
        return messages.get(RecordFacts.isLabelled(fee) ? "answer.lead.fee_labelled" : "answer.lead.fee", fee);
    }

    private void answered(Plan plan, List<String> lines, List<Citation> cites) {
        Procedure p = plan.procedure();
        RecordFacts f = new RecordFacts(p, messages);
        String url = p.source().url();
        Set<String> cited = new LinkedHashSet<>();
        String ask = f.agency() != null ? f.agency() : messages.get("answer.ask_agency_default");
        for (Intent intent : plan.understanding().intents()) {
            switch (intent) {
                case FEE -> {
                    cited.add("fee");
                    if (f.isFeeSetByProvince()) {
                        lines.add(messages.get("answer.lead.fee_province"));
                        if (f.fee() != null) {
                            lines.add(feeLead(f.fee()));
                        }
                    } else if (f.fee() == null) {
                        lines.add(messages.get("answer.lead.fee_unknown", ask));
                    } else {
                        lines.add(feeLead(f.fee()));
                    }
                    if (mayBeReduced(f)) {
                        lines.add(messages.get("answer.card.fee_reduction"));
                    }
                }
                case DEADLINE -> {
                    cited.add("processing_time");
                    lines.add(f.deadline() == null ? messages.get("answer.lead.deadline_unknown", ask) : messages.get("answer.lead.deadline", f.deadline()));
                }
                case AGENCY -> {
                    cited.add("agencies");
                    if (f.agency() != null) {
                        lines.add(messages.get("answer.lead.agency", f.agency()));
                    } else if (f.levels() != null) {
                        lines.add(messages.get("answer.lead.agency_level", f.levels()));
                    } else {
                        lines.add(messages.get("answer.lead.agency_unknown"));
                    }
                    if (p.receptionAddress() != null) {
                        lines.add(messages.get("answer.card.address", TextCleaner.oneLine(p.receptionAddress())));
                    }
                }
                case ONLINE -> {
                    cited.add("channels");
                    lines.add(f.isOnline() ? messages.get("answer.lead.online_yes", url)
                            : messages.get("answer.lead.online_no", f.channels() == null ? messages.get("answer.card.not_stated") : f.channels()));
                }
                case DOCUMENTS -> {
                    cited.add("documents");
                    if (p.documents().isEmpty()) {
                        lines.add(messages.get("answer.lead.documents_unknown", ask));
                    } else {
                        lines.add(messages.get("answer.lead.documents", p.documentCount()));
                    }
                }
                case STEPS -> {
                    cited.add("steps");
                    lines.add(messages.get("answer.lead.steps"));
                    lines.addAll(steps(p));
                }
                case CONDITIONS -> {
                    cited.add("conditions");
                    lines.add(p.conditions() == null ? messages.get("answer.lead.conditions_unknown")
                            : messages.get("answer.lead.conditions", cut(TextCleaner.oneLine(p.conditions()), MAX_CONDITIONS_CHARS)));
                }
                case RESULT -> {
                    cited.add("result");
                    lines.add(p.result() == null ? messages.get("answer.lead.result_unknown") : messages.get("answer.lead.result", TextCleaner.oneLine(p.result())));
                }
                case LEGAL_BASIS -> {
                    cited.add("legal_basis");
                    List<String> lb = f.legalBasis(6);
                    lines.add(lb.isEmpty() ? messages.get("answer.lead.legal_unknown") : messages.get("answer.lead.legal", String.join("; ", lb)));
                    Set<String> instruments = new LinkedHashSet<>();
                    p.legalBasis().forEach(l -> {
                        if (l.number() != null) {
                            instruments.add(l.number().strip());
                        }
                    });
                    for (RegulationArticle a : articles.find(plan.maskedQuestion(), instruments)) {
                        lines.add(messages.get("answer.card.regulation", a.instrument(), a.article() + ". " + a.title()));
                        cites.add(Citation.ofArticle(a.instrument(), a.article()));
                    }
                }
                case FORMS -> {
                    cited.add("documents");
                    List<String> forms = f.forms();
                    lines.add(forms.isEmpty() ? messages.get("answer.lead.forms_unknown") : messages.get("answer.lead.forms", String.join("; ", forms)));
                }
                case OVERVIEW -> {
                    // The card below is the overview.
                }
            }
        }
        if (!lines.isEmpty()) {
            lines.add("");
        }
        card(p, f, plan, lines, cited);
        lines.addAll(documentLines.get(p.code(), p, () -> documents(p, f)));
        cited.add("documents");
        List<String> caveats = f.notesAbout(List.copyOf(cited.contains("fee") || cited.contains("processing_time") ? List.of("fee", "processing_time", "agencies", "documents") : List.of("agencies", "documents")));
        for (String note : caveats.subList(0, Math.min(2, caveats.size()))) {
            lines.add(messages.get("answer.card.caveat", TextCleaner.oneLine(note)));
        }
        lines.add(messages.get("answer.card.source", p.code(), url == null ? "" : url));
        cites.add(0, Citation.ofProcedure(p.code(), "name", url));
        for (String field : cited) {
            cites.add(Citation.ofProcedure(p.code(), field, url));
        }
    }

    private void card(Procedure p, RecordFacts f, Plan plan, List<String> lines, Set<String> cited) {
        lines.add(messages.get("answer.card.title", p.name(), p.code()));
        if (p.field() != null) {
            lines.add(messages.get("answer.card.field", p.field()));
        }
        if (f.levels() != null) {
            lines.add(messages.get("answer.card.level", f.levels()));
        }
        if (f.agency() != null) {
            lines.add(messages.get("answer.card.agency", f.agency()));
            cited.add("agencies");
        }
        if (!p.agencies().implementing().isEmpty() && !p.agencies().competent().isEmpty()
                && !p.agencies().competent().equals(p.agencies().implementing())) {
            lines.add(messages.get("answer.card.competent", String.join("; ", p.agencies().competent())));
        }
        String notStated = messages.get("answer.card.not_stated");
        lines.add(messages.get("answer.card.deadline", f.deadline() == null ? notStated : f.deadline()));
        String fee = f.fee() == null ? notStated : f.fee();
        if (f.isFeeSetByProvince()) {
            fee = fee + " (" + messages.get("answer.card.province") + ")";
        }
        lines.add(messages.get("answer.card.fee", fee));
        if (f.channels() != null) {
            lines.add(messages.get("answer.card.channels", f.channels()));
            cited.add("channels");
        }
        if (p.result() != null) {
            lines.add(messages.get("answer.card.result", TextCleaner.oneLine(p.result())));
            cited.add("result");
        }
        cited.add("processing_time");
        cited.add("fee");
    }

    /** The checklist lines of each record: they depend on the record alone, and every answer about it shows them. */
    private final vn.motcua.catalog.PerRecord<List<String>> documentLines = new vn.motcua.catalog.PerRecord<>(1024);

    private List<String> documents(Procedure p, RecordFacts f) {
        if (p.documents().isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add(messages.get("answer.card.documents"));
        // Every group's main documents are shown before any group's conditional ones.
        java.util.Set<RequiredDocument> chosen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (boolean conditional : new boolean[] {false, true}) {
            for (DocumentGroup g : p.documents()) {
                for (RequiredDocument d : g.items()) {
                    if (chosen.size() < MAX_DOCUMENTS && isConditional(d) == conditional) {
                        chosen.add(d);
                    }
                }
            }
        }
        boolean groups = p.documents().size() > 1;
        for (DocumentGroup g : p.documents()) {
            List<RequiredDocument> shown = mainFirst(g.items()).stream().filter(chosen::contains).toList();
            if (shown.isEmpty()) {
                continue;
            }
            if (groups && g.caseName() != null && !g.caseName().isBlank()) {
                lines.add("* " + TextCleaner.oneLine(g.caseName()) + ":");
            }
            for (RequiredDocument d : shown) {
                lines.add("- " + cut(f.documentLine(d), isConditional(d) ? MAX_CONDITIONAL_CHARS : MAX_DOCUMENT_CHARS));
            }
        }
        if (chosen.size() < p.documentCount()) {
            lines.add(messages.get("answer.card.documents_more", p.documentCount() - chosen.size()));
        }
        return List.copyOf(lines);
    }

    /**
     * The documents everyone brings first (forms, declarations, IDs), then those the record ties to
     * a case ("Trường hợp …", "Đối với …") or gives as a remark, each group in the record's order.
     */
    static List<RequiredDocument> mainFirst(List<RequiredDocument> items) {
        List<RequiredDocument> main = new ArrayList<>();
        List<RequiredDocument> rest = new ArrayList<>();
        for (RequiredDocument d : items) {
            (isConditional(d) ? rest : main).add(d);
        }
        main.addAll(rest);
        return main;
    }

    private static final int CUE_HEAD = 40;
    private static final int CUE_LETTERS = 12;

    /** A document the record ties to a case, or a remark listed among the documents. */
    static boolean isConditional(RequiredDocument d) {
        // The cues are at most 10 folded letters long, and folding a prefix gives a prefix of the
        // folded whole (only its end may differ), so a long name is folded by its head alone.
        String name = d.name();
        String f = InputGuard.folded(name.length() > CUE_HEAD ? name.substring(0, CUE_HEAD) : name);
        if (f.length() <= CUE_LETTERS && name.length() > CUE_HEAD) {
            f = InputGuard.folded(name);
        }
        boolean noCopies = (d.originals() == null || d.originals() == 0) && (d.copies() == null || d.copies() == 0);
        return f.startsWith("truong hop") || f.startsWith("doi voi") || f.startsWith("neu ") || f.startsWith("luu y")
                || f.startsWith("ghi chu") || noCopies;
    }

    private List<String> steps(Procedure p) {
        List<String> out = new ArrayList<>();
        int used = 0;
        for (String s : p.steps()) {
            String line = TextCleaner.oneLine(s);
            if (used + line.length() > MAX_STEPS_CHARS) {
                out.add("…");
                break;
            }
            out.add(line);
            used += line.length();
        }
        return out;
    }

    /**
     * Fees of ID cards, passports and driving licences were temporarily reduced in 2025–2026
     * (KNOWN-DEFECTS 16): the record's base rate is stated with a warning, unless its own text already
     * mentions the reduction.
     */
    static boolean mayBeReduced(RecordFacts f) {
        if (!f.hasFeeAmount()) {
            return false;
        }
        String fee = f.fee() == null ? "" : InputGuard.folded(f.fee());
        if (fee.contains("50") && fee.contains("muc thu")) {
            return false;
        }
        String field = InputGuard.folded(f.procedure().field() == null ? "" : f.procedure().field());
        String name = InputGuard.folded(f.procedure().name());
        return field.contains("can cuoc") || field.contains("xuat nhap canh") || name.contains("ho chieu")
                || name.contains("giay phep lai xe");
    }

    static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max).replaceFirst("\\s+\\S*$", "") + " …";
    }
}
