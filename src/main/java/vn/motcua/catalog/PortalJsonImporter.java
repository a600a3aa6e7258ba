package vn.motcua.catalog;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one record of the national-portal crawl (tthc-national), whose tables the crawler flattened
 * into run-together strings, and rebuilds their structure: submission rows, document groups with
 * counts, and legal instruments. Unit-less time placeholders are not deadlines, and the portal's
 * UI text after the result field is cut.
 */
public final class PortalJsonImporter {

    static final String DATASET = "tthc-national";
    static final String RETRIEVED = "2026-07-20";

    private static final String CHANNEL_HEADER = "Hình thức nộpThời gianPhí, lệ phíMô tả";
    private static final Pattern ROW = Pattern.compile(
            "(Trực tiếp|Trực tuyến|Dịch vụ bưu chính)"
                    + "(\\d+(?:[.,]\\d+)?(?: (?:Ngày làm việc|Ngày|Giờ làm việc|Giờ|Tháng|Năm|Tuần|Phút))?"
                    + "|Không có thông tin|Không quy định|Không phải trả kết quả cho người nộp thuế|Không ?(?=Miễn phí|Không có thông tin))");
    private static final Pattern FEE_TOKEN = Pattern.compile(
            "^(?:Miễn phí|Không có thông tin|\\d{1,3}(?:[.,]\\d{3})*(?:[.,]\\d+)? ?(?:Việt Nam Đồng|VNĐ|USD|Đồng|đồng|đ))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern GLUED_FEE = Pattern.compile(
            "^\\s?(?:Việt Nam Đồng|VNĐ|USD|Đồng|đồng)(?:\\([^)]*\\))?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final String DOCUMENT_HEADER = "Tên giấy tờMẫu đơn, tờ khaiSố lượng";
    private static final Pattern COUNT = Pattern.compile("(\\d{1,2}) bản chính(?:,\\s*(\\d{1,2}) bản sao)?|(\\d{1,2}) bản sao");
    private static final Pattern FORM_FILE = Pattern.compile(
            "(?:^|(?<=[;:.)\\]]))\\s*([^;:.)\\]]{1,80}?\\.(?:docx?|pdf|xlsx?|rtf|odt|zip))\\s*$", Pattern.CASE_INSENSITIVE);
    private static final String LEGAL_HEADER = "Tên văn bản pháp lýMã văn bản";
    private static final Pattern TITLE_TAIL = Pattern.compile(
            "(?:(?:Luật|Bộ luật|Nghị định|Nghị quyết|Thông tư(?: liên tịch)?|Quyết định|Pháp lệnh|Văn bản hợp nhất)\\s*)?(?:số|Số)?[\\s:]*$");
    private static final Pattern DATE = Pattern.compile("ngày\\s*(\\d{1,2}/\\d{1,2}/\\d{4})");
    // The portal glues "Mã: <code>" after each result name and the next name straight after the
    // code. Codes come in many shapes ("KQ.G01.000064", "000.00.00.G11-KQ1711", "TP-G12.0001143",
    // "78", the test entries "dsfas" or "hgvg6", the placeholder "Chưa xác định rõ"). One with digits
    // ends at its last digit, so capitals after it begin the next name ("KQ.G12.001177KBNN thông
    // báo…"), and one doubled capital there is a typing slip ("…000429GGiấy"); one of letters only
    // ends where a capital starts the next name ("utwChứng chỉ…") or at the end. When the cell holds
    // neither, it holds text (1.115126 puts a sentence there), so only the label "Mã:" goes.
    private static final Pattern RESULT_CODE = Pattern.compile("Mã:\\s*(?:Chưa xác định(?: rõ)?"
            + "|[A-Za-z0-9._-]*\\d\\.*(?:([A-Z])(?=\\1\\p{Ll}))?"
            + "|[A-Za-z_]+(?=\\s*$|\\p{Lu}))?");

    private final ObjectMapper json;
    private final FeeParser fees;

    public PortalJsonImporter(ObjectMapper json, FeeParser fees) {
        this.json = requireNonNull(json, "json may not be null");
        this.fees = requireNonNull(fees, "fees may not be null");
    }

    /** Parses one crawl file; throws {@link CatalogFormatException} naming the file on bad input. */
    public Procedure read(Path datasetRoot, Path file) {
        JsonNode n = JsonFiles.readObject(json, file);
        String code = TextCleaner.orNull(text(n, "ma_thu_tuc"));
        if (code == null) {
            throw new CatalogFormatException(file, "record has no procedure code (ma_thu_tuc)");
        }
        String name = TextCleaner.orNull(text(n, "ten_thu_tuc"));
        if (name == null) {
            throw new CatalogFormatException(file, "record " + code + " has no name (ten_thu_tuc)");
        }
        name = TextCleaner.oneLine(name);
        List<DataNote> notes = new ArrayList<>();
        if (RecordFields.isDecisionTitle(name)) {
            notes.add(new DataNote("name", "Trường tên thủ tục trong nguồn ghi tiêu đề một quyết định công bố, không phải tên thủ tục."));
        }
        List<String> levels = RecordFields.levels(text(n, "cap_thuc_hien"));
        notes.addAll(RecordFields.levelNotes(levels));
        List<Channel> channels = channels(text(n, "cach_thuc_thuc_hien"), notes);
        Agencies agencies = new Agencies(
                RecordFields.agencies(text(n, "co_quan_thuc_hien")),
                RecordFields.agencies(text(n, "co_quan_co_tham_quyen")),
                RecordFields.agencies(text(n, "co_quan_duoc_uy_quyen")),
                RecordFields.agencies(text(n, "co_quan_phoi_hop")));
        String resultField = text(n, "ket_qua_xu_ly");
        Source source = new Source(DATASET, TextCleaner.orNull(text(n, "detail_url")), RETRIEVED,
                List.of(datasetRoot.relativize(file).toString().replace('\\', '/')), List.of());
        return new Procedure(
                code,
                name,
                TextCleaner.orNull(text(n, "so_quyet_dinh")),
                levels,
                TextCleaner.orNull(text(n, "linh_vuc")),
                TextCleaner.orNull(text(n, "loai_thu_tuc")),
                TextCleaner.orNull(text(n, "doi_tuong_thuc_hien")),
                agencies,
                TextCleaner.orNull(text(n, "dia_chi_tiep_nhan")),
                StepSplitter.split(text(n, "trinh_tu_thuc_hien")),
                channels,
                documents(text(n, "thanh_phan_ho_so")),
                TextCleaner.orNull(text(n, "yeu_cau_dieu_kien")),
                result(resultField),
                legalBasis(text(n, "can_cu_phap_ly")),
                keywords(resultField),
                notes,
                source);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** Rebuilds the submission table: channel, time, fee with its parenthesised note, description. */
    List<Channel> channels(String raw, List<DataNote> notes) {
        List<Channel> out = new ArrayList<>();
        String s = TextCleaner.orNull(raw);
        if (s == null) {
            return out;
        }
        if (s.startsWith(CHANNEL_HEADER)) {
            s = s.substring(CHANNEL_HEADER.length());
        }
        List<MatchResult> rows = new ArrayList<>();
        Matcher m = ROW.matcher(s);
        while (m.find()) {
            rows.add(new MatchResult(m.start(), m.end(), m.group(1), m.group(2)));
        }
        for (int i = 0; i < rows.size(); i++) {
            MatchResult row = rows.get(i);
            int end = i + 1 < rows.size() ? rows.get(i + 1).start() : s.length();
            String body = s.substring(row.end(), end);
            StringBuilder cell = new StringBuilder();
            StringBuilder feeNote = new StringBuilder();
            int pos = 0;
            while (pos < body.length()) {
                Matcher fee = FEE_TOKEN.matcher(body.substring(pos));
                if (!fee.find()) {
                    break;
                }
                cell.append(cell.isEmpty() ? "" : "; ").append(fee.group());
                pos += fee.end();
                if (pos < body.length() && body.charAt(pos) == '(') {
                    int close = closingParen(body, pos);
                    feeNote.append(feeNote.isEmpty() ? "" : " ").append(body, pos + 1, close);
                    pos = Math.min(close + 1, body.length());
                }
            }
            ChannelKind kind = ChannelKind.fromLabel(row.channel()).orElseThrow();
            if (cell.isEmpty() && ProcessingTimeParser.isPlaceholder(row.time()) && GLUED_FEE.matcher(body).lookingAt()) {
                // "Trực tuyến1100 VNĐ": the placeholder time and the fee ran together, so neither
                // the time nor the amount can be told apart. Keep the raw text, state nothing.
                Matcher glued = GLUED_FEE.matcher(body);
                glued.lookingAt();
                String gluedText = row.time() + body.substring(0, glued.end());
                addOnce(notes, new DataNote("fee", kind.label() + ": ô thời hạn và ô phí trong nguồn bị dính liền (\""
                        + gluedText.strip() + "\"), không xác định được mức phí; cần hỏi cơ quan thực hiện."));
                out.add(new Channel(kind, ProcessingTime.NONE, new Fee(gluedText.strip(), null, List.of(), null, false),
                        TextCleaner.orNull(body.substring(glued.end()))));
                continue;
            }
            String description = TextCleaner.orNull(body.substring(pos));
            String feeSentences = feeSentences(description);
            if (!feeSentences.isEmpty()) {
                feeNote.append(feeNote.isEmpty() ? "" : " ").append(feeSentences);
            }
            ParsedTime time = ProcessingTimeParser.parseRow(row.time(), description);
            time.caveats().forEach(c -> addOnce(notes, new DataNote("processing_time", kind.label() + ": " + c)));
            ParsedFee parsed = fees.parse(cell.toString(), feeNote.toString());
            parsed.caveats().forEach(c -> addOnce(notes, new DataNote("fee", kind.label() + ": " + c)));
            out.add(new Channel(kind, time.time(), parsed.fee(), description));
        }
        return out;
    }

    /** Sentences of a row description that speak about fees ("Phí, lệ phí (nếu có): …"). */
    static String feeSentences(String description) {
        if (description == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String sentence : description.split("(?<=[.;])\\s+|\\n")) {
            String lower = sentence.toLowerCase(java.util.Locale.ROOT);
            if (lower.contains("phí") && !lower.contains("miễn phí")) {
                out.append(out.isEmpty() ? "" : " ").append(sentence.strip());
            }
        }
        return out.toString();
    }

    private static void addOnce(List<DataNote> notes, DataNote note) {
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }

    private static int closingParen(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return s.length();
    }

    /** Rebuilds document groups: a heading, the table header, then items that each end with counts. */
    List<DocumentGroup> documents(String raw) {
        List<DocumentGroup> out = new ArrayList<>();
        String s = TextCleaner.orNull(raw);
        if (s == null) {
            return out;
        }
        String[] parts = s.split(Pattern.quote(DOCUMENT_HEADER), -1);
        String heading = parts.length > 1 ? parts[0] : null;
        for (int p = parts.length > 1 ? 1 : 0; p < parts.length; p++) {
            String body = parts[p];
            List<RequiredDocument> items = new ArrayList<>();
            Matcher m = COUNT.matcher(body);
            int from = 0;
            while (m.find()) {
                String itemText = body.substring(from, m.start());
                from = m.end();
                Integer originals = m.group(1) != null ? Integer.valueOf(m.group(1)) : null;
                Integer copies = m.group(2) != null ? Integer.valueOf(m.group(2))
                        : m.group(3) != null ? Integer.valueOf(m.group(3)) : originals == null ? null : 0;
                if (m.group(3) != null) {
                    originals = 0;
                }
                RequiredDocument doc = document(itemText, originals, copies);
                if (doc != null) {
                    items.add(doc);
                }
            }
            String rest = body.substring(from);
            String nextHeading = rest;
            if (items.isEmpty() && TextCleaner.orNull(rest) != null && p == parts.length - 1) {
                // A table without counts: keep its text as one document rather than lose it.
                RequiredDocument doc = document(rest, null, null);
                if (doc != null) {
                    items.add(doc);
                }
                nextHeading = null;
            }
            if (!items.isEmpty()) {
                out.add(new DocumentGroup(caseName(heading), items));
            }
            heading = nextHeading;
        }
        return out;
    }

    private static RequiredDocument document(String itemText, Integer originals, Integer copies) {
        String t = TextCleaner.oneLine(itemText);
        String form = null;
        Matcher f = FORM_FILE.matcher(t);
        if (f.find() && f.start(1) > 0) {
            form = f.group(1).strip();
            t = t.substring(0, f.start(1));
        }
        String name = TextCleaner.orNull(t.replaceFirst("^[-+•*–]\\s*", ""));
        return name == null ? null : new RequiredDocument(name, form, originals, copies);
    }

    private static String caseName(String heading) {
        String h = TextCleaner.orNull(heading == null ? null : heading.replaceAll("^[-*\\s]+|[-:\\s]+$", ""));
        if (h == null) {
            return null;
        }
        String lower = h.toLowerCase(java.util.Locale.ROOT);
        return lower.equals("bao gồm") || lower.equals("hồ sơ bao gồm") ? null : h;
    }

    /** Rebuilds the legal-basis table, whose title and number cells were glued together. */
    List<LegalBasis> legalBasis(String raw) {
        List<LegalBasis> out = new ArrayList<>();
        String s = TextCleaner.orNull(raw);
        if (s == null) {
            return out;
        }
        s = TextCleaner.oneLine(s.startsWith(LEGAL_HEADER) ? s.substring(LEGAL_HEADER.length()) : s);
        // A number is the number cell (the end of a row) when it is glued to its neighbours: a
        // capital letter or digit right after it (the next row's title), or a letter, digit or
        // full stop right before it (the end of its own title). Numbers with spaces on both sides
        // are quoted inside a title ("… Thông tư số 02/2020/TT-BTP ngày …").
        int from = 0;
        String pendingNumber = null;
        String pendingWritten = null;
        String pendingTitle = null;
        // The portal sometimes cuts a number short ("118/2025/NĐ-CQuy định…"); the full number is
        // used only when the same text states it.
        List<String> stated = LegalNumbers.findAll(s);
        for (LegalNumbers.Found found : LegalNumbers.findPositions(s)) {
            boolean gluedAfter = found.end() == s.length() || Character.isUpperCase(s.charAt(found.end()))
                    || Character.isDigit(s.charAt(found.end()));
            char before = found.start() == 0 ? ' ' : s.charAt(found.start() - 1);
            boolean gluedBefore = Character.isLetterOrDigit(before) || before == '.';
            boolean endsRow = gluedAfter || gluedBefore;
            if (!endsRow) {
                continue;
            }
            String rowText = s.substring(from, found.end());
            from = found.end();
            String number = LegalNumbers.completeFrom(found.number(), stated);
            if (number.equals(pendingNumber)) {
                continue;
            }
            if (pendingNumber != null) {
                out.add(legal(pendingNumber, pendingWritten, pendingTitle));
            }
            pendingNumber = number;
            pendingWritten = found.number();
            pendingTitle = rowText;
        }
        if (pendingNumber != null) {
            out.add(legal(pendingNumber, pendingWritten, pendingTitle));
        }
        String tail = TextCleaner.orNull(s.substring(from));
        if (tail != null) {
            out.add(new LegalBasis(LegalNumbers.first(tail).orElse(null), tail, date(tail), null));
        }
        return dedupe(out);
    }

    /** One instrument; {@code written} is the number as the row's text spells it, {@code number} as stored. */
    private static LegalBasis legal(String number, String written, String rawTitle) {
        String t = rawTitle.strip();
        String title = t;
        // The number column repeats the number; a title that is only the number is kept as such.
        if (t.endsWith(written) && t.length() > written.length()) {
            title = TITLE_TAIL.matcher(t.substring(0, t.length() - written.length())).replaceFirst("").strip();
            if (title.isEmpty()) {
                title = t;
            }
        }
        title = title.replaceAll("\\s+", " ");
        return new LegalBasis(number, title, date(title), LegalNumbers.issuerOf(number));
    }

    private static List<LegalBasis> dedupe(List<LegalBasis> list) {
        List<LegalBasis> out = new ArrayList<>();
        for (LegalBasis b : list) {
            if (out.stream().noneMatch(o -> o.number() != null && o.number().equals(b.number()))) {
                out.add(b);
            }
        }
        return out;
    }

    private static String date(String text) {
        Matcher m = DATE.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /** The result names before the portal's UI text, without the portal's "Mã: …" result codes. */
    static String result(String raw) {
        String s = TextCleaner.orNull(raw);
        if (s == null) {
            return null;
        }
        int cut = s.indexOf("Từ khóa");
        if (cut >= 0) {
            s = s.substring(0, cut);
        }
        List<String> names = new ArrayList<>();
        for (String part : RESULT_CODE.split(s)) {
            String p = TextCleaner.orNull(part);
            if (p != null && !names.contains(p)) {
                names.add(p);
            }
        }
        return names.isEmpty() ? null : String.join("; ", names);
    }

    /** Keywords sit between "Từ khóa" and "Mô tả" in the result field's trailing UI text. */
    static List<String> keywords(String raw) {
        String s = TextCleaner.clean(raw);
        int from = s.indexOf("Từ khóa");
        if (from < 0) {
            return List.of();
        }
        int to = s.indexOf("Mô tả", from);
        return RecordFields.keywords(s.substring(from + "Từ khóa".length(), to < 0 ? s.length() : to));
    }

    private record MatchResult(int start, int end, String channel, String time) {}
}
