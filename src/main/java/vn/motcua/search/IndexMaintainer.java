package vn.motcua.search;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import vn.motcua.catalog.InternalDocuments;
import vn.motcua.catalog.KnowledgeBaseJson;
import vn.motcua.catalog.Progress;
import vn.motcua.catalog.ProcedureStore;
import vn.motcua.catalog.RegulationStore;

/**
 * Keeps the index in step with the knowledge base: when the content hash of the knowledge base
 * differs from the published generation's, a new generation is built and published.
 */
public final class IndexMaintainer {

    private final IndexBuilder builder;
    private final Path knowledgeBase;
    private final ProcedureStore procedures;
    private final RegulationStore regulations;

    public IndexMaintainer(IndexBuilder builder, Path knowledgeBase, ProcedureStore procedures, RegulationStore regulations) {
        this.builder = requireNonNull(builder, "builder may not be null");
        this.knowledgeBase = requireNonNull(knowledgeBase, "knowledgeBase may not be null");
        this.procedures = requireNonNull(procedures, "procedures may not be null");
        this.regulations = requireNonNull(regulations, "regulations may not be null");
    }

    /** What {@link #ensureCurrent} did. */
    public record Outcome(Path generation, boolean built, int procedures, int articles, long tookMs) {}

    /** Returns the current generation, building one first if the knowledge base changed or {@code force}. */
    public Outcome ensureCurrent(boolean force, Progress progress) {
        long start = System.nanoTime();
        String hash = IndexBuilder.contentHash(knowledgeBase);
        if (!force && builder.isCurrent(hash)) {
            return new Outcome(builder.current(), false, 0, 0, (System.nanoTime() - start) / 1_000_000);
        }
        var ps = procedures.readAll();
        if (ps.isEmpty()) {
            throw new IllegalStateException("the knowledge base at " + knowledgeBase + " has no procedures; run `motcua kb import` first");
        }
        var as = regulations.readAll();
        var internal = new InternalDocuments(knowledgeBase).readAll();
        var phrasings = CitizenPhrasings.load(knowledgeBase, KnowledgeBaseJson.mapper());
        Path gen = builder.build(hash, ps, ps.size(), as, internal, phrasings, progress);
        // Older generations may still be open in a running server; on POSIX systems their files
        // stay readable until closed, so removing them here frees the disk without breaking it.
        builder.prune(gen);
        return new Outcome(gen, true, ps.size(), as.size(), (System.nanoTime() - start) / 1_000_000);
    }
}
