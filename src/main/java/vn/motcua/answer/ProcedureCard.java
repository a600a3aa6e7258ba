package vn.motcua.answer;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.catalog.DocumentGroup;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.RequiredDocument;
import vn.motcua.catalog.TextCleaner;

/**
 * The compact card of a procedure that channels show beside an answer: name, level, agency,
 * deadline and fee as the record states them, whether it can be done online, and the checklist of
 * documents by group. Every value is copied from the record; null means the record does not say.
 */
public record ProcedureCard(
        String code,
        String name,
        String field,
        List<String> levels,
        String agency,
        String deadline,
        String fee,
        @JsonProperty("fee_set_by_province") boolean feeSetByProvince,
        boolean online,
        String channels,
        String result,
        String url,
        String page,
        List<Group> documents) {

    public ProcedureCard {
        requireNonNull(code, "code may not be null");
        requireNonNull(name, "name may not be null");
        levels = List.copyOf(levels);
        documents = List.copyOf(documents);
    }

    /** A group of documents ("Giấy tờ phải nộp", a case), in the record's order. */
    public record Group(String group, List<Item> items) {
        public Group {
            items = List.copyOf(items);
        }
    }

    /** One document: its name, form, and numbers of originals and copies. */
    public record Item(String name, String form, Integer originals, Integer copies) {}

    static ProcedureCard of(Procedure p, Messages messages) {
        RecordFacts f = new RecordFacts(p, messages);
        List<Group> groups = new ArrayList<>();
        for (DocumentGroup g : p.documents()) {
            List<Item> items = new ArrayList<>();
            for (RequiredDocument d : GroundedAnswerer.mainFirst(g.items())) {
                items.add(new Item(TextCleaner.oneLine(d.name()), d.form(), d.originals(), d.copies()));
            }
            groups.add(new Group(g.caseName(), items));
        }
        return new ProcedureCard(p.code(), p.name(), p.field(), p.levels(), f.agency(), f.deadline(), f.fee(), f.isFeeSetByProvince(),
                f.isOnline(), f.channels(), p.result() == null ? null : TextCleaner.oneLine(p.result()), p.source().url(),
                "/thu-tuc/" + p.code(), groups);
    }
}
