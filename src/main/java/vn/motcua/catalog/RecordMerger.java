package vn.motcua.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Merges two records of the same procedure code. The record of the newer dataset (the national
 * portal crawl, July 2026) is the base; the other (the Word exports, December 2025) only completes
 * what the base lost or lacks, and every disagreement becomes a {@link DataNote}.
 */
public final class RecordMerger {

    private static final List<String> PRIORITY = List.of(PortalJsonImporter.DATASET, "tthc-ministries-docx", BqpImporter.DATASET);

    /** Merges {@code incoming} into {@code existing}; either may be the base. */
    public Procedure merge(Procedure existing, Procedure incoming) {
        if (!existing.code().equals(incoming.code())) {
            throw new IllegalArgumentException("cannot merge different codes: " + existing.code() + " and " + incoming.code());
        }
        boolean incomingIsBase = rank(incoming) <= rank(existing);
        Procedure newer = incomingIsBase ? incoming : existing;
        Procedure older = incomingIsBase ? existing : incoming;
        // When the newer record's name is a provincial decision title, its whole content belongs to
        // that decision, not to this code, so the other source becomes the base.
        boolean swap = hasForeignContent(newer) && !hasForeignContent(older);
        Procedure base = swap ? older : newer;
        Procedure other = swap ? newer : older;
        boolean sameDataset = base.source().dataset().equals(other.source().dataset());
        String otherLabel = sameDataset ? null : label(other);

        List<DataNote> notes = new ArrayList<>(base.notes());
        boolean used = false;
        Procedure out = base;

        if (hasForeignContent(other)) {
            notes.add(new DataNote("source", "Nội dung " + label(other) + " của mã này chứa nội dung một quyết định công bố cấp tỉnh, không dùng."));
            return base.withNotesAndSource(List.copyOf(new LinkedHashSet<>(notes)), base.source());
        }
        if (out.steps().isEmpty() && !other.steps().isEmpty()) {
            out = out.withSteps(other.steps());
            used = true;
        }
        if (out.legalBasis().isEmpty() && !other.legalBasis().isEmpty()) {
            out = out.withLegalBasis(other.legalBasis());
            used = true;
        }
        if (lostDocumentStructure(out) && !other.documents().isEmpty()) {
            out = out.withDocuments(other.documents());
            used = true;
        } else if (!other.documents().isEmpty()) {
            List<DocumentGroup> withForms = fillForms(out.documents(), other.documents());
            used |= !withForms.equals(out.documents());
            out = out.withDocuments(withForms);
        }
        List<Channel> channels = new ArrayList<>();
        for (Channel c : out.channels()) {
            Optional<Channel> twin = twinOf(other, c.kind());
            Channel merged = c;
            if (twin.isPresent()) {
                Channel t = twin.get();
                if (!c.processingTime().isParsed() && completesPlaceholder(c.processingTime(), t.processingTime())) {
                    merged = new Channel(c.kind(), t.processingTime(), merged.fee(), merged.note());
                    used = true;
                    if (otherLabel != null) {
                        notes.add(new DataNote("processing_time", c.kind().label() + ": thời hạn lấy từ " + otherLabel
                                + " vì bản mới hơn không ghi rõ đơn vị."));
                    }
                } else if (otherLabel != null && c.processingTime().isParsed() && t.processingTime().isParsed()
                        && !sameDuration(c.processingTime(), t.processingTime())) {
                    notes.add(new DataNote("processing_time", c.kind().label() + ": " + otherLabel + " ghi "
                            + t.processingTime().amount().toPlainString() + " " + t.processingTime().unit() + ", bản mới hơn ghi "
                            + c.processingTime().amount().toPlainString() + " " + c.processingTime().unit() + "."));
                }
                if (!c.fee().isKnown() && t.fee().isKnown()) {
                    merged = new Channel(c.kind(), merged.processingTime(), t.fee(), merged.note());
                    used = true;
                    if (otherLabel != null) {
                        notes.add(new DataNote("fee", c.kind().label() + ": phí, lệ phí lấy từ " + otherLabel + "."));
                    }
                } else if (otherLabel != null && !c.fee().amountsVnd().containsAll(t.fee().amountsVnd())) {
                    // The older export states amounts the newer record lost (e.g. 1.004194 lost the
                    // 15.000 đ in-person rate): no single amount can be trusted any more.
                    List<Long> missing = t.fee().amountsVnd().stream().filter(x -> !c.fee().amountsVnd().contains(x)).toList();
                    notes.add(new DataNote("fee", c.kind().label() + ": " + otherLabel + " ghi thêm mức thu "
                            + String.join(", ", missing.stream().map(FeeParser::formatVnd).toList())
                            + " đồng mà bản mới hơn không có; cần hỏi cơ quan thực hiện mức đang áp dụng."));
                    Fee f = merged.fee();
                    merged = new Channel(c.kind(), merged.processingTime(),
                            new Fee(f.text(), null, f.amountsVnd(), f.free(), f.setByProvince()), merged.note());
                }
                if (merged.note() == null && t.note() != null) {
                    merged = new Channel(c.kind(), merged.processingTime(), merged.fee(), t.note());
                    used = true;
                }
            }
            channels.add(merged);
        }
        if (channels.isEmpty() && !other.channels().isEmpty()) {
            channels.addAll(other.channels());
            used = true;
        }
        out = out.withChannels(channels);

        Agencies a = out.agencies();
        Agencies b = other.agencies();
        Agencies agencies = new Agencies(
                a.implementing().isEmpty() ? b.implementing() : a.implementing(),
                a.competent().isEmpty() ? b.competent() : a.competent(),
                a.authorised().isEmpty() ? b.authorised() : a.authorised(),
                a.coordinating().isEmpty() ? b.coordinating() : a.coordinating());
        used |= !agencies.equals(a);
        String reception = firstNonNull(out.receptionAddress(), other.receptionAddress());
        String conditions = firstNonNull(out.conditions(), other.conditions());
        String result = firstNonNull(out.result(), other.result());
        List<String> keywords = out.keywords().isEmpty() ? other.keywords() : out.keywords();
        used |= !java.util.Objects.equals(reception, out.receptionAddress()) || !java.util.Objects.equals(conditions, out.conditions())
                || !java.util.Objects.equals(result, out.result()) || !keywords.equals(out.keywords());
        if (sameDataset) {
            notes.addAll(other.notes().stream().filter(n -> !n.field().equals("fee") && !n.field().equals("name")).toList());
        }
        Source source = out.source();
        if (used && !sameDataset) {
            Set<String> files = new LinkedHashSet<>(source.files());
            files.addAll(other.source().files().stream().map(f -> other.source().dataset() + "/" + f).toList());
            Set<String> by = new LinkedHashSet<>(source.supplementedBy());
            by.add(other.source().dataset());
            source = new Source(source.dataset(), firstNonNull(source.url(), other.source().url()), source.retrieved(),
                    List.copyOf(files), List.copyOf(by));
        } else if (sameDataset) {
            source = new Source(source.dataset(), source.url(), source.retrieved(), source.files(),
                    union(source.supplementedBy(), other.source().supplementedBy()));
            Set<String> files = new LinkedHashSet<>(source.files());
            files.addAll(other.source().files());
            source = new Source(source.dataset(), source.url(), source.retrieved(), List.copyOf(files), source.supplementedBy());
        }
        return new Procedure(out.code(), out.name(), firstNonNull(out.decision(), other.decision()),
                out.levels().isEmpty() ? other.levels() : out.levels(), firstNonNull(out.field(), other.field()),
                firstNonNull(out.kind(), other.kind()), firstNonNull(out.targetGroup(), other.targetGroup()), agencies,
                reception, out.steps(), out.channels(), out.documents(), conditions, result, out.legalBasis(), keywords,
                List.copyOf(new LinkedHashSet<>(notes)), source);
    }

    private static Optional<Channel> twinOf(Procedure p, ChannelKind kind) {
        return p.channels().stream().filter(o -> o.kind() == kind).findFirst();
    }

    /** A record whose name field holds a provincial decision title instead of a procedure name. */
    private static boolean hasForeignContent(Procedure p) {
        return p.notes().stream().anyMatch(n -> n.field().equals("name"));
    }

    private static List<String> union(List<String> a, List<String> b) {
        Set<String> s = new LinkedHashSet<>(a);
        s.addAll(b);
        return List.copyOf(s);
    }

    private static int rank(Procedure p) {
        int i = PRIORITY.indexOf(p.source().dataset());
        return i < 0 ? PRIORITY.size() : i;
    }

    private static String label(Procedure p) {
        return switch (p.source().dataset()) {
            case "tthc-ministries-docx" -> "bản Word xuất từ Cơ sở dữ liệu quốc gia về TTHC (12/2025)";
            case PortalJsonImporter.DATASET -> "bản Cổng Dịch vụ công quốc gia (7/2026)";
            default -> "nguồn " + p.source().dataset();
        };
    }

    /** Documents lost their structure when none were found or an item has no count at all. */
    static boolean lostDocumentStructure(Procedure p) {
        return p.documents().isEmpty()
                || p.documents().stream().flatMap(g -> g.items().stream()).anyMatch(d -> d.originals() == null && d.copies() == null);
    }

    /**
     * A parsed twin completes an unparsed time. So does same-day wording that keeps no amount only
     * because its one hour figure is a time of day ("Ngay trong ngày…, nhận hồ sơ sau 15 giờ…"),
     * when the base has no wording at all.
     */
    private static boolean completesPlaceholder(ProcessingTime base, ProcessingTime twin) {
        return twin.isParsed() || (base.text() == null && twin.isTextOnly() && ProcessingTimeParser.mentionsClockTime(twin.text()));
    }

    private static boolean sameDuration(ProcessingTime a, ProcessingTime b) {
        return a.unit().equals(b.unit()) && a.amount().compareTo(b.amount()) == 0;
    }

    private static List<DocumentGroup> fillForms(List<DocumentGroup> groups, List<DocumentGroup> from) {
        List<RequiredDocument> donors = from.stream().flatMap(g -> g.items().stream()).filter(d -> d.form() != null).toList();
        if (donors.isEmpty()) {
            return groups;
        }
        List<DocumentGroup> out = new ArrayList<>();
        for (DocumentGroup g : groups) {
            List<RequiredDocument> items = new ArrayList<>();
            for (RequiredDocument d : g.items()) {
                RequiredDocument filled = d;
                if (d.form() == null) {
                    String key = key(d.name());
                    for (RequiredDocument donor : donors) {
                        if (key.length() >= 20 && key.equals(key(donor.name()))) {
                            filled = new RequiredDocument(d.name(), donor.form(), d.originals(), d.copies());
                            break;
                        }
                    }
                }
                items.add(filled);
            }
            out.add(new DocumentGroup(g.caseName(), items));
        }
        return out;
    }

    /** The first 40 letters of a name, lower-cased without marks, to match the same document across sources. */
    private static String key(String name) {
        String folded = TextCleaner.fold(name).replaceAll("[^a-z0-9]+", "");
        return folded.length() > 40 ? folded.substring(0, 40) : folded;
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
