package vn.motcua.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.RequiredDocument;
import vn.motcua.catalog.TextCleaner;

/** Turns a procedure record into a Lucene document following {@link Fields}. */
final class ProcedureDocuments {

    static final String PUBLIC = "public";

    private final ObjectMapper json;
    private final Map<String, List<String>> phrasings;

    /** {@code phrasings}: how citizens ask for each procedure, by code ({@link CitizenPhrasings}). */
    ProcedureDocuments(ObjectMapper json, Map<String, List<String>> phrasings) {
        this.json = json;
        this.phrasings = Map.copyOf(phrasings);
    }

    Document toDocument(Procedure p) {
        Document d = new Document();
        d.add(new StringField(Fields.CODE, p.code(), Field.Store.YES));
        d.add(new StringField(Fields.VISIBILITY, PUBLIC, Field.Store.NO));
        for (String level : p.levels()) {
            d.add(new StringField(Fields.LEVEL, TextCleaner.fold(level), Field.Store.NO));
        }
        if (p.field() != null) {
            d.add(new StringField(Fields.FIELD_KEY, TextCleaner.fold(p.field()), Field.Store.NO));
        }
        for (String agency : p.agencies().implementing()) {
            d.add(new StringField(Fields.AGENCY_KEY, TextCleaner.fold(agency), Field.Store.NO));
        }
        addGroup(d, Fields.Group.NAME, name(p));
        addGroup(d, Fields.Group.KEYWORDS, keywords(p));
        addGroup(d, Fields.Group.DOCUMENTS, documents(p));
        addGroup(d, Fields.Group.ASKED, String.join("\n", phrasings.getOrDefault(p.code(), List.of())));
        addGroup(d, Fields.Group.BODY, body(p));
        d.add(new TextField(Fields.STD_NAME, name(p), Field.Store.NO));
        d.add(new TextField(Fields.STD_BODY, String.join("\n", keywords(p), documents(p), body(p)), Field.Store.NO));
        d.add(new BinaryDocValuesField(Fields.DV_CODE, new BytesRef(p.code())));
        d.add(new BinaryDocValuesField(Fields.DV_NAME, new BytesRef(p.name())));
        d.add(new BinaryDocValuesField(Fields.DV_NAME_WORDS, new BytesRef(Reranker.nameWords(name(p)))));
        d.add(new BinaryDocValuesField(Fields.DV_NAME_MARKS, new BytesRef(Reranker.nameMarks(name(p)))));
        d.add(new NumericDocValuesField(Fields.DV_PRIOR, Float.floatToIntBits(Reranker.prior(p.levels(), p.name()))));
        if (Reranker.isForOrganisationsOnly(p.targetGroup())) {
            d.add(new NumericDocValuesField(Fields.DV_ORGANISATIONS_ONLY, 1));
        }
        if (Reranker.isAtMission(p.agencies().implementing(), p.agencies().competent())) {
            d.add(new NumericDocValuesField(Fields.DV_AT_MISSION, 1));
        }
        if (Reranker.isForArmedForces(p.source().dataset(), p.field(), p.agencies().implementing(), p.agencies().competent())) {
            d.add(new NumericDocValuesField(Fields.DV_ARMED_FORCES, 1));
        }
        d.add(new BinaryDocValuesField(Fields.DV_LEVELS, new BytesRef(String.join("|", p.levels()))));
        d.add(new BinaryDocValuesField(Fields.DV_FIELD, new BytesRef(p.field() == null ? "" : p.field())));
        d.add(new BinaryDocValuesField(Fields.DV_SNIPPET_TEXT, new BytesRef(truncateUtf8(
                String.join("\n", name(p), documents(p), keywords(p)), Fields.SNIPPET_TEXT_BYTES))));
        try {
            d.add(new StoredField(Fields.STORED_JSON, json.writeValueAsString(p)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise procedure " + p.code(), e);
        }
        return d;
    }

    static void addGroup(Document d, Fields.Group g, String text) {
        d.add(new TextField(g.exact(), text, Field.Store.NO));
        d.add(new TextField(g.folded(), text, Field.Store.NO));
        if (g.hasShingles()) {
            d.add(new TextField(g.shingles(), text, Field.Store.NO));
        }
    }

    /** The longest prefix of the text whose UTF-8 form fits in {@code max} bytes, cut at a character. */
    static String truncateUtf8(String text, int max) {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (bytes.length <= max) {
            return text;
        }
        int end = max;
        while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
            end--;
        }
        return new String(bytes, 0, end, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The name, without a decision title that a defective source put in its place. */
    static String name(Procedure p) {
        return p.notes().stream().anyMatch(n -> n.field().equals("name")) ? "" : p.name();
    }

    static String keywords(Procedure p) {
        Set<String> parts = new LinkedHashSet<>(p.keywords());
        if (p.field() != null) {
            parts.add(p.field());
        }
        if (p.result() != null) {
            parts.add(p.result());
        }
        return String.join("\n", parts);
    }

    static String documents(Procedure p) {
        List<String> out = new ArrayList<>();
        p.documents().forEach(g -> {
            if (g.caseName() != null) {
                out.add(g.caseName());
            }
            for (RequiredDocument doc : g.items()) {
                out.add(doc.form() == null ? doc.name() : doc.name() + " " + doc.form());
            }
        });
        return String.join("\n", out);
    }

    static String body(Procedure p) {
        List<String> out = new ArrayList<>(p.steps());
        if (p.conditions() != null) {
            out.add(p.conditions());
        }
        if (p.targetGroup() != null) {
            out.add(p.targetGroup());
        }
        out.addAll(p.agencies().implementing());
        out.addAll(p.agencies().competent());
        return String.join("\n", out);
    }
}
