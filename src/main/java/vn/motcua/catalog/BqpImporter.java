package vn.motcua.catalog;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one Ministry of National Defence record (tthc-bqp), already structured by its author from
 * the portal's Word exports. Its documents table sometimes carries the form file name in the
 * count column and the counts in the note column; both layouts are read.
 */
public final class BqpImporter {

    static final String DATASET = "tthc-bqp";
    static final String RETRIEVED = "2026-01-02";
    private static final String PORTAL_SEARCH = "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=";

    private final ObjectMapper json;
    private final FeeParser fees;

    public BqpImporter(ObjectMapper json, FeeParser fees) {
        this.json = requireNonNull(json, "json may not be null");
        this.fees = requireNonNull(fees, "fees may not be null");
    }

    /** Parses one file; throws {@link CatalogFormatException} naming the file on bad input. */
    public Procedure read(Path datasetRoot, Path file) {
        JsonNode n = JsonFiles.readObject(json, file);
        JsonNode meta = n.path("metadata");
        JsonNode content = n.path("content");
        JsonNode tables = n.path("tables");
        String code = TextCleaner.orNull(first(meta.path("mã_thủ_tục").asText(null), n.path("thu_tuc_id").asText(null)));
        if (code == null) {
            throw new CatalogFormatException(file, "record has no procedure code (mã_thủ_tục)");
        }
        String name = TextCleaner.orNull(meta.path("tên_thủ_tục").asText(null));
        if (name == null) {
            throw new CatalogFormatException(file, "record " + code + " has no name (tên_thủ_tục)");
        }
        List<DataNote> notes = new ArrayList<>();
        List<String> levels = RecordFields.levels(meta.path("cấp_thực_hiện").asText(null));
        notes.addAll(RecordFields.levelNotes(levels));
        String decision = TextCleaner.orNull(meta.path("số_quyết_định").asText(null));
        if (decision != null) {
            decision = decision.replaceFirst("^Quyết định số\\s*", "");
        }
        return new Procedure(
                code,
                TextCleaner.oneLine(name).replaceFirst("\\.$", ""),
                decision,
                levels,
                TextCleaner.orNull(meta.path("lĩnh_vực").asText(null)),
                TextCleaner.orNull(meta.path("loại_thủ_tục").asText(null)),
                TextCleaner.orNull(content.path("đối_tượng_thực_hiện").asText(null)),
                new Agencies(
                        RecordFields.agencies(content.path("cơ_quan_thực_hiện").asText(null)),
                        RecordFields.agencies(content.path("cơ_quan_có_thẩm_quyền").asText(null)),
                        RecordFields.agencies(content.path("cơ_quan_được_ủy_quyền").asText(null)),
                        RecordFields.agencies(content.path("cơ_quan_phối_hợp").asText(null))),
                TextCleaner.orNull(content.path("địa_chỉ_tiếp_nhận_hs").asText(null)),
                StepSplitter.split(content.path("trình_tự_thực_hiện").asText(null)),
                channels(tables.path("hinh_thuc_nop"), notes),
                documents(tables.path("thanh_phan_ho_so")),
                TextCleaner.orNull(content.path("yêu_cầu_điều_kiện_thực_hiện").asText(null)),
                TextCleaner.orNull(content.path("kết_quả_thực_hiện").asText(null)),
                legalBasis(tables.path("can_cu_phap_ly")),
                RecordFields.keywords(content.path("từ_khóa").asText(null)),
                notes,
                new Source(DATASET, PORTAL_SEARCH + code, RETRIEVED,
                        List.of(datasetRoot.relativize(file).toString().replace('\\', '/')), List.of()));
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    private List<Channel> channels(JsonNode rows, List<DataNote> notes) {
        List<Channel> out = new ArrayList<>();
        for (JsonNode row : rows) {
            String label = row.path("hinh_thuc").asText("");
            var kind = ChannelKind.fromLabel(label);
            if (kind.isEmpty()) {
                notes.add(new DataNote("channels", "Hình thức nộp không rõ trong nguồn: " + TextCleaner.oneLine(label)));
                continue;
            }
            ParsedFee fee = fees.parse(row.path("phi_le_phi").asText(null), null);
            fee.caveats().forEach(c -> notes.add(new DataNote("fee", kind.get().label() + ": " + c)));
            String description = TextCleaner.orNull(row.path("mo_ta").asText(null));
            ParsedTime time = ProcessingTimeParser.parseRow(row.path("thoi_han_giai_quyet").asText(null), description);
            time.caveats().forEach(c -> notes.add(new DataNote("processing_time", kind.get().label() + ": " + c)));
            out.add(new Channel(kind.get(), time.time(), fee.fee(), description));
        }
        return out;
    }

    private static List<DocumentGroup> documents(JsonNode rows) {
        List<RequiredDocument> items = new ArrayList<>();
        for (JsonNode row : rows) {
            String name = TextCleaner.orNull(row.path("ten_giay_to").asText(null));
            if (name == null) {
                continue;
            }
            String countCell = row.path("so_luong").asText("");
            String noteCell = row.path("ghi_chu").asText("");
            DocumentCounts counts = DocumentCounts.parse(countCell);
            String form = null;
            if (counts.equals(DocumentCounts.NONE)) {
                counts = DocumentCounts.parse(noteCell);
                form = TextCleaner.orNull(countCell);
            }
            items.add(new RequiredDocument(TextCleaner.oneLine(name).replaceFirst("^[-+•*–]\\s*", ""), form,
                    counts.originals(), counts.copies()));
        }
        return items.isEmpty() ? List.of() : List.of(new DocumentGroup(null, items));
    }

    /** The Defence records write dates as dd-MM-yyyy; the knowledge base uses dd/MM/yyyy everywhere. */
    static String date(String raw) {
        String d = TextCleaner.orNull(raw);
        if (d == null) {
            return null;
        }
        d = d.replace('-', '/').replace('.', '/');
        return d.matches("\\d{1,2}/\\d{1,2}/\\d{4}") ? d : null;
    }

    private static List<LegalBasis> legalBasis(JsonNode rows) {
        List<LegalBasis> out = new ArrayList<>();
        for (JsonNode row : rows) {
            String number = TextCleaner.orNull(row.path("so_ky_hieu").asText(null));
            String title = TextCleaner.orNull(row.path("trich_yeu").asText(null));
            if (number == null && title == null) {
                continue;
            }
            if (number != null) {
                number = LegalNumbers.first(number).orElse(number);
            }
            String issuer = TextCleaner.orNull(row.path("co_quan_ban_hanh").asText(null));
            out.add(new LegalBasis(number, title == null ? null : TextCleaner.oneLine(title),
                    date(row.path("ngay_ban_hanh").asText(null)),
                    issuer != null ? issuer : LegalNumbers.issuerOf(number)));
        }
        return out;
    }
}
