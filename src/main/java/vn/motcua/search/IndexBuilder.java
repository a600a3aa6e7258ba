package vn.motcua.search;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import vn.motcua.catalog.AtomicFiles;
import vn.motcua.catalog.InternalDocument;
import vn.motcua.catalog.InternalDocuments;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.Progress;
import vn.motcua.catalog.RegulationArticle;

/**
 * Builds a complete index generation into a fresh folder and only then publishes it: the folder
 * is renamed into place and the {@code CURRENT} pointer file is replaced atomically, so a reader
 * never sees a half-built index. A generation is named after the content hash of the knowledge base.
 */
public final class IndexBuilder {

    /** Bump when the index schema or analysis changes, so existing indexes are rebuilt. */
    static final String SCHEMA_VERSION = "search-v15";
    static final String CURRENT = "CURRENT";
    static final String PROCEDURES = "procedures";
    static final String REGULATIONS = "regulations";
    static final String INTERNAL = "internal";

    private final Path root;
    private final ObjectMapper json;

    public IndexBuilder(Path root, ObjectMapper json) {
        this.root = requireNonNull(root, "root may not be null");
        this.json = requireNonNull(json, "json may not be null");
    }

    public Path root() {
        return root;
    }

    /**
     * The content hash of a knowledge base: every procedure, regulation and internal-collection file
     * and the synonyms file, by relative path and bytes, plus the schema version.
     */
    public static String contentHash(Path knowledgeBase) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(SCHEMA_VERSION.getBytes(StandardCharsets.UTF_8));
            List<Path> files;
            try (Stream<Path> s = Files.walk(knowledgeBase)) {
                files = s.filter(Files::isRegularFile)
                        .filter(f -> {
                            String rel = knowledgeBase.relativize(f).toString().replace('\\', '/');
                            return rel.startsWith("procedures/") || rel.startsWith("regulations/") || rel.startsWith(InternalDocuments.FOLDER + "/")
                                    || rel.startsWith(CitizenPhrasings.FOLDER + "/")
                                    || rel.equals("synonyms.txt");
                        })
                        .sorted()
                        .toList();
            }
            for (Path f : files) {
                sha.update(knowledgeBase.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(f));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot hash knowledge base " + knowledgeBase, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }

    /** The published generation folder, if any. */
    public Path current() {
        Path pointer = root.resolve(CURRENT);
        try {
            if (!Files.isRegularFile(pointer)) {
                return null;
            }
            Path gen = root.resolve(Files.readString(pointer, StandardCharsets.UTF_8).strip());
            return Files.isDirectory(gen.resolve(PROCEDURES)) ? gen : null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pointer, e);
        }
    }

    /** True when the published generation was built from exactly this content. */
    public boolean isCurrent(String hash) {
        Path c = current();
        return c != null && c.getFileName().toString().equals("gen-" + hash);
    }

    /** Builds and publishes a generation; returns its folder. */
    public Path build(String hash, List<Procedure> procedures, List<RegulationArticle> articles, Progress progress) {
        return build(hash, procedures, procedures.size(), articles, progress);
    }

    /**
     * Builds and publishes a generation from procedures read one at a time, so a catalogue larger
     * than the heap (a synthetic load-test one) can be indexed; {@code count} is for progress only.
     */
    public Path build(String hash, Iterable<Procedure> procedures, long count, List<RegulationArticle> articles, Progress progress) {
        return build(hash, procedures, count, articles, List.of(), progress);
    }

    /** As above, with the internal collection, indexed apart from procedures and articles with each document's visibility. */
    public Path build(String hash, Iterable<Procedure> procedures, long count, List<RegulationArticle> articles, List<InternalDocument> internal,
            Progress progress) {
        return build(hash, procedures, count, articles, internal, Map.of(), progress);
    }

    /** As above, with how citizens ask for each procedure ({@link CitizenPhrasings}), by code. */
    public Path build(String hash, Iterable<Procedure> procedures, long count, List<RegulationArticle> articles, List<InternalDocument> internal,
            Map<String, List<String>> phrasings, Progress progress) {
        Path target = root.resolve("gen-" + hash);
        Path tmp = root.resolve(".building-" + hash + "-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        try {
            Files.createDirectories(root);
            long total = count + articles.size();
            long done = 0;
            ProcedureDocuments docs = new ProcedureDocuments(json, phrasings);
            try (IndexWriter w = writer(tmp.resolve(PROCEDURES))) {
                for (Procedure p : procedures) {
                    w.addDocument(docs.toDocument(p));
                    progress.update(++done, total);
                }
                w.forceMerge(1);
            }
            try (IndexWriter w = writer(tmp.resolve(REGULATIONS))) {
                for (RegulationArticle a : articles) {
                    w.addDocument(regulationDocument(a));
                    progress.update(++done, total);
                }
                w.forceMerge(1);
            }
            try (IndexWriter w = writer(tmp.resolve(INTERNAL))) {
                for (InternalDocument doc : internal) {
                    w.addDocument(internalDocument(doc));
                }
                w.commit();
            }
            progress.update(total, total);
            if (Files.exists(target)) {
                AtomicFiles.deleteTree(target);
            }
            moveAtomically(tmp, target);
            Path pointerTmp = Files.createTempFile(root, ".current", ".tmp");
            Files.writeString(pointerTmp, target.getFileName().toString() + "\n", StandardCharsets.UTF_8);
            moveAtomically(pointerTmp, root.resolve(CURRENT));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build index in " + tmp, e);
        } finally {
            AtomicFiles.deleteTree(tmp);
        }
    }

    /** Removes generations other than the published one and the one given (which may be in use). */
    public void prune(Path keep) {
        Path current = current();
        try (Stream<Path> s = Files.list(root)) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                if (n.startsWith("gen-") && !p.equals(current) && !p.equals(keep)) {
                    AtomicFiles.deleteTree(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    private static IndexWriter writer(Path dir) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(Fields.indexAnalyzer());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        config.setRAMBufferSizeMB(64);
        return new IndexWriter(FSDirectory.open(dir), config);
    }

    Document regulationDocument(RegulationArticle a) throws IOException {
        Document d = new Document();
        d.add(new StringField(RegulationFields.ID, a.id(), Field.Store.YES));
        d.add(new StringField(Fields.VISIBILITY, ProcedureDocuments.PUBLIC, Field.Store.NO));
        String head = (a.instrument() == null ? "" : a.instrument() + " ") + "Điều " + (a.article() == null ? "" : a.article()) + " " + a.title();
        ProcedureDocuments.addGroup(d, Fields.Group.NAME, head + "\n" + (a.topic() == null ? "" : a.topic()));
        ProcedureDocuments.addGroup(d, Fields.Group.BODY, a.text());
        d.add(new StoredField(Fields.STORED_JSON, json.writeValueAsString(a)));
        return d;
    }

    Document internalDocument(InternalDocument doc) throws IOException {
        Document d = new Document();
        d.add(new StringField(RegulationFields.ID, doc.path(), Field.Store.YES));
        d.add(new StringField(Fields.VISIBILITY, doc.visibility().key(), Field.Store.NO));
        ProcedureDocuments.addGroup(d, Fields.Group.NAME, doc.title() + "\n" + (doc.unit() == null ? "" : doc.unit()));
        ProcedureDocuments.addGroup(d, Fields.Group.BODY, doc.body());
        d.add(new StoredField(Fields.STORED_JSON, json.writeValueAsString(doc)));
        return d;
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        try {
            AtomicFiles.move(from, to);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("another build published " + to + " at the same time", e);
        }
    }

}
