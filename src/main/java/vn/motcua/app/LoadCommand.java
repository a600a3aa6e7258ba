package vn.motcua.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code motcua load}: a small load generator for a motcua server on this machine. It refuses any
 * host but 127.0.0.1 or localhost, runs one thread per keep-alive connection ({@link LoopbackHttp}), warms up first, and
 * stops after a number of requests or seconds, whichever comes first; it then reports requests per
 * second, latency percentiles, errors by status and, with {@code --sse}, time to the first event.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Load-test a motcua server on this machine (127.0.0.1 or localhost only): requests/s, latency percentiles, errors.")
final class LoadCommand implements Callable<Integer> {

    /** Realistic questions, with and without diacritics, sent in rotation. */
    static final List<String> QUESTIONS = List.of(
            "đăng ký tạm trú cần giấy tờ gì",
            "dang ky tam tru can giay to gi",
            "làm giấy khai sinh cho con cần những gì?",
            "lam giay khai sinh cho con can nhung gi",
            "lệ phí đăng ký kết hôn là bao nhiêu",
            "le phi dang ky ket hon bao nhieu tien",
            "cấp lại thẻ căn cước mất bao lâu",
            "cap lai the can cuoc mat bao lau",
            "đăng ký thường trú nộp ở đâu",
            "dang ky thuong tru nop o dau",
            "đăng ký khai tử cần mang theo gì",
            "thủ tục đăng ký hộ kinh doanh",
            "dang ky ho kinh doanh can giay to gi",
            "xin trích lục bản sao giấy khai sinh ở đâu",
            "cấp đổi giấy chứng nhận quyền sử dụng đất bao lâu",
            "đổi thẻ căn cước có mất phí không");

    private static final String CHAT = "/api/chat";
    private static final String SEARCH = "/api/search";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--url", required = true, paramLabel = "URL",
            description = "Base URL of the server, on 127.0.0.1 or localhost only, e.g. http://127.0.0.1:7071.")
    String url;

    @Option(names = "--path", defaultValue = CHAT, paramLabel = "PATH", description = "/api/chat (POST JSON) or /api/search (GET ?q=); default ${DEFAULT-VALUE}.")
    String path;

    @Option(names = "--connections", defaultValue = "32", description = "Concurrent keep-alive connections, one thread each (default ${DEFAULT-VALUE}).")
    int connections;

    @Option(names = "--requests", defaultValue = "20000", description = "Stop after this many measured requests (default ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--seconds", defaultValue = "20", description = "Stop measuring after this many seconds (default ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--warmup", defaultValue = "3", description = "Seconds of unmeasured traffic first (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--gold", arity = "1..*", paramLabel = "FILE",
            description = "Send the questions of these gold sets (JSON Lines, eval/README.md) in rotation instead of the 16 built-in ones, so that caches see a realistic spread of records.")
    List<java.nio.file.Path> gold = List.of();

    @Option(names = "--sse", description = "Chat only: ask for Server-Sent Events and measure the time to the first event.")
    boolean sse;

    @Override
    public Integer call() throws Exception {
        URI base = checkedBase();
        if (!path.equals(CHAT) && !path.equals(SEARCH)) {
            throw bad("--path must be " + CHAT + " or " + SEARCH + ": " + path);
        }
        if (sse && !path.equals(CHAT)) {
            throw bad("--sse needs --path " + CHAT);
        }
        if (connections < 1 || connections > 1024 || requests < 1 || seconds < 1 || seconds > 3600 || warmup < 0 || warmup > 600) {
            throw bad("need 1 ≤ --connections ≤ 1024, --requests ≥ 1, 1 ≤ --seconds ≤ 3600, 0 ≤ --warmup ≤ 600");
        }
        PrintWriter out = spec.commandLine().getOut();
        byte[][] http = requests(base);
        out.printf("load: %s %s%s, %d connections, %d questions in rotation, warm-up %d s, then up to %d requests or %d s%s%n",
                path.equals(CHAT) ? "POST" : "GET", base, path, connections, http.length, warmup, requests, seconds, sse ? ", Server-Sent Events" : "");
        out.flush();
        if (warmup > 0) {
            run(http, base, Long.MAX_VALUE, warmup);
        }
        Run r = run(http, base, requests, seconds);
        report(out, r);
        return r.failed() == r.total() ? 1 : 0;
    }

    private URI checkedBase() {
        URI u;
        try {
            u = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        } catch (IllegalArgumentException e) {
            throw bad("--url is not a URL: " + url);
        }
        if (!"http".equals(u.getScheme())) {
            throw bad("--url must be http://127.0.0.1:PORT or http://localhost:PORT: " + url);
        }
        if (!"127.0.0.1".equals(u.getHost()) && !"localhost".equalsIgnoreCase(u.getHost())) {
            throw bad("load tests may only target 127.0.0.1 or localhost, not " + u.getHost());
        }
        if (u.getRawPath() != null && !u.getRawPath().isEmpty() || u.getRawQuery() != null) {
            throw bad("--url is the server's base, without a path or query: " + url);
        }
        return u;
    }

    private CommandLine.ParameterException bad(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** Each question's request, encoded once: the client should cost as little CPU as it can. */
    private byte[][] requests(URI base) {
        int port = base.getPort() < 0 ? 80 : base.getPort();
        List<String> questions = gold.isEmpty() ? QUESTIONS
                : new vn.motcua.eval.GoldSetReader(vn.motcua.catalog.KnowledgeBaseJson.mapper()).read(gold).stream()
                        .map(vn.motcua.eval.GoldCase::question).filter(q -> !q.isBlank()).distinct().toList();
        if (questions.isEmpty()) {
            throw bad("the gold sets hold no question: " + gold);
        }
        byte[][] out = new byte[questions.size()][];
        for (int i = 0; i < out.length; i++) {
            String question = questions.get(i);
            if (path.equals(SEARCH)) {
                out[i] = LoopbackHttp.request("GET", base.getHost(), port, SEARCH + "?k=10&q=" + URLEncoder.encode(question, StandardCharsets.UTF_8),
                        new String[] {"Accept: application/json"}, new byte[0]);
            } else {
                String body = "{\"message\":\"" + question.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
                out[i] = LoopbackHttp.request("POST", base.getHost(), port, CHAT,
                        new String[] {"Content-Type: application/json; charset=utf-8", "Accept: " + (sse ? "text/event-stream" : "application/json")},
                        body.getBytes(StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    /** Runs {@link #connections} workers until {@code limit} requests are issued or {@code secs} seconds pass. */
    private Run run(byte[][] http, URI base, long limit, int secs) throws InterruptedException {
        Run r = new Run(connections);
        AtomicLong issued = new AtomicLong();
        long start = System.nanoTime();
        long deadline = start + secs * 1_000_000_000L;
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < connections; w++) {
            int worker = w;
            workers.add(Thread.ofPlatform().daemon().name("load-" + w).start(() -> {
                int q = worker;
                try (LoopbackHttp connection = new LoopbackHttp(base.getHost(), base.getPort() < 0 ? 80 : base.getPort(), TIMEOUT_MILLIS)) {
                    while (issued.getAndIncrement() < limit && System.nanoTime() < deadline) {
                        one(connection, http[q++ % http.length], r, worker);
                    }
                }
            }));
        }
        // Requests time out after 30 s, so workers end within that of the deadline; never wait longer.
        long hardStop = deadline + 40_000_000_000L;
        for (Thread t : workers) {
            long left = hardStop - System.nanoTime();
            if (left > 0) {
                t.join(Duration.ofNanos(left));
            }
        }
        r.elapsedNanos = System.nanoTime() - start;
        return r;
    }

    /** A request that takes longer than this counts as an error. */
    static final int TIMEOUT_MILLIS = 30_000;

    private void one(LoopbackHttp connection, byte[] request, Run r, int worker) {
        long t0 = System.nanoTime();
        try {
            LoopbackHttp.Response res = connection.send(request);
            try (InputStream body = res.body()) {
                if (res.status() >= 200 && res.status() < 300 && sse) {
                    readEvents(body, t0, r, worker);
                } else {
                    body.transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
            long took = System.nanoTime() - t0;
            if (res.status() >= 200 && res.status() < 300) {
                r.latency[worker].add(took);
            } else {
                r.errors.computeIfAbsent(String.valueOf(res.status()), k -> new LongAdder()).increment();
            }
        } catch (IOException e) {
            connection.close();
            r.errors.computeIfAbsent("io: " + e.getClass().getSimpleName(), k -> new LongAdder()).increment();
        }
    }

    /** Reads a Server-Sent Events body to its end, noting when the first event and the first card or text arrive. */
    private static void readEvents(InputStream body, long t0, Run r, int worker) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
        String event = null;
        boolean first = true;
        boolean content = false;
        String line;
        while ((line = in.readLine()) != null) {
            if (line.startsWith("event:")) {
                event = line.substring(6).strip();
            } else if (line.isEmpty() && event != null) {
                long at = System.nanoTime() - t0;
                if (first) {
                    r.firstEvent[worker].add(at);
                    first = false;
                }
                if (!content && (event.equals("card") || event.equals("text"))) {
                    r.firstContent[worker].add(at);
                    r.firstContentKind.computeIfAbsent(event, k -> new LongAdder()).increment();
                    content = true;
                }
                event = null;
            }
        }
    }

    private void report(PrintWriter out, Run r) {
        long[] lat = Samples.merge(r.latency);
        double secs = r.elapsedNanos / 1e9;
        out.printf("requests: %d ok, %d failed in %.2f s: %.0f requests/s (ok %.0f/s)%n",
                lat.length, r.failed(), secs, r.total() / secs, lat.length / secs);
        out.println("latency ms:        " + Samples.percentiles(lat));
        if (sse) {
            out.println("first event ms:    " + Samples.percentiles(Samples.merge(r.firstEvent)));
            out.println("first card/text ms: " + Samples.percentiles(Samples.merge(r.firstContent)) + "  first content event: " + counts(r.firstContentKind));
        }
        out.println("errors: " + (r.errors.isEmpty() ? "none" : counts(r.errors)));
        out.flush();
    }

    private static String counts(Map<String, LongAdder> m) {
        Map<String, Long> sorted = new TreeMap<>();
        m.forEach((k, v) -> sorted.put(k, v.sum()));
        return sorted.toString();
    }

    /** What one phase measured; each worker writes only its own sample lists. */
    private static final class Run {
        final Samples[] latency;
        final Samples[] firstEvent;
        final Samples[] firstContent;
        final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
        final Map<String, LongAdder> firstContentKind = new ConcurrentHashMap<>();
        long elapsedNanos;

        Run(int workers) {
            latency = Samples.array(workers);
            firstEvent = Samples.array(workers);
            firstContent = Samples.array(workers);
        }

        long failed() {
            return errors.values().stream().mapToLong(LongAdder::sum).sum();
        }

        long total() {
            return failed() + Arrays.stream(latency).mapToLong(s -> s.size).sum();
        }
    }

    /** A growable list of nanosecond samples. */
    static final class Samples {
        private long[] values = new long[1024];
        private int size;

        static Samples[] array(int n) {
            Samples[] a = new Samples[n];
            Arrays.setAll(a, i -> new Samples());
            return a;
        }

        void add(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        static long[] merge(Samples[] all) {
            long[] m = new long[Arrays.stream(all).mapToInt(s -> s.size).sum()];
            int at = 0;
            for (Samples s : all) {
                System.arraycopy(s.values, 0, m, at, s.size);
                at += s.size;
            }
            Arrays.sort(m);
            return m;
        }

        /** p50, p95, p99 and max in milliseconds, nearest-rank, of sorted samples. */
        static String percentiles(long[] sorted) {
            if (sorted.length == 0) {
                return "no samples";
            }
            return String.format(java.util.Locale.ROOT, "p50 %.1f  p95 %.1f  p99 %.1f  max %.1f  (n=%d)",
                    rank(sorted, 50) / 1e6, rank(sorted, 95) / 1e6, rank(sorted, 99) / 1e6, sorted[sorted.length - 1] / 1e6, sorted.length);
        }

        static long rank(long[] sorted, double p) {
            int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
        }
    }
}
