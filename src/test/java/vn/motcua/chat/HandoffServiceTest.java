package vn.motcua.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.store.Database;
import vn.motcua.store.StoreSettings;
import vn.motcua.store.TicketStore;

/** Hand-off over a real SQLite ticket store: masking, validation, the queue and replies. */
class HandoffServiceTest {

    @TempDir
    Path dir;
    private Database db;
    private HandoffService handoffs;

    @BeforeEach
    void open() {
        db = Database.open(StoreSettings.sqlite(dir.resolve("motcua.db")));
        handoffs = new HandoffService(new TicketStore(db, Clock.systemUTC()));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void masksIdNumbersPhonesAndEmailsInTheQuestionButKeepsTheContact() {
        Handoff h = handoffs.open("s-1", "CCCD 001203004567, gọi 0912.345.678 hoặc a.b@gmail.com", "a.b@gmail.com");

        assertEquals("CCCD [id-number], gọi [phone] hoặc [email]", handoffs.find(h.reference()).orElseThrow().question());
        assertEquals("a.b@gmail.com", handoffs.find(h.reference()).orElseThrow().contact());
        assertEquals(Handoff.State.OPEN, h.state());
        assertNull(h.reply());
    }

    @Test
    void refusesABlankQuestionABadContactAndABadSession() {
        assertEquals("question", assertThrows(HandoffService.InvalidHandoffException.class, () -> handoffs.open("s-1", " \n ", null)).field());
        assertEquals("contact", assertThrows(HandoffService.InvalidHandoffException.class, () -> handoffs.open("s-1", "Hỏi", "gọi tôi nhé")).field());
        assertEquals("session_id", assertThrows(HandoffService.InvalidHandoffException.class, () -> handoffs.open("s 1", "Hỏi", null)).field());
        assertTrue(handoffs.queue(10).isEmpty());
    }

    @Test
    void aReplyClosesTheTicketAndTakesItOffTheQueue() {
        Handoff h = handoffs.open("s-1", "Hỏi về lệ phí", "  ");

        Optional<Handoff> replied = handoffs.reply(h.reference(), "  Miễn lệ phí.  ");

        assertEquals(Handoff.State.ANSWERED, replied.orElseThrow().state());
        assertEquals("Miễn lệ phí.", replied.orElseThrow().reply());
        assertNull(h.contact());
        assertTrue(handoffs.queue(10).isEmpty());
        assertEquals(1, handoffs.recent(10).size());
    }

    @Test
    void aMalformedOrUnknownReferenceFindsNothing() {
        assertFalse(handoffs.find("MC-22222").isPresent());
        assertFalse(handoffs.find("mc-22222").isPresent());
        assertFalse(handoffs.find(null).isPresent());
        assertFalse(handoffs.reply("MC-0OIL1", "x").isPresent());
    }
}
