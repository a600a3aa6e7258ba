package vn.motcua.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.motcua.catalog.AtomicFiles;
import vn.motcua.catalog.Procedure;
import vn.motcua.eval.AnswerEvaluator;
import vn.motcua.eval.AnswerOutcome;
import vn.motcua.eval.Ablation;
import vn.motcua.eval.CaseResult;
import vn.motcua.eval.GoldCase;
import vn.motcua.eval.GoldSetReader;
import vn.motcua.eval.ReportWriter;
import vn.motcua.eval.RetrievalEvaluator;
import vn.motcua.eval.SearchBenchmark;
import vn.motcua.eval.SyntheticCatalog;
import vn.motcua.search.IndexBuilder;
import vn.motcua.search.LiveIndex;
import vn.motcua.search.SearchSettings;

/** {@code motcua eval} and {@code motcua bench}. */
final class EvalCommands {

    private EvalCommands() {}

    @Command(name = "eval", mixinStandardHelpOptions = true,
            description = "Evaluate retrieval on gold sets (JSON Lines); writes results.jsonl and report.json to --out.")
    static final class Eval implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--gold", required = true, arity = "1..*", description = "Gold set files.")
        List<Path> gold;

        @Option(names = "--out", required = true, description = "Output folder.")
        Path out;

        @Option(names = "--ablation", description = "Also run the analysis ablation and write ablation.md.")
        boolean ablation;

        @Option(names = "--mode", defaultValue = "grounded", description = "grounded (default) or llm (the configured model, every call recorded).")
        String mode;

        @Option(names = "--cache", defaultValue = "eval/cache", description = "Where llm mode records model calls (default ${DEFAULT-VALUE}).")
        Path cache;

        @Option(names = "--offline", description = "llm mode: answer only from recorded calls (re-score a recorded run without a model).")
        boolean offline;

        private final Supplier<Wiring> wiring;

        Eval(Supplier<Wiring> wiring) {
            this.wiring = wiring;
        }

        @Override
        public Integer call() throws Exception {
            for (Path g : gold) {
                if (!Files.isRegularFile(g)) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "no such gold file: " + g);
                }
            }
            Wiring w = wiring.get();
            var err = spec.commandLine().getErr();
            boolean tty = System.console() != null;
            List<GoldCase> cases = new GoldSetReader(w.json()).read(gold);
            LiveIndex index = w.liveIndex(new ConsoleProgress(err, "index", tty));
            List<CaseResult> results = new RetrievalEvaluator(w.procedureSearcher(index, SearchSettings.PRODUCTION))
                    .run(cases, new ConsoleProgress(err, "eval", tty));
            if (!mode.equals("grounded") && !mode.equals("llm")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--mode must be grounded or llm: " + mode);
            }
            Map<String, AnswerOutcome> outcomes = new AnswerEvaluator(w.answerService(index, mode.equals("llm"), cache, offline),
                    w.procedureSearcher(index, SearchSettings.PRODUCTION), w.json())
                    .run(cases, new ConsoleProgress(err, "answers", tty));
            Map<String, Object> report = new ReportWriter(w.json()).write(out, gold, cases, results, outcomes);
            var o = spec.commandLine().getOut();
            o.println("mode: " + mode + (w.modelIdentity() == null ? "" : " (" + w.modelIdentity() + (offline ? ", offline from " + cache : ", recorded in " + cache) + ")"));
            o.println("cases: " + report.get("cases") + " (" + report.get("retrieval_cases") + " with expected procedures)");
            o.println("retrieval:            " + report.get("retrieval"));
            o.println("retrieval de-accented: " + report.get("retrieval_deaccented"));
            o.println("drop:                 " + report.get("deaccent_drop"));
            o.println("latency ms:           " + report.get("latency_ms"));
            if (report.get("answers") instanceof Map<?, ?> a) {
                for (String key : List.of("status_accuracy", "refusal_recall", "false_refusal_rate", "clarify_recall", "no_information_recall",
                        "answered_procedure_accuracy", "follow_up_resolution", "key_fact_recall", "key_fact_recall_right_procedure",
                        "answers_with_unsupported_figures", "unsupported_figures", "citation_validity", "citation_precision", "latency_ms")) {
                    o.printf("%-34s %s%n", key + ":", a.get(key));
                }
            }
            if (ablation) {
                List<Ablation.Row> rows = new Ablation(s -> w.procedureSearcher(index, s)).run(cases, new ConsoleProgress(err, "ablation", tty));
                String table = Ablation.markdown(rows, (Integer) report.get("retrieval_cases"));
                Files.writeString(out.resolve("ablation.md"), table);
                o.print(table);
            }
            o.println("written: " + out.resolve("results.jsonl") + ", report.json, report.md, report.html, results.csv");
            return 0;
        }
    }

    @Command(name = "bench", mixinStandardHelpOptions = true,
            description = "Search latency benchmark over gold questions, with warm-up; optionally on a synthetic catalogue.")
    static final class Bench implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--gold", required = true, arity = "1..*", description = "Gold set files whose questions are timed.")
        List<Path> gold;

        @Option(names = "--warmup", defaultValue = "3", description = "Untimed rounds first (default ${DEFAULT-VALUE}).")
        int warmup;

        @Option(names = "--rounds", defaultValue = "5", description = "Timed rounds (default ${DEFAULT-VALUE}).")
        int rounds;

        @Option(names = "--answers", description = "Time the whole grounded answer pipeline (one turn per question) instead of search.")
        boolean answers;

        @Option(names = "--synthetic", defaultValue = "0",
                description = "Also build a throw-away index of this many procedures (real ones plus synthetic) and time it.")
        int synthetic;

        private final Supplier<Wiring> wiring;

        Bench(Supplier<Wiring> wiring) {
            this.wiring = wiring;
        }

        @Override
        public Integer call() throws Exception {
            if (warmup < 0 || rounds < 1 || synthetic < 0 || synthetic > 999_999) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--warmup ≥ 0, --rounds ≥ 1, 0 ≤ --synthetic < 1,000,000");
            }
            Wiring w = wiring.get();
            var o = spec.commandLine().getOut();
            var err = spec.commandLine().getErr();
            boolean tty = System.console() != null;
            List<String> questions = new GoldSetReader(w.json()).read(gold).stream().map(GoldCase::searchText).toList();
            LiveIndex index = w.liveIndex(new ConsoleProgress(err, "index", tty));
            if (answers) {
                vn.motcua.answer.AnswerService service = vn.motcua.answer.AnswerService.grounded(
                        w.procedureSearcher(index, SearchSettings.PRODUCTION), w.regulationSearcher(index), w.config().answer());
                List<String> asked = new GoldSetReader(w.json()).read(gold).stream().map(GoldCase::question).toList();
                report(o, "answer pipeline, grounded", new SearchBenchmark(q -> service.ask(q)).run(asked, warmup, rounds));
                return 0;
            }
            report(o, "knowledge base", new SearchBenchmark(w.procedureSearcher(index, SearchSettings.PRODUCTION)).run(questions, warmup, rounds));
            if (synthetic > 0) {
                List<Procedure> real = w.procedureStore().readAll();
                int extra = Math.max(0, synthetic - real.size());
                Iterable<Procedure> all = () -> java.util.stream.Stream.concat(real.stream(),
                        java.util.stream.StreamSupport.stream(SyntheticCatalog.of(real, extra, 42).spliterator(), false)).iterator();
                long total = real.size() + (long) extra;
                Path dir = Files.createTempDirectory(Files.createDirectories(w.config().dataDir()), "bench-index-");
                try {
                    long start = System.nanoTime();
                    Path gen = new IndexBuilder(dir, w.json()).build("synthetic", all, total, List.of(), new ConsoleProgress(err, "synthetic index", tty));
                    o.printf("synthetic index: %d procedures built in %d ms%n", total, (System.nanoTime() - start) / 1_000_000);
                    try (LiveIndex big = new LiveIndex(gen)) {
                        report(o, total + " procedures", new SearchBenchmark(w.procedureSearcher(big, SearchSettings.PRODUCTION)).run(questions, warmup, rounds));
                    }
                } finally {
                    AtomicFiles.deleteTree(dir);
                }
            }
            Runtime rt = Runtime.getRuntime();
            o.printf("heap: max %d MB, used now %d MB%n", rt.maxMemory() >> 20, (rt.totalMemory() - rt.freeMemory()) >> 20);
            return 0;
        }

        private static void report(java.io.PrintWriter o, String label, SearchBenchmark.Result r) {
            o.printf("%s: %d timed searches, latency ms %s%n", label, r.calls(), r.latencyMs());
        }
    }
}
