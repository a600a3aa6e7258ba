package vn.motcua.answer;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.motcua.catalog.Channel;
import vn.motcua.catalog.ChannelKind;
import vn.motcua.catalog.DataNote;
import vn.motcua.catalog.DocumentGroup;
import vn.motcua.catalog.Fee;
import vn.motcua.catalog.LegalBasis;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcessingTime;
import vn.motcua.catalog.RequiredDocument;
import vn.motcua.catalog.TextCleaner;

/**
 * The values of one procedure record as an answer states them, copied from the record and never
 * computed: fee and deadline per channel (grouped when channels agree), agencies, forms, legal
 * basis. Both answerers read the record through this class, so the LLM's context and the grounded
 * text say the same thing.
 */
final class RecordFacts {

    private final Procedure p;
    private final Messages messages;

    RecordFacts(Procedure procedure, Messages messages) {
        this.p = requireNonNull(procedure, "procedure may not be null");
        this.messages = requireNonNull(messages, "messages may not be null");
    }

    Procedure procedure() {
        return p;
    }

    /** "Trực tiếp, Trực tuyến: 5 Ngày làm việc; Dịch vụ bưu chính: …", or null when no channel states one. */
    String deadline() {
        return byChannel(c -> deadlineText(c.processingTime()));
    }

    /** The fee as recorded per channel, or null when no channel states one. */
    String fee() {
        return byChannel(c -> feeText(c.fee(), messages));
    }

    boolean isFeeSetByProvince() {
        return p.channels().stream().anyMatch(c -> c.fee().setByProvince());
    }

    boolean hasFeeAmount() {
        return p.channels().stream().anyMatch(c -> !c.fee().amountsVnd().isEmpty() && c.fee().amountsVnd().stream().anyMatch(a -> a > 0));
    }

    boolean isOnline() {
        return p.channels().stream().anyMatch(c -> c.kind() == ChannelKind.ONLINE);
    }

    /** "Trực tiếp, Trực tuyến, Dịch vụ bưu chính", or null. */
    String channels() {
        List<String> labels = p.channels().stream().map(c -> c.kind().label()).distinct().toList();
        return labels.isEmpty() ? null : String.join(", ", labels);
    }

    /** The implementing agencies, else the competent ones, else null. */
    String agency() {
        List<String> a = !p.agencies().implementing().isEmpty() ? p.agencies().implementing() : p.agencies().competent();
        return a.isEmpty() ? null : String.join("; ", a);
    }

    String levels() {
        return p.levels().isEmpty() ? null : String.join(", ", p.levels());
    }

    /** Form codes or names given by the documents, in order, without repeats. */
    List<String> forms() {
        List<String> out = new ArrayList<>();
        for (DocumentGroup g : p.documents()) {
            for (RequiredDocument d : g.items()) {
                if (d.form() != null && !d.form().isBlank() && !out.contains(d.form().strip())) {
                    out.add(d.form().strip());
                }
            }
        }
        return out;
    }

    /** "123/2015/NĐ-CP (Nghị định …)" for the first {@code max} instruments. */
    List<String> legalBasis(int max) {
        List<String> out = new ArrayList<>();
        for (LegalBasis l : p.legalBasis()) {
            if (out.size() == max) {
                break;
            }
            String n = l.number() == null ? "" : l.number().strip();
            String t = l.title() == null ? "" : TextCleaner.oneLine(l.title());
            out.add(n.isEmpty() ? t : t.isEmpty() || t.contains(n) ? (t.isEmpty() ? n : t) : n + " (" + t + ")");
        }
        return out;
    }

    /** A bullet the record put before a document's name ("- Tờ khai…"): the checklist adds its own. */
    private static final Pattern BULLET = Pattern.compile("^\\s*[-+•]\\s+");

    /** One line per document: "Tờ khai … (mẫu CT01; 1 bản chính, 0 bản sao)". */
    String documentLine(RequiredDocument d) {
        StringBuilder b = new StringBuilder(BULLET.matcher(TextCleaner.oneLine(d.name())).replaceFirst(""));
        List<String> extra = new ArrayList<>();
        if (d.form() != null && !d.form().isBlank() && !b.toString().contains(d.form().strip())) {
            extra.add(messages.get("answer.card.form", d.form().strip()));
        }
        if (d.originals() != null && d.originals() > 0 || d.copies() != null && d.copies() > 0) {
            extra.add(messages.get("answer.card.document_counts", d.originals() == null ? 0 : d.originals(), d.copies() == null ? 0 : d.copies()));
        }
        if (!extra.isEmpty()) {
            b.append(" (").append(String.join("; ", extra)).append(')');
        }
        return b.toString();
    }

    /** The caveats the record carries about these fields (see {@code notes}). */
    List<String> notesAbout(List<String> fields) {
        List<String> out = new ArrayList<>();
        for (DataNote n : p.notes()) {
            if (fields.contains(n.field()) && !out.contains(n.message())) {
                out.add(n.message());
            }
        }
        return out;
    }

    static String deadlineText(ProcessingTime t) {
        if (t.text() != null && !t.text().isBlank()) {
            return TextCleaner.oneLine(t.text());
        }
        if (t.isParsed()) {
            BigDecimal a = t.amount().stripTrailingZeros();
            return a.toPlainString() + " " + t.unit();
        }
        return null;
    }

    /** The record's fee text as a citizen can read it; null when it states nothing payable. */
    static String feeText(Fee f, Messages messages) {
        if (f.text() == null || f.text().isBlank()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String line : f.text().split("\n")) {
            if (ATTACHMENT.matcher(line).find()) {
                continue;
            }
            Matcher m = FEE_LABEL.matcher(line);
            String l = m.find() ? m.group(1) + ": " + line.substring(m.end()) : line;
            Matcher none = NO_AMOUNT.matcher(l);
            if (none.find()) {
                l = none.group(1) + messages.get("answer.fee.no_amount") + l.substring(none.end());
            }
            l = TextCleaner.oneLine(l).strip();
            if (!l.isEmpty()) {
                parts.add(l);
            }
        }
        String text = String.join("; ", parts);
        // A number with no unit at all ("1") says nothing a citizen can pay: treated as no fee stated.
        return text.isEmpty() || BARE_NUMBER.matcher(text).matches() ? null : text;
    }

    /** The portal's note of an attached file ("File đính kèm: thông tư 168.doc"): the file is not in the record. */
    private static final Pattern ATTACHMENT =
            Pattern.compile("^\\s*File đính kèm\\s*:", Pattern.CASE_INSENSITIVE);
    /** "Lệ phí : …" as the portal writes its labels, with a space before the colon. */
    private static final Pattern FEE_LABEL = Pattern.compile("^\\s*(Phí|Lệ phí)\\s*:\\s*");
    /** A label followed by the currency and no amount ("Phí: Đồng (Theo quy định…)"). */
    private static final Pattern NO_AMOUNT = Pattern.compile("^((?:Phí|Lệ phí): )Đồng\\b");
    private static final Pattern LABELLED = Pattern.compile("(Phí|Lệ phí): ");
    private static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,3}");

    /** Whether a fee text states its own label ("Phí: …", "Lệ phí: …"), so a lead must not repeat one. */
    static boolean isLabelled(String feeText) {
        return feeText != null && LABELLED.matcher(feeText).lookingAt();
    }

    /** Channel values grouped: channels saying the same thing share one entry; null when none says anything. */
    private String byChannel(Function<Channel, String> value) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (Channel c : p.channels()) {
            String v = value.apply(c);
            if (v != null) {
                groups.computeIfAbsent(v, k -> new ArrayList<>()).add(c.kind().label());
            }
        }
        if (groups.isEmpty()) {
            return null;
        }
        if (groups.size() == 1) {
            return groups.keySet().iterator().next();
        }
        List<String> parts = new ArrayList<>();
        groups.forEach((v, kinds) -> parts.add(messages.get("answer.card.by_channel", String.join(", ", kinds), v)));
        return String.join("; ", parts);
    }
}
