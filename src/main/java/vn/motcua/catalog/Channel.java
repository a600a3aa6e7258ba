package vn.motcua.catalog;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One way to submit a dossier (hình thức nộp) with its own processing time, fee and note, as the
 * record's submission table gives them.
 */
@JsonPropertyOrder({"kind", "processing_time", "fee", "note"})
public record Channel(ChannelKind kind, ProcessingTime processingTime, Fee fee, String note) {

    public Channel {
        requireNonNull(kind, "kind may not be null");
        processingTime = processingTime == null ? ProcessingTime.NONE : processingTime;
        fee = fee == null ? Fee.NONE : fee;
    }
}
