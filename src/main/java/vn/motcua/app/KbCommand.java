package vn.motcua.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.motcua.catalog.CatalogChecker;
import vn.motcua.catalog.ImportFormat;
import vn.motcua.catalog.ImportReport;

/** {@code motcua kb import|check}: builds and checks the knowledge base. */
@Command(
        name = "kb",
        mixinStandardHelpOptions = true,
        description = "Import and check the knowledge base of procedures.",
        subcommands = {KbCommand.Import.class, KbCommand.Regulations.class, KbCommand.Check.class})
final class KbCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: import or check");
    }

    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = "Import source records (files or folders) into knowledge-base/procedures.")
    static final class Import implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--format", required = true, description = "Source format: portal-json, docx or bqp.",
                converter = FormatConverter.class)
        ImportFormat format;

        @Option(names = "--quiet", description = "No progress bar.")
        boolean quiet;

        @Parameters(arity = "1..*", paramLabel = "PATH", description = "Source files or folders.")
        List<Path> paths;

        private final Supplier<Wiring> wiring;

        Import(Supplier<Wiring> wiring) {
            this.wiring = wiring;
        }

        @Override
        public Integer call() {
            var err = spec.commandLine().getErr();
            var out = spec.commandLine().getOut();
            long start = System.nanoTime();
            ImportReport r = wiring.get().catalogImporter().importPaths(format, paths,
                    quiet ? vn.motcua.catalog.Progress.NONE : new ConsoleProgress(err, "import " + format, System.console() != null));
            long ms = (System.nanoTime() - start) / 1_000_000;
            out.printf("%s: %d files read, %d records written, %d unchanged, %d merged with stored records, %d duplicates, %d rejected (%d ms)%n",
                    format, r.filesRead(), r.written(), r.unchanged(), r.merged(), r.duplicates().size(), r.rejected().size(), ms);
            for (ImportReport.Rejection x : r.rejected()) {
                err.println("rejected " + x.file() + ": " + x.reason());
            }
            return r.rejected().isEmpty() ? 0 : 3;
        }
    }

    @Command(
            name = "check",
            mixinStandardHelpOptions = true,
            description = "Validate every procedure file against the schema and report counts and coverage.")
    static final class Check implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--json", description = "Print one JSON object.")
        boolean json;

        private final Supplier<Wiring> wiring;

        Check(Supplier<Wiring> wiring) {
            this.wiring = wiring;
        }

        @Override
        public Integer call() throws Exception {
            var out = spec.commandLine().getOut();
            long start = System.nanoTime();
            CatalogChecker.CheckReport r = wiring.get().catalogChecker().check();
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (json) {
                Map<String, Object> obj = new java.util.LinkedHashMap<>();
                obj.put("procedures", r.procedures());
                obj.put("schema_errors", r.schemaErrors());
                obj.put("coverage", r.coverage());
                obj.put("processing_times", r.processingTimes());
                obj.put("datasets", r.datasets());
                obj.put("data_notes", r.dataNotes());
                obj.put("problems", r.problems());
                obj.put("took_ms", ms);
                out.println(wiring.get().json().writerWithDefaultPrettyPrinter().writeValueAsString(obj));
            } else {
                out.printf("procedures: %d distinct codes%nschema errors: %d%n", r.procedures(), r.schemaErrors());
                out.println("coverage:");
                r.coverage().forEach((k, v) -> out.printf("  %-24s %6.2f %%%n", k, v * 100));
                out.println("processing times (channels): " + r.processingTimes());
                out.println("records by dataset: " + r.datasets());
                out.println("data notes (caveats): " + r.dataNotes());
                out.printf("problems: %d%n", r.problems().size());
                r.problems().stream().limit(30).forEach(p -> out.println("  " + p));
                if (r.problems().size() > 30) {
                    out.printf("  … %d more (use --json for all)%n", r.problems().size() - 30);
                }
                out.printf("took %d ms%n", ms);
            }
            return r.schemaErrors() == 0 ? 0 : 1;
        }
    }

    @Command(
            name = "regulations",
            mixinStandardHelpOptions = true,
            description = "Split regulation texts (Markdown, phapdien-regulations) into articles under knowledge-base/regulations.")
    static final class Regulations implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "PATH", description = "Markdown files or folders.")
        List<Path> paths;

        private final Supplier<Wiring> wiring;

        Regulations(Supplier<Wiring> wiring) {
            this.wiring = wiring;
        }

        @Override
        public Integer call() {
            var r = wiring.get().regulationImport().importPaths(paths);
            var out = spec.commandLine().getOut();
            out.printf("regulations: %d files read, %d articles written, %d without an instrument number, %d rejected%n",
                    r.files(), r.articles(), r.withoutInstrument(), r.rejected().size());
            r.rejected().forEach(x -> spec.commandLine().getErr().println("rejected " + x));
            return r.rejected().isEmpty() ? 0 : 3;
        }
    }

    /** Converts --format values with a clear message. */
    static final class FormatConverter implements CommandLine.ITypeConverter<ImportFormat> {
        @Override
        public ImportFormat convert(String value) {
            try {
                return ImportFormat.fromKey(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
