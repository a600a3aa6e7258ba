package vn.motcua.catalog;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The required documents (thành phần hồ sơ) for one case, e.g. "Bao gồm" or "Trường hợp ủy quyền".
 * {@code caseName} is null for the single default group.
 */
@JsonPropertyOrder({"case_name", "items"})
public record DocumentGroup(String caseName, List<RequiredDocument> items) {

    public DocumentGroup {
        items = List.copyOf(items == null ? List.of() : items);
    }
}
