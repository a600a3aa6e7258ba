package vn.motcua.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.motcua.search.Hit;
import vn.motcua.search.IndexMaintainer;
import vn.motcua.search.ProcedureSearcher;
import vn.motcua.search.RegulationHit;
import vn.motcua.search.SearchFilters;
import vn.motcua.search.SearchResult;
import vn.motcua.search.SearchSettings;

/** {@code motcua index} and {@code motcua search}. */
final class SearchCommands {

    private SearchCommands() {}

    @Command(name = "index", mixinStandardHelpOptions = true,
            description = "Build the search index from the knowledge base (only when it changed, unless --force).")
    static final class Index implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--force", description = "Rebuild even if the knowledge base did not change.")
        boolean force;

        private final Supplier<Wiring> wiring;

        Index(Supplier<Wiring> wiring) {
            this.wiring = wiring;
        }

        @Override
        public Integer call() {
            var err = spec.commandLine().getErr();
            IndexMaintainer.Outcome o = wiring.get().indexMaintainer()
                    .ensureCurrent(force, new ConsoleProgress(err, "index", System.console() != null));
            var out = spec.commandLine().getOut();
            if (o.built()) {
                out.printf("index built: %d procedures, %d regulation articles in %s (%d ms)%n", o.procedures(), o.articles(), o.generation(), o.tookMs());
            } else {
                out.printf("index is up to date: %s%n", o.generation());
            }
            return 0;
        }
    }

    @Command(name = "search", mixinStandardHelpOptions = true,
            description = "Search procedures (or regulation articles) for a question.")
    static final class Search implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "QUESTION", description = "The question, with or without marks.")
        String question;

        @Option(names = "--k", defaultValue = "10", description = "Number of results, 1-100 (default ${DEFAULT-VALUE}).")
        int k;

        @Option(names = "--json", description = "Print one JSON object.")
        boolean json;

        @Option(names = "--level", description = "Only this level, e.g. \"Cấp xã\".")
        String level;

        @Option(names = "--field", description = "Only this field (lĩnh vực), e.g. \"Hộ tịch\".")
        String field;

        @Option(names = "--agency", description = "Only this implementing agency.")
        String agency;

        @Option(names = "--regulations", description = "Search regulation articles instead of procedures.")
        boolean regulations;

        private final Supplier<Wiring> wiring;

        Search(Supplier<Wiring> wiring) {
            this.wiring = wiring;
        }

        @Override
        public Integer call() throws Exception {
            if (k < 1 || k > ProcedureSearcher.MAX_K) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--k must be between 1 and " + ProcedureSearcher.MAX_K + ": " + k);
            }
            Wiring w = wiring.get();
            var index = w.liveIndex(new ConsoleProgress(spec.commandLine().getErr(), "index", System.console() != null));
            var out = spec.commandLine().getOut();
            if (regulations) {
                long start = System.nanoTime();
                List<RegulationHit> hits = w.regulationSearcher(index).search(question, k);
                double took = (System.nanoTime() - start) / 1e6;
                if (json) {
                    List<Map<String, Object>> rows = hits.stream().map(h -> {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("id", h.article().id());
                        m.put("instrument", h.article().instrument());
                        m.put("article", h.article().article());
                        m.put("title", h.article().title());
                        m.put("score", h.score());
                        m.put("snippet", h.snippet().text());
                        return m;
                    }).toList();
                    out.println(w.json().writeValueAsString(Map.of("results", rows, "took_ms", round(took))));
                } else {
                    for (RegulationHit h : hits) {
                        out.printf("%6.2f  %s Điều %s. %s%n        %s%n", h.score(), h.article().instrument(), h.article().article(),
                                h.article().title(), h.snippet().marked("«", "»"));
                    }
                }
                return 0;
            }
            SearchResult r = w.procedureSearcher(index, SearchSettings.PRODUCTION).search(question, k, new SearchFilters(level, field, agency));
            if (json) {
                List<Map<String, Object>> rows = r.hits().stream().map(Search::row).toList();
                Map<String, Object> obj = new LinkedHashMap<>();
                obj.put("results", rows);
                obj.put("took_ms", round(r.tookMs()));
                out.println(w.json().copy().configure(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, false)
                        .writeValueAsString(obj));
            } else {
                if (r.hits().isEmpty()) {
                    out.println("(no result)");
                }
                int rank = 1;
                for (Hit h : r.hits()) {
                    out.printf("%2d. %s  %s  [%s · %s]%n    %s%n", rank++, h.code(), h.name(),
                            String.join(", ", h.levels()), h.field(), h.snippet().marked("«", "»"));
                }
                out.printf("(%.1f ms)%n", r.tookMs());
            }
            return 0;
        }

        private static Map<String, Object> row(Hit h) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", h.code());
            m.put("name", h.name());
            m.put("score", Float.isNaN(h.score()) ? null : h.score());
            m.put("level", String.join(", ", h.levels()));
            m.put("field", h.field());
            m.put("snippet", h.snippet().text());
            return m;
        }

        private static double round(double ms) {
            return Math.round(ms * 100) / 100.0;
        }
    }

}
