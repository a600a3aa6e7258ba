package vn.motcua.zalo;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.answer.Answer;
import vn.motcua.answer.AnswerListener;
import vn.motcua.answer.Messages;
import vn.motcua.answer.ProcedureCard;
import vn.motcua.chat.ChatService;
import vn.motcua.chat.Handoff;
import vn.motcua.chat.HandoffService;
import vn.motcua.store.ZaloStore;
import vn.motcua.store.ZaloStore.EventStatus;

/**
 * Handles one claimed webhook event: a text goes through the same pipeline as the web, in the
 * conversation "zalo-" + user id, so follow-ups resolve as they do there; a follow gets the
 * welcome; an image, sticker or file gets the note that only text is handled; anything else is
 * logged and ignored. A text that starts with "gặp cán bộ" opens a hand-off ticket instead, and the
 * reply gives its reference; officers answer in the OA's own Zalo inbox. The event's row records the outcome.
 */
public final class ZaloResponder {

    private static final Logger LOG = LoggerFactory.getLogger(ZaloResponder.class);
    /** Zalo user ids are digits; with the "zalo-" prefix a session id holds at most 64 characters. */
    private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9_-]{1,59}");
    static final String SESSION_PREFIX = "zalo-";

    private final ChatService chat;
    private final ZaloClient client;
    private final ZaloStore store;
    private final ZaloReplies replies;
    private final HandoffService handoffs;
    private final Messages messages = Messages.vietnamese();
    private final List<String> handoffTriggers;

    public ZaloResponder(ChatService chat, HandoffService handoffs, ZaloClient client, ZaloStore store, ZaloSettings settings) {
        this.chat = requireNonNull(chat, "chat may not be null");
        this.handoffs = requireNonNull(handoffs, "handoffs may not be null");
        this.handoffTriggers = List.of(messages.get("zalo.handoff.triggers").split("\\|"));
        this.client = requireNonNull(client, "client may not be null");
        this.store = requireNonNull(store, "store may not be null");
        this.replies = new ZaloReplies(messages, requireNonNull(settings, "settings may not be null").publicUrl());
    }

    /** Handles an event already claimed in the store; never throws, the outcome is recorded. */
    void handle(ZaloEvent e) {
        try {
            if (e.userId() == null || !USER_ID.matcher(e.userId()).matches()) {
                ignore(e, "no usable user id");
                return;
            }
            List<ZaloMessage> out = switch (e.kind()) {
                case TEXT -> answer(e);
                case FOLLOW -> replies.welcome();
                case ATTACHMENT -> replies.onlyText();
                case OTHER -> null;
            };
            if (out == null) {
                ignore(e, "event not handled: " + e.name());
                return;
            }
            for (ZaloMessage m : out) {
                client.send(e.userId(), m);
            }
            store.mark(e.key(), EventStatus.REPLIED, out.size() + " message(s)");
            LOG.info("Zalo event {} ({}) answered with {} message(s)", e.key(), e.name(), out.size());
        } catch (RuntimeException ex) {
            LOG.error("Zalo event {} ({}) not answered: {}", e.key(), e.name(), ex.getMessage(), ex);
            try {
                store.mark(e.key(), EventStatus.FAILED, ex.getClass().getSimpleName() + ": " + ex.getMessage());
            } catch (RuntimeException storeDown) {
                LOG.error("cannot record the failure of Zalo event {}", e.key(), storeDown);
            }
        }
    }

    private List<ZaloMessage> answer(ZaloEvent e) {
        String text = e.text() == null ? "" : e.text().strip();
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (String trigger : handoffTriggers) {
            if (lower.startsWith(trigger)) {
                return handoff(e, text.substring(trigger.length()).replaceFirst("^[\\s:,.-]+", ""));
            }
        }
        Card card = new Card();
        Answer a = chat.ask(SESSION_PREFIX + e.userId(), e.text() == null ? "" : e.text(), card);
        return replies.answer(a, card.card);
    }

    /** Opens a ticket for the officers with what the citizen wrote after the trigger, if anything. */
    private List<ZaloMessage> handoff(ZaloEvent e, String question) {
        String q = question.isBlank() ? messages.get("zalo.handoff.question") : question;
        Handoff h = handoffs.open(SESSION_PREFIX + e.userId(), q.length() > HandoffService.MAX_QUESTION ? q.substring(0, HandoffService.MAX_QUESTION) : q, null);
        LOG.info("Zalo event {} opened hand-off ticket {}", e.key(), h.reference());
        return List.of(ZaloMessage.text(messages.get("zalo.handoff.opened", h.reference())));
    }

    private void ignore(ZaloEvent e, String why) {
        LOG.info("Zalo event {} ({}) ignored: {}", e.key(), e.name(), why);
        store.mark(e.key(), EventStatus.IGNORED, why);
    }

    /** Keeps the card the pipeline announces; Zalo gets the whole text at the end, nothing streams. */
    private static final class Card implements AnswerListener {
        ProcedureCard card;

        @Override
        public void onProcedure(ProcedureCard c) {
            card = c;
        }

        @Override
        public void onText(String chunk) {
            // Zalo messages are sent whole.
        }

        @Override
        public void onReset() {
            // Nothing was sent yet.
        }
    }
}
