package vn.motcua.app;

import static java.util.Objects.requireNonNull;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection to a server on this machine, for the load generator. It sends
 * requests already encoded to bytes and reads responses framed by Content-Length or chunked
 * transfer coding, so that the client spends as little as possible of the CPU it shares with the
 * server under test (the JDK's HttpClient took about 0.8 ms of CPU per request, a third of the
 * server's own cost). Not a general client: no TLS, no redirects, no proxies, no compression.
 */
final class LoopbackHttp implements AutoCloseable {

    /** Headers of a response above this size are refused as malformed. */
    static final int MAX_HEADER_BYTES = 16 * 1024;

    private final String host;
    private final int port;
    private final int timeoutMillis;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    LoopbackHttp(String host, int port, int timeoutMillis) {
        this.host = requireNonNull(host, "host may not be null");
        this.port = port;
        this.timeoutMillis = timeoutMillis;
    }

    /** A request's bytes: the request line, the headers (Host and Content-Length added) and the body. */
    static byte[] request(String method, String host, int port, String pathAndQuery, String[] headers, byte[] body) {
        StringBuilder head = new StringBuilder(256).append(method).append(' ').append(pathAndQuery).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append(':').append(port).append("\r\n");
        for (String h : headers) {
            head.append(h).append("\r\n");
        }
        if (body.length > 0 || method.equals("POST")) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        byte[] h = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[h.length + body.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(body, 0, all, h.length, body.length);
        return all;
    }

    /** What a response said: its status and its body as a stream, to be read to its end before the next request. */
    record Response(int status, InputStream body) {}

    /**
     * Sends the request and reads the status and headers; the body must be read to its end (or
     * the connection closed) before the next call. A connection the server closed in between is
     * opened again once.
     */
    Response send(byte[] request) throws IOException {
        boolean fresh = socket == null;
        if (fresh) {
            open();
        }
        try {
            out.write(request);
            out.flush();
            return readHead();
        } catch (EOFException | java.net.SocketException e) {
            if (fresh) {
                throw e;
            }
            close();
            open();
            out.write(request);
            out.flush();
            return readHead();
        }
    }

    private void open() throws IOException {
        Socket s = new Socket();
        s.setTcpNoDelay(true);
        s.setSoTimeout(timeoutMillis);
        s.connect(new InetSocketAddress(host, port), timeoutMillis);
        socket = s;
        in = new BufferedInputStream(s.getInputStream(), 16 * 1024);
        out = s.getOutputStream();
    }

    private Response readHead() throws IOException {
        String status = line(in);
        if (!status.startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP/1.x response: " + abbreviate(status));
        }
        int code;
        try {
            code = Integer.parseInt(status.substring(9, 12));
        } catch (RuntimeException e) {
            throw new IOException("malformed status line: " + abbreviate(status), e);
        }
        long length = -1;
        boolean chunked = false;
        boolean close = status.startsWith("HTTP/1.0");
        int headerBytes = status.length();
        for (String h = line(in); !h.isEmpty(); h = line(in)) {
            headerBytes += h.length();
            if (headerBytes > MAX_HEADER_BYTES) {
                throw new IOException("response headers over " + MAX_HEADER_BYTES + " bytes");
            }
            int colon = h.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = h.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = h.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.contains("chunked");
                case "connection" -> close = value.contains("close");
                default -> { }
            }
        }
        InputStream body;
        if (chunked) {
            body = new Chunked(in);
        } else if (length >= 0) {
            body = new Limited(in, length);
        } else {
            // Delimited by the end of the connection.
            close = true;
            body = in;
        }
        if (close) {
            Socket s = socket;
            socket = null;
            return new Response(code, new ClosingStream(body, s));
        }
        return new Response(code, body);
    }

    /** A header line without its CR LF (bytes read as ISO-8859-1, as HTTP header text is). */
    private static String line(InputStream in) throws IOException {
        StringBuilder b = new StringBuilder(64);
        int c;
        while ((c = in.read()) != '\n') {
            if (c < 0) {
                throw new EOFException("connection closed inside a response head");
            }
            if (b.length() > MAX_HEADER_BYTES) {
                throw new IOException("response header line over " + MAX_HEADER_BYTES + " bytes");
            }
            if (c != '\r') {
                b.append((char) c);
            }
        }
        return b.toString();
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }

    @Override
    public void close() {
        Socket s = socket;
        socket = null;
        if (s != null) {
            try {
                s.close();
            } catch (IOException e) {
                // Nothing to do about a socket that fails to close.
            }
        }
    }

    /** A body of a known length. */
    private static final class Limited extends InputStream {
        private final InputStream in;
        private long left;

        Limited(InputStream in, long length) {
            this.in = in;
            this.left = length;
        }

        @Override
        public int read() throws IOException {
            if (left == 0) {
                return -1;
            }
            int c = in.read();
            if (c < 0) {
                throw new EOFException("connection closed inside a response body");
            }
            left--;
            return c;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (left == 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n < 0) {
                throw new EOFException("connection closed inside a response body");
            }
            left -= n;
            return n;
        }
    }

    /**
     * A body in chunked transfer coding (RFC 9112 §7.1); trailers are read and ignored. The CR LF
     * that ends a chunk's data is read only when the next chunk is wanted: a server may send it
     * with the next chunk (Jetty does), and reading it early would hold back a complete event
     * until the server writes again.
     */
    private static final class Chunked extends InputStream {
        private final InputStream in;
        private long left;
        private boolean endOfData;
        private boolean done;

        Chunked(InputStream in) {
            this.in = in;
        }

        private boolean next() throws IOException {
            if (done) {
                return false;
            }
            if (left == 0) {
                if (endOfData && !line(in).isEmpty()) {
                    throw new IOException("chunk not followed by CR LF");
                }
                endOfData = false;
                String size = line(in);
                int semi = size.indexOf(';');
                try {
                    left = Long.parseLong((semi < 0 ? size : size.substring(0, semi)).strip(), 16);
                } catch (NumberFormatException e) {
                    throw new IOException("malformed chunk size: " + abbreviate(size), e);
                }
                if (left == 0) {
                    for (String trailer = line(in); !trailer.isEmpty(); trailer = line(in)) {
                        // Trailers carry nothing the load generator needs.
                    }
                    done = true;
                    return false;
                }
            }
            return true;
        }

        private void endOfChunk() {
            if (left == 0) {
                endOfData = true;
            }
        }

        @Override
        public int read() throws IOException {
            if (!next()) {
                return -1;
            }
            int c = in.read();
            if (c < 0) {
                throw new EOFException("connection closed inside a chunk");
            }
            left--;
            endOfChunk();
            return c;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (!next()) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n < 0) {
                throw new EOFException("connection closed inside a chunk");
            }
            left -= n;
            endOfChunk();
            return n;
        }
    }

    /** A body after which the server closes the connection: closing it closes the socket. */
    private static final class ClosingStream extends java.io.FilterInputStream {
        private final Socket socket;

        ClosingStream(InputStream in, Socket socket) {
            super(in);
            this.socket = socket;
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
