package vn.motcua.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Marks records whose fee cell says "Miễn phí" while their legal basis includes the circulars that
 * leave fees to the provincial People's Council (Thông tư 85/2019/TT-BTC, amended by 106/2021/TT-BTC).
 * The cell is kept, but a {@link DataNote} says the province may set a fee, so no answer states
 * "free" without that caveat. Applied to every record, whatever its source format.
 */
final class ProvincialFeeAudit {

    private static final Set<String> PROVINCIAL_FEE_CIRCULARS = Set.of("85/2019/TT-BTC", "106/2021/TT-BTC");
    static final String MESSAGE = "Ô phí ghi \"Miễn phí\" nhưng căn cứ pháp lý có Thông tư 85/2019/TT-BTC "
            + "(phí, lệ phí thuộc thẩm quyền Hội đồng nhân dân cấp tỉnh); mức thu có thể do tỉnh quy định.";

    private ProvincialFeeAudit() {}

    static Procedure annotate(Procedure p) {
        boolean saysFree = p.channels().stream().anyMatch(c -> Boolean.TRUE.equals(c.fee().free()));
        boolean provincialBasis = p.legalBasis().stream().anyMatch(b -> b.number() != null && PROVINCIAL_FEE_CIRCULARS.contains(b.number()));
        DataNote note = new DataNote("fee", MESSAGE);
        if (!saysFree || !provincialBasis || p.notes().contains(note)) {
            return p;
        }
        List<DataNote> notes = new ArrayList<>(p.notes());
        notes.add(note);
        return p.withNotesAndSource(notes, p.source());
    }
}
