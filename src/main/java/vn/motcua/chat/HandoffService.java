package vn.motcua.chat;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.motcua.answer.PersonalData;
import vn.motcua.store.TicketStore;

/**
 * Hand-off to an officer over {@link TicketStore}: validates a citizen's request, masks personal
 * data in the question the way {@link ChatService} masks turns, and gives channels and the officer
 * console the same view of a ticket. The contact is kept unmasked on purpose: it is how the officer answers.
 */
public final class HandoffService {

    /** A request this service refuses, naming the field at fault: "session_id", "question", "contact", "reply" or "reference". */
    public static final class InvalidHandoffException extends IllegalArgumentException {
        private final String field;

        InvalidHandoffException(String field, String rule) {
            super(field + " " + rule);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    public static final int MAX_QUESTION = 2000;
    public static final int MAX_CONTACT = 120;
    public static final int MAX_REPLY = 4000;

    private static final Pattern REFERENCE = Pattern.compile("MC-[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{5}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 .-]{7,18}[0-9]");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    private final TicketStore tickets;
    private final PersonalData personalData = new PersonalData();

    public HandoffService(TicketStore tickets) {
        this.tickets = requireNonNull(tickets, "tickets may not be null");
    }

    /** Opens a ticket; the question is stored masked. Throws {@link InvalidHandoffException} on bad input. */
    public Handoff open(String sessionId, String question, String contact) {
        try {
            SessionId.check(sessionId);
        } catch (IllegalArgumentException e) {
            throw new InvalidHandoffException("session_id", "must be 1-64 characters of letters, digits, '-' or '_'");
        }
        String q = question == null ? "" : question.strip();
        if (q.isEmpty() || q.length() > MAX_QUESTION) {
            throw new InvalidHandoffException("question", "must be 1-" + MAX_QUESTION + " characters");
        }
        String c = contact == null || contact.isBlank() ? null : contact.strip();
        if (c != null && (c.length() > MAX_CONTACT || !(PHONE.matcher(c).matches() || EMAIL.matcher(c).matches()))) {
            throw new InvalidHandoffException("contact", "must be a phone number or an email address of at most " + MAX_CONTACT + " characters");
        }
        return view(tickets.open(sessionId, personalData.mask(q).text(), c));
    }

    /** The ticket with this reference; empty when none, or when the reference is not of the "MC-XXXXX" form. */
    public Optional<Handoff> find(String reference) {
        return isReference(reference) ? tickets.find(reference).map(HandoffService::view) : Optional.empty();
    }

    /** Open tickets, oldest first, at most {@code limit}: the officers' queue. */
    public List<Handoff> queue(int limit) {
        return tickets.listOpen(limit).stream().map(HandoffService::view).toList();
    }

    /** All tickets, newest first, at most {@code limit}, answered or not. */
    public List<Handoff> recent(int limit) {
        return tickets.recent(limit).stream().map(HandoffService::view).toList();
    }

    /** Records an officer's reply; empty when no ticket has this reference. */
    public Optional<Handoff> reply(String reference, String text) {
        String r = text == null ? "" : text.strip();
        if (r.isEmpty() || r.length() > MAX_REPLY) {
            throw new InvalidHandoffException("reply", "must be 1-" + MAX_REPLY + " characters");
        }
        return isReference(reference) ? tickets.reply(reference, r).map(HandoffService::view) : Optional.empty();
    }

    static boolean isReference(String reference) {
        return reference != null && REFERENCE.matcher(reference).matches();
    }

    private static Handoff view(TicketStore.Ticket t) {
        return new Handoff(t.reference(), t.status() == TicketStore.Status.OPEN ? Handoff.State.OPEN : Handoff.State.ANSWERED,
                t.questionMasked(), t.contact(), t.reply(), t.createdAt());
    }
}
