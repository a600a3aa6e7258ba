package vn.motcua.app;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: parses the command line and hands over to a subcommand. Contains no logic. */
@Command(
        name = "motcua",
        mixinStandardHelpOptions = true,
        version = "motcua 0.1.0",
        description = "Answers questions about Vietnamese administrative procedures (thủ tục hành chính).",
        subcommands = {KbCommand.class, SearchCommands.Index.class, SearchCommands.Search.class, AskCommand.class, ServeCommand.class, LoadCommand.class, EvalCommands.Eval.class,
                EvalCommands.Bench.class, ZaloCommand.class, OfficerCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Held strongly: java.util.logging forgets the level of a logger nobody references. */
    private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
    }

    public static void main(String[] args) {
        // Lucene reports through java.util.logging; its start-up INFO lines are noise on a terminal.
        LUCENE_LOG.setLevel(java.util.logging.Level.WARNING);
        System.exit(run(args, utf8(FileDescriptor.out), utf8(FileDescriptor.err)));
    }

    /** Runs a command line with the given output streams and returns the exit code. */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main(), new Factory());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println("motcua: " + ex.getMessage() + " (see: " + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help)");
            err.flush();
            return 2;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            err.println("motcua: " + oneLine(ex));
            err.flush();
            return 1;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    private static PrintWriter utf8(FileDescriptor fd) {
        return new PrintWriter(new java.io.OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), true);
    }

    /** Gives every command the same lazily loaded configuration. */
    private static final class Factory implements CommandLine.IFactory {
        private final CommandLine.IFactory fallback = CommandLine.defaultFactory();
        private Wiring wiring;

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == KbCommand.Import.class) {
                return cls.cast(new KbCommand.Import(this::wiring));
            }
            if (cls == KbCommand.Regulations.class) {
                return cls.cast(new KbCommand.Regulations(this::wiring));
            }
            if (cls == SearchCommands.Index.class) {
                return cls.cast(new SearchCommands.Index(this::wiring));
            }
            if (cls == SearchCommands.Search.class) {
                return cls.cast(new SearchCommands.Search(this::wiring));
            }
            if (cls == ServeCommand.class) {
                return cls.cast(new ServeCommand(this::wiring));
            }
            if (cls == AskCommand.class) {
                return cls.cast(new AskCommand(this::wiring));
            }
            if (cls == EvalCommands.Eval.class) {
                return cls.cast(new EvalCommands.Eval(this::wiring));
            }
            if (cls == EvalCommands.Diff.class) {
                return cls.cast(new EvalCommands.Diff(this::wiring));
            }
            if (cls == EvalCommands.Gate.class) {
                return cls.cast(new EvalCommands.Gate(this::wiring));
            }
            if (cls == EvalCommands.Bench.class) {
                return cls.cast(new EvalCommands.Bench(this::wiring));
            }
            if (cls == OfficerCommand.Add.class) {
                return cls.cast(new OfficerCommand.Add(this::wiring));
            }
            if (cls == OfficerCommand.Revoke.class) {
                return cls.cast(new OfficerCommand.Revoke(this::wiring));
            }
            if (cls == OfficerCommand.ListAccounts.class) {
                return cls.cast(new OfficerCommand.ListAccounts(this::wiring));
            }
            if (cls == ZaloCommand.Authorize.class) {
                return cls.cast(new ZaloCommand.Authorize(this::wiring));
            }
            if (cls == KbCommand.Check.class) {
                return cls.cast(new KbCommand.Check(this::wiring));
            }
            return fallback.create(cls);
        }

        private synchronized Wiring wiring() {
            if (wiring == null) {
                wiring = new Wiring(Config.load());
            }
            return wiring;
        }
    }
}
