package vn.motcua.catalog;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads one "Chi tiết thủ tục hành chính" Word export of the national procedure portal
 * (dataset {@code tthc-ministries-docx}) into a {@link Procedure}. The export is a run of
 * "Label: value" paragraphs in a fixed order with three kinds of tables (submission channels,
 * required documents, legal basis); every value comes from the document itself.
 */
public final class DocxImporter {

    static final String DATASET = "tthc-ministries-docx";
    static final String RETRIEVED = "2025-12-02";

    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern URL_LINE = Pattern.compile(
            "(?iu)^(?:để xem chi tiết thủ tục hành chính|https?://thutuc\\.dichvucong\\.gov\\.vn)");
    private static final Pattern HEADING_DECORATION = Pattern.compile("^[*\\-+•–\\s]+|[\\s:]+$");
    private static final Pattern DEFAULT_CASE = Pattern.compile(
            "(?iu)^(?:thành phần\\s*)?(?:hồ sơ\\s*)?(?:bao\\s*)?(?:gồm)?$");
    private static final Pattern DATE = Pattern.compile("^(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})$");

    /** The labelled sections of an export, in the order the portal prints them. */
    private enum Section {
        CODE("Mã thủ tục"),
        DECISION("Số quyết định"),
        NAME("Tên thủ tục"),
        LEVELS("Cấp thực hiện"),
        KIND("Loại thủ tục"),
        FIELD("Lĩnh vực"),
        STEPS("Trình tự thực hiện"),
        CHANNELS("Cách thức thực hiện"),
        DOCUMENTS("Thành phần hồ sơ"),
        TARGET_GROUP("Đối tượng thực hiện"),
        IMPLEMENTING("Cơ quan thực hiện"),
        COMPETENT("Cơ quan có thẩm quyền"),
        RECEPTION("Địa chỉ tiếp nhận HS"),
        AUTHORISED("Cơ quan được ủy quyền"),
        COORDINATING("Cơ quan phối hợp"),
        RESULT("Kết quả thực hiện"),
        LEGAL_BASIS("Căn cứ pháp lý"),
        CONDITIONS("Yêu cầu, điều kiện thực hiện"),
        KEYWORDS("Từ khóa"),
        DESCRIPTION("Mô tả");

        private final Pattern label;

        Section(String label) {
            this.label = Pattern.compile("^" + Pattern.quote(label) + "\\s*:", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }
    }

    private final FeeParser fees;

    public DocxImporter(FeeParser fees) {
        this.fees = Objects.requireNonNull(fees, "fees may not be null");
    }

    /**
     * Parses one .docx; throws CatalogFormatException for a corrupt/unreadable file or a document
     * without a procedure code (or name).
     *
     * @param datasetRoot the folder of the dataset, used to record the file's relative path
     * @param file the export to read, inside {@code datasetRoot}
     */
    public Procedure read(Path datasetRoot, Path file) {
        String relative = relativePath(datasetRoot, file);
        try (XWPFDocument doc = open(file)) {
            return new Parse(file, relative).run(doc);
        } catch (IOException e) {
            throw new CatalogFormatException(file, "cannot close the Word file", e);
        }
    }

    private static XWPFDocument open(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return new XWPFDocument(in);
        } catch (IOException e) {
            throw new CatalogFormatException(file, "cannot read the Word file (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            // POI reports a damaged or non-OOXML package with unchecked exceptions.
            throw new CatalogFormatException(file, "not a valid .docx file (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")", e);
        }
    }

    private static String relativePath(Path datasetRoot, Path file) {
        Path root = datasetRoot.toAbsolutePath().normalize();
        Path abs = file.toAbsolutePath().normalize();
        if (!abs.startsWith(root)) {
            throw new CatalogFormatException(file, "file is not inside the dataset root " + root);
        }
        List<String> parts = new ArrayList<>();
        root.relativize(abs).forEach(p -> parts.add(p.toString()));
        return Normalizer.normalize(String.join("/", parts), Normalizer.Form.NFC);
    }

    /** The state of reading one document; one instance per call, never shared. */
    private final class Parse {

        private final Path file;
        private final String relative;
        private final Map<Section, List<String>> texts = new EnumMap<>(Section.class);
        private final List<Channel> channels = new ArrayList<>();
        private final List<DocumentGroup> documents = new ArrayList<>();
        private final List<LegalBasis> legalBasis = new ArrayList<>();
        private final Set<DataNote> notes = new LinkedHashSet<>();
        private final List<String> pendingHeading = new ArrayList<>();
        private Section section;
        private String url;

        Parse(Path file, String relative) {
            this.file = file;
            this.relative = relative;
        }

        Procedure run(XWPFDocument doc) {
            for (IBodyElement element : doc.getBodyElements()) {
                switch (element) {
                    case XWPFParagraph p -> paragraph(p.getText());
                    case XWPFTable t -> table(t);
                    case XWPFSDT sdt -> sdt.getContent().getText().lines().forEach(this::paragraph);
                    default -> { }
                }
            }
            leftOverHeading();
            return build();
        }

        private void paragraph(String raw) {
            String text = TextCleaner.clean(raw);
            if (text.isEmpty()) {
                return;
            }
            if (URL_LINE.matcher(text).find()) {
                Matcher m = URL.matcher(text);
                if (m.find()) {
                    url = m.group();
                    return;
                }
            }
            int from = section == null ? 0 : section.ordinal() + 1;
            Section[] all = Section.values();
            for (int i = from; i < all.length; i++) {
                Matcher m = all[i].label.matcher(text);
                if (m.find()) {
                    leftOverHeading();
                    section = all[i];
                    append(text.substring(m.end()));
                    return;
                }
            }
            append(text);
        }

        private void append(String raw) {
            String text = TextCleaner.clean(raw);
            if (section == null || text.isEmpty()) {
                return;
            }
            if (section == Section.DOCUMENTS) {
                pendingHeading.add(text);
            } else {
                texts.computeIfAbsent(section, s -> new ArrayList<>()).add(text);
            }
        }

        private void table(XWPFTable table) {
            List<XWPFTableRow> rows = table.getRows();
            if (rows.isEmpty()) {
                return;
            }
            List<String> header = rows.get(0).getTableCells().stream().map(DocxImporter::cellText).toList();
            List<XWPFTableRow> body = rows.subList(1, rows.size());
            String first = header.isEmpty() ? "" : header.get(0);
            if (first.equalsIgnoreCase("Hình thức nộp")) {
                channelTable(header, body);
            } else if (first.equalsIgnoreCase("Tên giấy tờ")) {
                documentTable(header, body);
            } else if (first.equalsIgnoreCase("Số ký hiệu")) {
                legalTable(header, body);
            } else {
                notes.add(new DataNote("source", "Bản Word có một bảng không rõ loại (cột đầu: \""
                        + TextCleaner.oneLine(first) + "\"), chưa được đọc."));
            }
        }

        private void channelTable(List<String> header, List<XWPFTableRow> rows) {
            int kindCol = column(header, "Hình thức nộp", 0);
            int timeCol = column(header, "Thời hạn giải quyết", 1);
            int feeCol = column(header, "Phí, lệ phí", 2);
            int noteCol = column(header, "Mô tả", 3);
            for (XWPFTableRow row : rows) {
                String label = cell(row, kindCol);
                if (isBlankRow(row)) {
                    continue;
                }
                var kind = ChannelKind.fromLabel(label);
                if (kind.isEmpty()) {
                    notes.add(new DataNote("channels", "Bỏ qua một dòng cách thức thực hiện có hình thức nộp không rõ: \""
                            + TextCleaner.oneLine(label) + "\"."));
                    continue;
                }
                ParsedFee fee = fees.parse(TextCleaner.orNull(cell(row, feeCol)), null);
                fee.caveats().forEach(c -> notes.add(new DataNote("fee", c)));
                String description = TextCleaner.orNull(cell(row, noteCol));
                ParsedTime time = ProcessingTimeParser.parseRow(cell(row, timeCol), description);
                time.caveats().forEach(c -> notes.add(new DataNote("processing_time", kind.get().label() + ": " + c)));
                channels.add(new Channel(kind.get(), time.time(), fee.fee(), description));
            }
        }

        private void documentTable(List<String> header, List<XWPFTableRow> rows) {
            int nameCol = column(header, "Tên giấy tờ", 0);
            int formCol = column(header, "Mẫu đơn, tờ khai", 1);
            int countCol = column(header, "Số lượng", 2);
            String caseName = caseName(String.join(" ", pendingHeading));
            pendingHeading.clear();
            List<RequiredDocument> items = new ArrayList<>();
            for (XWPFTableRow row : rows) {
                String name = TextCleaner.orNull(cell(row, nameCol));
                if (name == null) {
                    continue;
                }
                DocumentCounts counts = DocumentCounts.parse(cell(row, countCol));
                items.add(new RequiredDocument(name, TextCleaner.orNull(cell(row, formCol)), counts.originals(),
                        counts.copies()));
            }
            documents.add(new DocumentGroup(caseName, items));
        }

        private void legalTable(List<String> header, List<XWPFTableRow> rows) {
            int numberCol = column(header, "Số ký hiệu", 0);
            int titleCol = column(header, "Trích yếu", 1);
            int dateCol = column(header, "Ngày ban hành", 2);
            int issuerCol = column(header, "Cơ quan ban hành", 3);
            for (XWPFTableRow row : rows) {
                String numberCell = TextCleaner.orNull(TextCleaner.oneLine(cell(row, numberCol)));
                String number = number(numberCell);
                String title = TextCleaner.orNull(cell(row, titleCol));
                if (number == null && title == null) {
                    continue;
                }
                legalBasis.add(new LegalBasis(number, title, date(cell(row, dateCol), number == null ? title : number),
                        TextCleaner.orNull(cell(row, issuerCol))));
            }
        }

        private String date(String cell, String instrument) {
            String text = TextCleaner.orNull(cell);
            if (text == null) {
                return null;
            }
            Matcher m = DATE.matcher(text);
            if (!m.matches()) {
                notes.add(new DataNote("legal_basis", "Ngày ban hành của văn bản " + TextCleaner.oneLine(instrument)
                        + " ghi không rõ: \"" + TextCleaner.oneLine(text) + "\"."));
                return null;
            }
            return String.format(Locale.ROOT, "%02d/%02d/%s", Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    m.group(3));
        }

        /** Heading text in the documents section that no table followed is kept as a note. */
        private void leftOverHeading() {
            if (!pendingHeading.isEmpty()) {
                notes.add(new DataNote("documents", "Ghi chú ở phần thành phần hồ sơ: "
                        + String.join(" ", pendingHeading)));
                pendingHeading.clear();
            }
        }

        private Procedure build() {
            String code = oneLine(Section.CODE);
            if (code == null) {
                throw new CatalogFormatException(file, "no procedure code (Mã thủ tục)");
            }
            String name = oneLine(Section.NAME);
            if (name == null) {
                throw new CatalogFormatException(file, "no procedure name (Tên thủ tục) for " + code);
            }
            if (RecordFields.isDecisionTitle(name)) {
                notes.add(new DataNote("name", "Trường tên thủ tục trong nguồn ghi tiêu đề một quyết định công bố, không phải tên thủ tục."));
            }
            Agencies agencies = new Agencies(RecordFields.agencies(text(Section.IMPLEMENTING)),
                    RecordFields.agencies(text(Section.COMPETENT)), RecordFields.agencies(text(Section.AUTHORISED)),
                    RecordFields.agencies(text(Section.COORDINATING)));
            List<String> levels = RecordFields.levels(text(Section.LEVELS));
            notes.addAll(RecordFields.levelNotes(levels));
            Source source = new Source(DATASET, url, RETRIEVED, List.of(relative), List.of());
            return new Procedure(code, name, oneLine(Section.DECISION), levels, oneLine(Section.FIELD),
                    oneLine(Section.KIND), text(Section.TARGET_GROUP), agencies, text(Section.RECEPTION),
                    StepSplitter.split(text(Section.STEPS)), channels, documents, text(Section.CONDITIONS),
                    text(Section.RESULT), legalBasis, RecordFields.keywords(text(Section.KEYWORDS)),
                    List.copyOf(notes), source);
        }

        private String text(Section s) {
            List<String> lines = texts.get(s);
            return lines == null ? null : TextCleaner.orNull(String.join("\n", lines));
        }

        private String oneLine(Section s) {
            String t = text(s);
            return t == null ? null : TextCleaner.oneLine(t);
        }
    }

    /**
     * The instrument number in a "Số ký hiệu" cell. When the source mistypes the symbol
     * ("31/2025/TT_BCA", "59/2023/TT- BTC") the match stops mid-symbol, so the cell is kept as
     * written rather than cut to "31/2025/TT".
     */
    private static String number(String cell) {
        if (cell == null) {
            return null;
        }
        String found = LegalNumbers.first(cell).orElse(null);
        if (found == null) {
            return cell;
        }
        int end = cell.indexOf(found) + found.length();
        boolean cutMidSymbol = end < cell.length() && (cell.charAt(end) == '_' || cell.charAt(end) == '-');
        return cutMidSymbol ? cell : found;
    }

    private static String caseName(String heading) {
        String t = HEADING_DECORATION.matcher(TextCleaner.oneLine(heading)).replaceAll("");
        return DEFAULT_CASE.matcher(t).matches() ? null : TextCleaner.orNull(t);
    }

    private static int column(List<String> header, String name, int fallback) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return fallback;
    }

    private static boolean isBlankRow(XWPFTableRow row) {
        return row.getTableCells().stream().allMatch(c -> cellText(c).isEmpty());
    }

    private static String cell(XWPFTableRow row, int index) {
        List<XWPFTableCell> cells = row.getTableCells();
        return index < cells.size() ? cellText(cells.get(index)) : "";
    }

    /** The cell's non-empty paragraphs, cleaned, one per line. */
    private static String cellText(XWPFTableCell cell) {
        List<String> lines = new ArrayList<>();
        for (XWPFParagraph p : cell.getParagraphs()) {
            String t = TextCleaner.clean(p.getText());
            if (!t.isEmpty()) {
                lines.add(t);
            }
        }
        for (XWPFTable nested : cell.getTables()) {
            for (XWPFTableRow row : nested.getRows()) {
                for (XWPFTableCell c : row.getTableCells()) {
                    String t = cellText(c);
                    if (!t.isEmpty()) {
                        lines.add(t);
                    }
                }
            }
        }
        return String.join("\n", lines);
    }
}
