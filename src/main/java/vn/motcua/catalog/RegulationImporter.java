package vn.motcua.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the Markdown regulation texts of the phapdien-regulations dataset into articles, so that
 * answers can cite the real instrument and article behind a procedure. It reads both the Legal
 * Code "Đề mục" files (articles "Điều 15.3.LQ.1." with a source note naming the instrument) and
 * single documents (articles "### Điều 1." or "**Điều 1.**", numbered by the document itself).
 */
public final class RegulationImporter {

    private static final String TOC_HEADING = "## Danh sách điều khoản";
    private static final Pattern CODE_HEADING = Pattern.compile(
            "^\\s*Điều\\s+(\\d+\\.\\d+\\.[A-ZĐ]{2,3}(?:\\.\\d+[a-zđ]?)+)\\.(?:\\s+(.*))?$");
    private static final Pattern DOCUMENT_HEADING = Pattern.compile(
            "^\\s*(#{1,6}\\s+|\\*\\*)?Điều\\s+(\\d+[a-zđ]?)\\.(?:\\*\\*)?(?:\\s+(.*))?$");
    private static final Pattern NOTE_ARTICLE = Pattern.compile("^\\((?:Điều\\s+)?(\\d+[a-zđ]?)[\\s,.]");
    private static final Pattern CROSS_REFERENCE = Pattern.compile(
            "\\s*\\((?:Điều|Chương|Mục|Tiểu mục|Phần) này có nội dung liên quan đến.*$");
    private static final Pattern DIVISION = Pattern.compile(
            "^\\s*(?:Phần\\s+(?:thứ\\s+\\S+|[IVXLC]+)|Chương\\s+[IVXLC]+|Mục\\s+\\d+[a-zđ]?|Tiểu mục\\s+\\d+[a-zđ]?)\\.?\\s*$");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s");
    private static final Pattern RULE = Pattern.compile("^\\s*(?:-{3,}|\\*{3,}|_{3,})\\s*$");
    private static final Pattern SIGNATURE_BLOCK = Pattern.compile("^[*_\\s]*Nơi nhận");
    private static final Pattern QUOTE_MARKER = Pattern.compile("^\\s*>\\s?");
    private static final Pattern NUMBER_CELL = Pattern.compile("^\\|\\s*\\**Số hiệu\\**\\s*\\|\\s*([^|]*)\\|");
    private static final Pattern NUMBER_LINE = Pattern.compile("^[*_\\s]*Số:\\s*(.+)$");
    private static final Pattern FRONT_MATTER_ENTRY = Pattern.compile("^([A-Za-z_]+):\\s*(.*)$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

    /**
     * Reads one Markdown file of the dataset into its articles, in file order.
     *
     * @throws CatalogFormatException when the file cannot be read or holds no article
     */
    public List<RegulationArticle> read(Path datasetRoot, Path markdownFile) {
        String raw;
        try {
            raw = Files.readString(markdownFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CatalogFormatException(markdownFile, "cannot read regulation text: " + e, e);
        }
        List<String> lines = List.of(Normalizer.normalize(raw, Normalizer.Form.NFC).split("\\R", -1));
        Map<String, String> frontMatter = new HashMap<>();
        List<String> body = cutTableOfContents(skipFrontMatter(lines, frontMatter));

        boolean code = body.stream().anyMatch(l -> CODE_HEADING.matcher(l).matches());
        boolean formatted = !code && body.stream().anyMatch(RegulationImporter::isFormattedDocumentHeading);
        List<Draft> drafts = split(body, code, formatted);
        if (drafts.isEmpty()) {
            throw new CatalogFormatException(markdownFile, "no article heading found");
        }

        String dataset = datasetRoot.getFileName() == null ? datasetRoot.toString() : datasetRoot.getFileName().toString();
        String path = datasetRoot.relativize(markdownFile).toString().replace('\\', '/');
        String topic = topic(frontMatter, body, markdownFile);
        String documentNumber = code ? null : documentNumber(frontMatter, body).orElse(null);
        String stem = slug(stripExtension(markdownFile.getFileName().toString()));

        List<Built> built = new ArrayList<>();
        for (Draft d : drafts) {
            built.add(code ? buildCodeArticle(d) : buildDocumentArticle(d, documentNumber, stem));
        }
        List<String> ids = uniqueIds(built);
        List<RegulationArticle> out = new ArrayList<>(built.size());
        for (int i = 0; i < built.size(); i++) {
            Built b = built.get(i);
            out.add(new RegulationArticle(ids.get(i), b.instrument, b.article, b.title, b.text, topic,
                    new RegulationSource(dataset, path, b.codeArticle, b.note)));
        }
        return List.copyOf(out);
    }

    /** An article heading and the raw lines under it, before notes and markup are handled. */
    private record Draft(String label, String title, List<String> lines) {}

    /** An article's values before its id is made unique within the file. */
    private record Built(String baseId, String instrument, String article, String title, String text,
            String codeArticle, String note) {}

    private static List<String> skipFrontMatter(List<String> lines, Map<String, String> frontMatter) {
        int start = 0;
        while (start < lines.size() && lines.get(start).isBlank()) {
            start++;
        }
        if (start >= lines.size() || !lines.get(start).strip().equals("---")) {
            return lines;
        }
        for (int i = start + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.strip().equals("---")) {
                return lines.subList(i + 1, lines.size());
            }
            Matcher m = FRONT_MATTER_ENTRY.matcher(line);
            if (m.matches()) {
                frontMatter.put(m.group(1), unquote(m.group(2)));
            }
        }
        return lines;
    }

    private static List<String> cutTableOfContents(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith(TOC_HEADING)) {
                return lines.subList(0, i);
            }
        }
        return lines;
    }

    private static boolean isFormattedDocumentHeading(String line) {
        Matcher m = DOCUMENT_HEADING.matcher(line);
        return m.matches() && m.group(1) != null;
    }

    /**
     * Cuts the body at article headings. Divisions (chapters, sections, Markdown headings), rules
     * and the signature block close the current article; what follows them is dropped up to the
     * next article heading.
     */
    private static List<Draft> split(List<String> body, boolean code, boolean formatted) {
        List<Draft> drafts = new ArrayList<>();
        Draft current = null;
        for (String line : body) {
            Draft heading = heading(line, code, formatted);
            if (heading != null) {
                current = heading;
                drafts.add(current);
            } else if (DIVISION.matcher(line).matches() || MARKDOWN_HEADING.matcher(line).find()
                    || RULE.matcher(line).matches() || SIGNATURE_BLOCK.matcher(line).find()) {
                current = null;
            } else if (current != null) {
                current.lines.add(line);
            }
        }
        return drafts;
    }

    private static Draft heading(String line, boolean code, boolean formatted) {
        if (code) {
            Matcher m = CODE_HEADING.matcher(line);
            return m.matches() ? new Draft(m.group(1), m.group(2), new ArrayList<>()) : null;
        }
        Matcher m = DOCUMENT_HEADING.matcher(line);
        if (!m.matches() || formatted && m.group(1) == null) {
            return null;
        }
        return new Draft(m.group(2), m.group(3), new ArrayList<>());
    }

    private static Built buildCodeArticle(Draft d) {
        List<String> lines = bodyLines(d.lines);
        String note = null;
        String instrument = null;
        String article = null;
        if (!lines.isEmpty() && isSourceNote(lines.get(0))) {
            note = TextCleaner.oneLine(lines.remove(0));
            instrument = LegalNumbers.first(note).orElse(null);
            Matcher m = NOTE_ARTICLE.matcher(note);
            article = m.find() ? m.group(1) : null;
        }
        String title = title(d.title, d.label);
        // Some Code articles repeat the original heading ("Điều 36. Lập kế hoạch …") as their first line.
        if (article != null && !lines.isEmpty()) {
            Matcher m = DOCUMENT_HEADING.matcher(lines.get(0));
            if (m.matches() && m.group(2).equals(article)) {
                lines.remove(0);
            }
        }
        String baseId = instrument != null && article != null
                ? slug(instrument) + "-dieu-" + slug(article)
                : "phapdien-" + slug(d.label);
        return new Built(baseId, instrument, article, title, text(lines), d.label, note);
    }

    private static Built buildDocumentArticle(Draft d, String documentNumber, String stem) {
        String baseId = (documentNumber != null ? slug(documentNumber) : stem) + "-dieu-" + slug(d.label);
        return new Built(baseId, documentNumber, d.label, title(d.title, d.label), text(bodyLines(d.lines)), null, null);
    }

    /** Markup removed, cross-references cut, blank lines and trailing division titles dropped. */
    private static List<String> bodyLines(List<String> raw) {
        List<String> out = new ArrayList<>();
        for (String line : raw) {
            String l = QUOTE_MARKER.matcher(line.replace("**", "")).replaceFirst("");
            l = CROSS_REFERENCE.matcher(l).replaceFirst("");
            if (!l.isBlank()) {
                out.add(l);
            }
        }
        while (!out.isEmpty() && isCapitalisedTitle(out.get(out.size() - 1))) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static boolean isSourceNote(String line) {
        String l = line.strip();
        return l.startsWith("(") && (NOTE_ARTICLE.matcher(l).find() || LegalNumbers.first(l).isPresent());
    }

    /** A line in capitals with at least two words, like "NHỮNG QUY ĐỊNH CHUNG": a division title. */
    private static boolean isCapitalisedTitle(String line) {
        String l = line.strip();
        return l.codePoints().noneMatch(Character::isLowerCase)
                && l.codePoints().filter(Character::isLetter).count() >= 6
                && l.split("\\s+").length >= 2;
    }

    private static String title(String headingTitle, String label) {
        String t = headingTitle == null ? "" : TextCleaner.oneLine(headingTitle.replace("**", ""));
        return t.isEmpty() ? "Điều " + label : t;
    }

    private static String text(List<String> lines) {
        return TextCleaner.clean(String.join("\n", lines));
    }

    private static String topic(Map<String, String> frontMatter, List<String> body, Path file) {
        String title = TextCleaner.orNull(frontMatter.get("title"));
        if (title != null) {
            return title;
        }
        for (String line : body) {
            if (line.startsWith("# ")) {
                return TextCleaner.oneLine(line.substring(2));
            }
        }
        return stripExtension(file.getFileName().toString());
    }

    /** The document's own number: metadata table, front matter, "Số:" line, then the title. */
    private static Optional<String> documentNumber(Map<String, String> frontMatter, List<String> body) {
        List<String> candidates = new ArrayList<>();
        for (String line : body) {
            Matcher m = NUMBER_CELL.matcher(line);
            if (m.find()) {
                candidates.add(m.group(1));
            }
        }
        candidates.add(frontMatter.get("so_hieu"));
        for (String line : body) {
            Matcher m = NUMBER_LINE.matcher(line);
            if (m.matches()) {
                candidates.add(m.group(1));
            }
        }
        candidates.add(frontMatter.get("title"));
        for (String candidate : candidates) {
            Optional<String> number = LegalNumbers.first(TextCleaner.orNull(candidate));
            if (number.isPresent()) {
                return number;
            }
        }
        return Optional.empty();
    }

    /**
     * Ids shared by several articles of the file get the Code article id appended (Code files
     * quote several instruments with the same article number); any remaining clash gets a counter.
     */
    private static List<String> uniqueIds(List<Built> built) {
        Map<String, Integer> counts = new HashMap<>();
        for (Built b : built) {
            counts.merge(b.baseId, 1, Integer::sum);
        }
        Set<String> used = new HashSet<>();
        List<String> ids = new ArrayList<>(built.size());
        for (Built b : built) {
            String id = b.baseId;
            if (counts.get(id) > 1 && b.codeArticle != null && !id.startsWith("phapdien-")) {
                id = id + "-" + slug(b.codeArticle);
            }
            if (!used.add(id)) {
                int n = 2;
                while (!used.add(id + "-" + n)) {
                    n++;
                }
                id = id + "-" + n;
            }
            ids.add(id);
        }
        return ids;
    }

    static String slug(String text) {
        String t = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        t = MARKS.matcher(t).replaceAll("").toLowerCase(Locale.ROOT);
        t = NOT_SLUG.matcher(t).replaceAll("-");
        return EDGE_DASHES.matcher(t).replaceAll("");
    }

    private static String unquote(String value) {
        String v = value.strip();
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
