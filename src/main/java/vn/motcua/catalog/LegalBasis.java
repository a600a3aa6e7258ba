package vn.motcua.catalog;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One legal instrument (căn cứ pháp lý) behind a procedure: its number (số ký hiệu, e.g.
 * "123/2015/NĐ-CP"), title, date of issue (dd/MM/yyyy as the source writes it) and issuer. Any
 * part the source lacks is null, but a record needs at least a number or a title.
 */
@JsonPropertyOrder({"number", "title", "date", "issuer"})
public record LegalBasis(String number, String title, String date, String issuer) {

    public LegalBasis {
        if ((number == null || number.isBlank()) && (title == null || title.isBlank())) {
            throw new IllegalArgumentException("a legal basis needs a number or a title");
        }
    }
}
