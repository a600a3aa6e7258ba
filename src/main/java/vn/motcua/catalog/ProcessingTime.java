package vn.motcua.catalog;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/**
 * Processing time (thời hạn giải quyết) of one channel. {@code amount} and {@code unit} are set
 * only when the source states a number with a unit; a bare number without a unit (a portal
 * placeholder) is never turned into a deadline. {@code text} keeps the source wording, if any.
 */
@JsonPropertyOrder({"text", "amount", "unit"})
public record ProcessingTime(String text, BigDecimal amount, String unit) {

    public static final ProcessingTime NONE = new ProcessingTime(null, null, null);

    public ProcessingTime {
        if ((amount == null) != (unit == null)) {
            throw new IllegalArgumentException("amount and unit must be both set or both null: " + amount + " " + unit);
        }
        if (amount != null && amount.signum() < 0) {
            throw new IllegalArgumentException("amount must not be negative: " + amount);
        }
    }

    /** True when a number with a unit was parsed. */
    @JsonIgnore
    public boolean isParsed() {
        return amount != null;
    }

    /** True when there is wording but no parsed number. */
    @JsonIgnore
    public boolean isTextOnly() {
        return amount == null && text != null && !text.isBlank();
    }
}
