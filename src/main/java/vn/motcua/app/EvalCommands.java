package vn.motcua.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.motcua.catalog.AtomicFiles;
import vn.motcua.catalog.Procedure;
import vn.motcua.answer.AnswerService;
import vn.motcua.eval.AnswerEvaluator;
import vn.motcua.eval.AnswerOutcome;
import vn.motcua.eval.Ablation;
import vn.motcua.eval.Baseline;
import vn.motcua.eval.CaseResult;
import vn.motcua.eval.CaseVerdict;
import vn.motcua.eval.RunFolder;
import vn.motcua.eval.GoldCase;
import vn.motcua.eval.GoldSetReader;
import vn.motcua.eval.RegressionGate;
import vn.motcua.eval.ReportMetric;
import vn.motcua.eval.ReportWriter;
import vn.motcua.eval.RetrievalEvaluator;
import vn.motcua.eval.Robustness;
import vn.motcua.eval.RunDiff;
import vn.motcua.eval.SearchBenchmark;
import vn.motcua.eval.SyntheticCatalog;
import vn.motcua.eval.Thresholds;
import vn.motcua.search.IndexBuilder;
import vn.motcua.search.LiveIndex;
import vn.motcua.search.SearchSettings;

/** {@code motcua eval} (with {@code eval diff} and {@code eval gate}) and {@code motcua bench}. */
final class EvalCommands {

    private EvalCommands() {}

    @Command(name = "eval", mixinStandardHelpOptions = true, subcommands = {Diff.class, Gate.class},
            description = "Evaluate retrieval and answers on gold sets (JSON Lines); writes results.jsonl and report.json to --out.")
    static final class Eval implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        // Not required=true: picocli would then demand them before the diff and gate subcommands too.
        @Option(names = "--gold", arity = "1..*", description = "Gold set files (required).")
        List<Path> gold;

        @Option(names = "--out", description = "Output folder (required).")
        Path out;

        @Option(names = "--ablation", description = "Also run the analysis ablation and write ablation.md.")
        boolean ablation;

        @Option(names = "--mode", defaultValue = "grounded", description = "grounded (default) or llm (the configured model, every call recorded).")
        String mode;

        @Option(names = "--cache", defaultValue = "eval/cache", description = "Where llm mode records model calls (default ${DEFAULT-VALUE}).")
        Path cache;

        @Option(names = "--offline", description = "llm mode: answer only from recorded calls (re-score a recorded run without a model).")
        boolean offline;

        @Option(names = "--baseline", paramLabel = "RUN", description = "An earlier run's folder: print how this run moved from it and write diff.md.")
        Path baseline;

        private final Supplier<Wiring> wiring;

        Eval(Supplier<Wiring> wiring) {
            this.wiring = wiring;
        }

        @Override
        public Integer call() throws Exception {
            if (gold == null || out == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "eval needs --gold and --out (or a subcommand: diff, gate)");
            }
            requireFiles(spec, gold, "gold file");
            if (baseline != null && !Files.isRegularFile(baseline.resolve("report.json"))) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--baseline must be an earlier run's folder (with report.json): " + baseline);
            }
            Wiring w = wiring.get();
            var err = spec.commandLine().getErr();
            boolean tty = System.console() != null;
            List<GoldCase> cases = new GoldSetReader(w.json()).read(gold);
            LiveIndex index = w.liveIndex(new ConsoleProgress(err, "index", tty));
            if (!mode.equals("grounded") && !mode.equals("llm")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--mode must be grounded or llm: " + mode);
            }
            Run run = Run.of(w, index, cases, err, tty, w.answerService(index, mode.equals("llm"), cache, offline));
            Map<String, Object> extra = new java.util.LinkedHashMap<>();
            extra.put("mode", mode);
            extra.put("model", w.modelIdentity());
            extra.put("robustness", new Robustness(w.procedureSearcher(index, SearchSettings.PRODUCTION)).run(cases, run.results(), new ConsoleProgress(err, "robustness", tty)));
            Map<String, Object> report = new ReportWriter(w.json()).write(out, gold, cases, run.results(), run.outcomes(), extra);
            var o = spec.commandLine().getOut();
            o.println("mode: " + mode + (w.modelIdentity() == null ? "" : " (" + w.modelIdentity() + (offline ? ", offline from " + cache : ", recorded in " + cache) + ")"));
            o.println("cases: " + report.get("cases") + " (" + report.get("retrieval_cases") + " with expected procedures)");
            o.println("retrieval:            " + report.get("retrieval"));
            o.println("retrieval de-accented: " + report.get("retrieval_deaccented"));
            o.println("drop:                 " + report.get("deaccent_drop"));
            o.println("latency ms:           " + report.get("latency_ms"));
            if (report.get("robustness") instanceof Map<?, ?> rb) {
                for (String variant : List.of("deaccented", "typo", "abbreviations")) {
                    if (rb.get(variant) instanceof Map<?, ?> v) {
                        o.printf("robustness %-13s drop %s%n", variant + ":", v.get("drop"));
                    }
                }
            }
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
            if (baseline != null) {
                var json = w.json().copy().configure(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, false);
                RunDiff diff = RunDiff.of(RunFolder.read(baseline, json), RunFolder.read(out, json));
                String text = "A (baseline): " + baseline + "\nB (this run): " + out + "\n\n" + diff.text();
                vn.motcua.catalog.AtomicFiles.write(out.resolve("diff.md"), text);
                o.print(text);
            }
            return 0;
        }
    }

    /** The in-process evaluation that eval and eval gate share: retrieval, then the answer pipeline. */
    private record Run(List<CaseResult> results, Map<String, AnswerOutcome> outcomes) {
        static Run of(Wiring w, LiveIndex index, List<GoldCase> cases, PrintWriter err, boolean tty, AnswerService answers) {
            List<CaseResult> results = new RetrievalEvaluator(w.procedureSearcher(index, SearchSettings.PRODUCTION))
                    .run(cases, new ConsoleProgress(err, "eval", tty));
            Map<String, AnswerOutcome> outcomes = new AnswerEvaluator(answers, w.procedureSearcher(index, SearchSettings.PRODUCTION), w.json())
                    .run(cases, new ConsoleProgress(err, "answers", tty));
            return new Run(results, outcomes);
        }
    }

    private static void requireFiles(CommandLine.Model.CommandSpec spec, List<Path> files, String what) {
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no such " + what + ": " + f);
            }
        }
    }

    @Command(name = "diff", mixinStandardHelpOptions = true,
            description = "Compare two eval runs (folders with results.jsonl and report.json): how each headline figure moved, "
                    + "which cases regressed or improved, and whose first relevant rank changed.")
    static final class Diff implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "RUN_A", description = "The earlier run's folder.")
        Path runA;

        @Parameters(index = "1", paramLabel = "RUN_B", description = "The later run's folder.")
        Path runB;

        @Option(names = "--json", description = "Print the diff as JSON.")
        boolean asJson;

        private final Supplier<Wiring> wiring;

        Diff(Supplier<Wiring> wiring) {
            this.wiring = wiring;
        }

        @Override
        public Integer call() throws Exception {
            var json = wiring.get().json().copy().configure(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, false);
            RunDiff diff = RunDiff.of(RunFolder.read(runA, json), RunFolder.read(runB, json));
            var o = spec.commandLine().getOut();
            if (asJson) {
                o.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(diff.toMap()));
            } else {
                o.println("A: " + runA + "\nB: " + runB + "\n");
                o.print(diff.text());
            }
            return 0;
        }
    }

    @Command(name = "gate", mixinStandardHelpOptions = true,
            description = "Regression gate: evaluate the gold sets in grounded mode, in-process, and exit 1 when a figure crosses "
                    + "eval/thresholds.json or a case that passes in the baseline now fails. --write-baseline records a new baseline instead.")
    static final class Gate implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--gold", required = true, arity = "1..*", description = "Gold set files (distinct file names).")
        List<Path> gold;

        @Option(names = "--thresholds", required = true, description = "Floors and ceilings of report figures (JSON).")
        Path thresholds;

        @Option(names = "--baseline", required = true, description = "Passing case ids per gold file (JSON).")
        Path baseline;

        @Option(names = "--out", description = "Also write the run's results.jsonl and report.json here.")
        Path out;

        @Option(names = "--write-baseline", description = "Record this run as the baseline (a deliberate, reviewed change).")
        boolean writeBaseline;

        private final Supplier<Wiring> wiring;

        Gate(Supplier<Wiring> wiring) {
            this.wiring = wiring;
        }

        @Override
        public Integer call() throws Exception {
            long start = System.nanoTime();
            requireFiles(spec, gold, "gold file");
            requireFiles(spec, writeBaseline ? List.of(thresholds) : List.of(thresholds, baseline), "file");
            Wiring w = wiring.get();
            var json = w.json();
            var o = spec.commandLine().getOut();
            var err = spec.commandLine().getErr();
            boolean tty = System.console() != null;
            Thresholds limits = Thresholds.read(thresholds, json);
            GoldSetReader reader = new GoldSetReader(json);
            List<GoldCase> cases = reader.read(gold);
            Map<String, List<GoldCase>> byFile = new LinkedHashMap<>();
            for (Path g : gold) {
                if (byFile.put(g.getFileName().toString(), reader.read(List.of(g))) != null) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "two gold files are named " + g.getFileName() + "; the baseline keys files by name");
                }
            }
            LiveIndex index = w.liveIndex(new ConsoleProgress(err, "index", tty));
            // The gate measures the grounded pipeline, whatever model is configured.
            Run run = Run.of(w, index, cases, err, tty, w.answerService(index, false, null, false));
            Map<String, Object> report = out == null
                    ? ReportWriter.report(gold, cases, run.results(), run.outcomes())
                    : new ReportWriter(json).write(out, gold, cases, run.results(), run.outcomes());
            JsonNode reportNode = json.valueToTree(report);
            Map<String, Map<String, CaseVerdict>> verdicts = RegressionGate.verdicts(byFile, run.outcomes());
            Baseline held;
            if (writeBaseline) {
                List<String> paths = new ArrayList<>(ReportMetric.HEADLINE.stream().map(ReportMetric::path).toList());
                limits.paths().stream().filter(p -> !paths.contains(p)).forEach(paths::add);
                held = Baseline.of(verdicts, reportNode, paths);
                if (Files.isRegularFile(baseline)) {
                    describeChange(o, Baseline.read(baseline, json), held);
                }
                held.write(baseline, json);
                o.printf("gate: baseline written to %s: %d passing of %d cases in %d gold files%n", baseline,
                        held.passing().values().stream().mapToInt(List::size).sum(), cases.size(), held.passing().size());
            } else {
                held = Baseline.read(baseline, json);
            }
            RegressionGate.Result result = new RegressionGate(limits, held).check(reportNode, verdicts);
            result.notes().forEach(n -> o.println("gate: note: " + n));
            result.failures().forEach(f -> o.println("gate: FAIL: " + f));
            double seconds = (System.nanoTime() - start) / 1e9;
            if (!result.passes()) {
                o.printf("gate: failed with %d reason(s) (%d cases, %.1f s)%n", result.failures().size(), cases.size(), seconds);
                return 1;
            }
            o.printf("gate: passed (%d cases, %d thresholds, %.1f s)%n", cases.size(), limits.paths().size(), seconds);
            return 0;
        }

        private static void describeChange(PrintWriter o, Baseline before, Baseline after) {
            after.passing().forEach((file, ids) -> {
                List<String> was = before.passing().getOrDefault(file, List.of());
                List<String> added = ids.stream().filter(id -> !was.contains(id)).toList();
                List<String> removed = was.stream().filter(id -> !ids.contains(id)).toList();
                if (!added.isEmpty() || !removed.isEmpty()) {
                    o.printf("gate: baseline %s: %d now pass %s, %d no longer pass %s%n", file, added.size(), added, removed.size(), removed);
                }
            });
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
            if (!r.cpuMs().isEmpty()) {
                o.printf("%s: CPU time of the calling thread, ms %s%n", label, r.cpuMs());
            }
        }
    }
}
