package vn.motcua.app;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.motcua.web.WebServer;

/** {@code motcua serve}: builds the index when needed, then serves the API, widget, kiosk and pages on one port. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the web API, the widget, the kiosk view and procedure pages (builds the index first when needed).")
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on (default: MOTCUA_PORT or 7070; 0 picks a free one).")
    Integer port;

    private final Supplier<Wiring> wiring;

    ServeCommand(Supplier<Wiring> wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() throws Exception {
        if (port != null && (port < 0 || port > 65535)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535: " + port);
        }
        Wiring w = wiring.get();
        var index = w.liveIndex(new ConsoleProgress(spec.commandLine().getErr(), "index", System.console() != null));
        WebServer server = w.webServer(index, port).start();
        spec.commandLine().getOut().printf("motcua is serving on http://%s:%d/ (Ctrl+C to stop)%n",
                w.config().web().host().equals("0.0.0.0") ? "127.0.0.1" : w.config().web().host(), server.port());
        spec.commandLine().getOut().flush();
        ScheduledExecutorService purge = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "motcua-retention");
            t.setDaemon(true);
            return t;
        });
        purge.scheduleAtFixedRate(() -> purgeExpired(w), 0, 1, TimeUnit.DAYS);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            w.closeChannels();
            purge.shutdownNow();
            w.closeDatabase();
            stopped.countDown();
        }, "motcua-shutdown"));
        stopped.await();
        return 0;
    }

    /** One run of the retention purge; a failure is reported and the next day's run tries again. */
    private void purgeExpired(Wiring w) {
        try {
            var purged = w.purgeExpired();
            if (purged.total() > 0) {
                spec.commandLine().getErr().printf("retention: purged %d messages, %d conversations, %d feedback, %d tickets older than %d days%n",
                        purged.messages(), purged.conversations(), purged.feedback(), purged.tickets(), w.config().store().retentionDays());
            }
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again; report and keep the schedule.
            spec.commandLine().getErr().println("retention: purge failed, retrying in a day: " + e);
        }
    }
}
