package vn.motcua.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The load generator's client against a real HTTP server on loopback (the JDK's), in every framing it may meet. */
class LoopbackHttpTest {

    private HttpServer server;
    private int port;
    private final Set<String> clients = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/fixed", ex -> {
            clients.add(ex.getRemoteAddress().toString());
            byte[] body = ("đã nhận " + new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(body);
            }
        });
        server.createContext("/chunked", ex -> {
            clients.add(ex.getRemoteAddress().toString());
            ex.sendResponseHeaders(200, 0); // length 0: chunked transfer coding
            try (OutputStream o = ex.getResponseBody()) {
                for (int i = 0; i < 3; i++) {
                    o.write(("event: text\ndata: phần " + i + "\n\n").getBytes(StandardCharsets.UTF_8));
                    o.flush();
                }
            }
        });
        server.createContext("/missing", ex -> {
            ex.sendResponseHeaders(404, -1);
            ex.close();
        });
        server.createContext("/close", ex -> {
            ex.getResponseHeaders().add("Connection", "close");
            byte[] body = "bye".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(body);
            }
        });
        server.start();
        port = server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private byte[] post(String path, String body) {
        return LoopbackHttp.request("POST", "127.0.0.1", port, path, new String[] {"Content-Type: text/plain; charset=utf-8"},
                body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsFixedAndChunkedBodiesOverOneKeptAliveConnection() throws IOException {
        try (LoopbackHttp c = new LoopbackHttp("127.0.0.1", port, 5_000)) {
            for (int i = 0; i < 3; i++) {
                LoopbackHttp.Response r = c.send(post("/fixed", "câu hỏi " + i));
                assertEquals(200, r.status());
                assertEquals("đã nhận câu hỏi " + i, new String(r.body().readAllBytes(), StandardCharsets.UTF_8));
                LoopbackHttp.Response chunked = c.send(LoopbackHttp.request("GET", "127.0.0.1", port, "/chunked", new String[0], new byte[0]));
                assertEquals("event: text\ndata: phần 0\n\nevent: text\ndata: phần 1\n\nevent: text\ndata: phần 2\n\n",
                        new String(chunked.body().readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertEquals(1, clients.size(), "all six requests went over one connection: " + clients);
    }

    @Test
    void reportsTheStatusOfAnErrorWithoutABody() throws IOException {
        try (LoopbackHttp c = new LoopbackHttp("127.0.0.1", port, 5_000)) {
            LoopbackHttp.Response r = c.send(LoopbackHttp.request("GET", "127.0.0.1", port, "/missing", new String[0], new byte[0]));
            assertEquals(404, r.status());
            assertEquals(0, r.body().readAllBytes().length);
            assertEquals(200, c.send(post("/fixed", "tiếp")).status());
        }
    }

    @Test
    void opensANewConnectionAfterTheServerClosedOne() throws IOException {
        try (LoopbackHttp c = new LoopbackHttp("127.0.0.1", port, 5_000)) {
            LoopbackHttp.Response r = c.send(post("/close", ""));
            try (var body = r.body()) {
                assertEquals("bye", new String(body.readAllBytes(), StandardCharsets.UTF_8));
            }
            LoopbackHttp.Response next = c.send(post("/fixed", "lại"));
            assertEquals("đã nhận lại", new String(next.body().readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /**
     * Jetty ends a chunk's data with its CR LF only in the next write. A chunk that has fully
     * arrived must be readable at once, not when the server writes again (an SSE card would
     * otherwise wait for the model's first words).
     */
    @Test
    void aChunkIsReadableBeforeTheCrLfThatEndsItArrives() throws Exception {
        java.util.concurrent.CountDownLatch clientHasTheChunk = new java.util.concurrent.CountDownLatch(1);
        try (var listener = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread serverThread = Thread.ofPlatform().start(() -> {
                try (var socket = listener.accept()) {
                    socket.getInputStream().read(new byte[4096]);
                    OutputStream o = socket.getOutputStream();
                    o.write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\nevent: card\n\n\n\n\n".getBytes(StandardCharsets.US_ASCII));
                    o.flush();
                    // The CR LF after the data, and the end, only once the client has read the data.
                    if (clientHasTheChunk.await(10, java.util.concurrent.TimeUnit.SECONDS)) {
                        o.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                        o.flush();
                    }
                } catch (IOException | InterruptedException e) {
                    // The client's assertions report what went wrong.
                }
            });
            try (LoopbackHttp c = new LoopbackHttp("127.0.0.1", listener.getLocalPort(), 10_000)) {
                LoopbackHttp.Response r = c.send(LoopbackHttp.request("GET", "127.0.0.1", listener.getLocalPort(), "/sse", new String[0], new byte[0]));
                byte[] data = r.body().readNBytes(16);
                clientHasTheChunk.countDown();
                assertEquals("event: card\n\n\n\n\n", new String(data, StandardCharsets.US_ASCII));
                assertEquals(-1, r.body().read());
            }
            serverThread.join();
        }
    }

    @Test
    void aServerThatIsNotThereIsAnIoError() throws IOException {
        int closed;
        try (var s = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        int free = closed;
        try (LoopbackHttp c = new LoopbackHttp("127.0.0.1", free, 2_000)) {
            assertThrows(IOException.class, () -> c.send(post("/fixed", "x")));
        }
    }
}
