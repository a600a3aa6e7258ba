package vn.motcua.zalo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.zalo.ZaloFixture.error;
import static vn.motcua.zalo.ZaloFixture.grant;
import static vn.motcua.zalo.ZaloFixture.ok;
import static vn.motcua.zalo.ZaloFixture.take;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.store.StoreException;
import vn.motcua.store.ZaloStore;

/**
 * Replies and tokens against fake Zalo servers that answer as Zalo does (errors inside HTTP 200),
 * with the tokens in a real SQLite store: refresh and retry, single flight, durable rotation,
 * bounded retries, no retry where retrying cannot help.
 */
class ZaloClientTest {

    private static final ZaloMessage HELLO = ZaloMessage.text("Xin chào, đây là câu trả lời.");

    @TempDir
    Path dir;
    private ZaloFixture zalo;

    @BeforeEach
    void start() throws Exception {
        zalo = new ZaloFixture(dir);
    }

    @AfterEach
    void stop() {
        zalo.close();
    }

    @Test
    void anExpiredTokenIsRefreshedOnceAndTheSendRetriedOnceAndTheRotatedRefreshTokenIsStored() throws Exception {
        zalo.storeValidTokens();
        zalo.openapi.enqueue(error(-216));
        zalo.openapi.enqueue(ok());
        zalo.oauth.enqueue(grant("tok-2", "rt-2"));

        zalo.client(zalo.tokens()).send("u1", HELLO);

        assertEquals("tok-1", take(zalo.openapi).getHeaders().get("access_token"));
        assertEquals("tok-2", take(zalo.openapi).getHeaders().get("access_token"));
        RecordedRequest refresh = take(zalo.oauth);
        assertEquals("/v4/oa/access_token", refresh.getUrl().encodedPath());
        assertEquals(ZaloFixture.APP_SECRET, refresh.getHeaders().get("secret_key"));
        assertEquals("refresh_token=rt-1&app_id=" + ZaloFixture.APP_ID + "&grant_type=refresh_token", refresh.getBody().string(StandardCharsets.UTF_8));
        assertEquals(1, zalo.oauth.getRequestCount());
        assertEquals(2, zalo.openapi.getRequestCount());
        ZaloStore.Tokens stored = zalo.store().tokens().orElseThrow();
        assertEquals(List.of("tok-2", "rt-2"), List.of(stored.accessToken(), stored.refreshToken()));
        assertTrue(stored.expiresAt().isAfter(Instant.now().plus(Duration.ofHours(24))), "expires_in 90000 s was read: " + stored.expiresAt());
    }

    @Test
    void aTokenRejectedTwiceIsNotRefreshedTwice() {
        zalo.storeValidTokens();
        zalo.openapi.enqueue(error(-220));
        zalo.openapi.enqueue(error(-220));
        zalo.oauth.enqueue(grant("tok-2", "rt-2"));

        ZaloApiException e = assertThrows(ZaloApiException.class, () -> zalo.client(zalo.tokens()).send("u1", HELLO));

        assertEquals(-220, e.code());
        assertEquals(1, zalo.oauth.getRequestCount());
    }

    @Test
    void aTokenAboutToExpireIsRefreshedBeforeTheSend() throws Exception {
        zalo.store().saveTokens(new ZaloStore.Tokens("tok-1", "rt-1", Instant.now().plus(Duration.ofMinutes(2))));
        zalo.openapi.enqueue(ok());
        zalo.oauth.enqueue(grant("tok-2", "rt-2"));

        zalo.client(zalo.tokens()).send("u1", HELLO);

        assertEquals("tok-2", take(zalo.openapi).getHeaders().get("access_token"));
        assertEquals(1, zalo.oauth.getRequestCount());
    }

    @Test
    void concurrentSendsThatHitARejectedTokenShareOneRefresh() throws Exception {
        zalo.storeValidTokens();
        zalo.openapi.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                return "tok-2".equals(r.getHeaders().get("access_token")) ? ok() : error(-216);
            }
        });
        zalo.oauth.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                return grant("tok-2", "rt-2");
            }
        });
        ZaloClient client = zalo.client(zalo.tokens());
        int senders = 8;
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(senders)) {
            for (int i = 0; i < senders; i++) {
                String user = "u" + i;
                done.add(pool.submit(() -> {
                    go.await();
                    client.send(user, HELLO);
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        }

        assertEquals(1, zalo.oauth.getRequestCount(), "one refresh for all senders");
        assertEquals("rt-2", zalo.store().tokens().orElseThrow().refreshToken());
    }

    /**
     * The process "crashes" between Zalo's refresh answer and the store write: the write fails
     * (a real SQLite error, raised by a trigger). The new access token is not used, the stored pair
     * is untouched, and the new pair is stored before the next send uses it, with no second refresh
     * (the old refresh token is spent). A fresh instance on the same database then carries on.
     */
    @Test
    void aCrashBetweenTheRefreshResponseAndTheStoreWriteLosesNothing() throws Exception {
        zalo.store().saveTokens(new ZaloStore.Tokens("tok-1", "rt-1", Instant.now().minusSeconds(60)));
        zalo.oauth.enqueue(grant("tok-2", "rt-2"));
        ZaloTokens tokens = zalo.tokens();
        ZaloClient client = zalo.client(tokens);
        sql("CREATE TRIGGER broken_disk_u BEFORE UPDATE ON zalo_tokens BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END");
        sql("CREATE TRIGGER broken_disk_i BEFORE INSERT ON zalo_tokens BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END");

        StoreException failed = assertThrows(StoreException.class, () -> client.send("u1", HELLO));

        assertTrue(!failed.getMessage().contains("rt-2") && !failed.getMessage().contains("tok-2"), failed.getMessage());
        assertEquals(0, zalo.openapi.getRequestCount(), "the unstored access token is never used");
        assertEquals("rt-1", zalo.store().tokens().orElseThrow().refreshToken());
        assertThrows(StoreException.class, () -> client.send("u1", HELLO), "still no send while the pair cannot be stored");
        assertEquals(1, zalo.oauth.getRequestCount(), "and no refresh with the spent token");

        sql("DROP TRIGGER broken_disk_u");
        sql("DROP TRIGGER broken_disk_i");
        zalo.openapi.enqueue(ok());
        client.send("u1", HELLO);

        assertEquals("tok-2", take(zalo.openapi).getHeaders().get("access_token"));
        assertEquals("rt-2", zalo.store().tokens().orElseThrow().refreshToken());
        assertEquals(1, zalo.oauth.getRequestCount());

        zalo.reopen();
        zalo.openapi.enqueue(ok());
        zalo.client(zalo.tokens()).send("u2", HELLO);

        assertEquals("tok-2", take(zalo.openapi).getHeaders().get("access_token"));
        assertEquals(1, zalo.oauth.getRequestCount(), "a restarted instance uses the stored pair");
    }

    @Test
    void busyIsRetriedWithBoundedBackoffThenGivenUp() {
        zalo.storeValidTokens();
        for (int i = 0; i <= ZaloClient.MAX_RETRIES; i++) {
            zalo.openapi.enqueue(error(-32));
        }

        ZaloApiException e = assertThrows(ZaloApiException.class, () -> zalo.client(zalo.tokens()).send("u1", HELLO));

        assertEquals(-32, e.code());
        assertEquals(ZaloClient.MAX_RETRIES + 1, zalo.openapi.getRequestCount());
        assertEquals(List.of(Duration.ofMillis(500), Duration.ofMillis(1000), Duration.ofMillis(2000)), zalo.pauses);
    }

    @Test
    void busyOnceThenSent() throws Exception {
        zalo.storeValidTokens();
        zalo.openapi.enqueue(error(-32));
        zalo.openapi.enqueue(ok());

        zalo.client(zalo.tokens()).send("u1", HELLO);

        assertEquals(2, zalo.openapi.getRequestCount());
        assertEquals(List.of(Duration.ofMillis(500)), zalo.pauses);
    }

    @ParameterizedTest
    @ValueSource(ints = {-213, -230, -232})
    void aUserWhoCannotBeMessagedIsNotRetried(int code) {
        zalo.storeValidTokens();
        zalo.openapi.enqueue(error(code));

        ZaloApiException e = assertThrows(ZaloApiException.class, () -> zalo.client(zalo.tokens()).send("u1", HELLO));

        assertEquals(code, e.code());
        assertEquals(1, zalo.openapi.getRequestCount());
        assertEquals(0, zalo.oauth.getRequestCount());
        assertEquals(List.of(), zalo.pauses);
    }

    @Test
    void networkFailuresAreRetriedBoundedly() {
        zalo.storeValidTokens();
        for (int i = 0; i <= ZaloClient.MAX_RETRIES; i++) {
            zalo.openapi.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
        }

        ZaloApiException e = assertThrows(ZaloApiException.class, () -> zalo.client(zalo.tokens()).send("u1", HELLO));

        assertEquals(0, e.httpStatus());
        assertEquals(ZaloClient.MAX_RETRIES + 1, zalo.openapi.getRequestCount());
        assertEquals(ZaloClient.MAX_RETRIES, zalo.pauses.size());
    }

    @Test
    void aNetworkFailureThenSuccessIsSentOnce() throws Exception {
        zalo.storeValidTokens();
        zalo.openapi.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
        zalo.openapi.enqueue(ok());

        zalo.client(zalo.tokens()).send("u1", HELLO);

        assertEquals(2, zalo.openapi.getRequestCount());
    }

    @Test
    void theOutboundRateSpacesRequestsAcrossCallers() throws Exception {
        long[] now = {1_000_000_000L};
        List<Duration> waits = new ArrayList<>();
        SendRate rate = new SendRate(10, () -> now[0], waits::add);

        for (int i = 0; i < 4; i++) {
            rate.acquire();
        }

        assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(300)), waits);
    }

    @Test
    void seedingFillsOnlyAnEmptyStore() {
        ZaloTokens tokens = zalo.tokens();

        boolean first = tokens.seed("rt-env", null);
        boolean second = tokens.seed("rt-other", "tok-other");

        assertEquals(List.of(true, false), List.of(first, second));
        assertEquals("rt-env", zalo.store().tokens().orElseThrow().refreshToken());
    }

    private void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + zalo.dbFile);
                Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
