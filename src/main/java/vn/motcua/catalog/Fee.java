package vn.motcua.catalog;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Fee or charge (phí, lệ phí) of one channel. {@code amountVnd} is set only when the record gives
 * exactly one amount in đồng; {@code amountsVnd} lists every amount found in the cell. {@code free}
 * is null when the record says nothing usable. {@code setByProvince} is true when the record
 * defers to the provincial People's Council, even if the cell says "Miễn phí".
 */
@JsonPropertyOrder({"text", "amount_vnd", "amounts_vnd", "free", "set_by_province"})
public record Fee(String text, Long amountVnd, List<Long> amountsVnd, Boolean free, boolean setByProvince) {

    public static final Fee NONE = new Fee(null, null, List.of(), null, false);

    public Fee {
        amountsVnd = List.copyOf(amountsVnd == null ? List.of() : amountsVnd);
        if (amountVnd != null && amountVnd < 0) {
            throw new IllegalArgumentException("amount_vnd must not be negative: " + amountVnd);
        }
        if (Boolean.TRUE.equals(free) && setByProvince) {
            throw new IllegalArgumentException("a fee set by the province cannot also be recorded as free");
        }
    }

    /** True when the record says anything about the fee. */
    @JsonIgnore
    public boolean isKnown() {
        return free != null || setByProvince || !amountsVnd.isEmpty() || (text != null && !text.isBlank());
    }
}
