package vn.motcua.zalo;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.motcua.answer.Answer;
import vn.motcua.answer.Candidate;
import vn.motcua.answer.Messages;
import vn.motcua.answer.ProcedureCard;
import vn.motcua.answer.Status;

/**
 * Renders answers for Zalo: plain text (no markdown, "•" bullets), at most 2,000 characters a
 * message and at most 3 messages (the OA has few free replies in 48 hours), split at line or
 * sentence boundaries. The last message carries the procedure page and the portal link, and a
 * clarifying question carries its options as buttons whose tap returns the option's number.
 */
final class ZaloReplies {

    static final int MAX_CHARS = 2000;
    static final int MAX_MESSAGES = 3;
    private static final String ELLIPSIS = "…";
    private static final Pattern BULLET = Pattern.compile("(?m)^[ \\t]*[-*+][ \\t]+");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}[ \\t]+");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|`");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;:…][\\s\"')\\]]");

    private final Messages messages;
    private final URI publicUrl;

    ZaloReplies(Messages messages, URI publicUrl) {
        this.messages = requireNonNull(messages, "messages may not be null");
        this.publicUrl = publicUrl;
    }

    /** The messages that answer {@code a}; {@code card} is the procedure's card, or null. */
    List<ZaloMessage> answer(Answer a, ProcedureCard card) {
        String body = plain(a.text());
        List<String> footer = new ArrayList<>();
        if (a.status() == Status.ANSWERED && card != null) {
            if (publicUrl != null) {
                footer.add(messages.get("zalo.link.page", publicUrl + "/thu-tuc/" + card.code()));
            }
            if (card.url() != null && !body.contains(card.url())) {
                footer.add(messages.get("zalo.link.source", card.url()));
            }
        }
        List<String> texts = fit(body, String.join("\n", footer));
        List<ZaloMessage.Button> buttons = new ArrayList<>();
        if (a.status() == Status.CLARIFY) {
            int i = 1;
            for (Candidate c : a.procedures()) {
                buttons.add(new ZaloMessage.Button(i + ". " + c.name(), String.valueOf(i)));
                i++;
            }
        }
        List<ZaloMessage> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            out.add(new ZaloMessage(texts.get(i), i == texts.size() - 1 ? buttons : List.of()));
        }
        return out;
    }

    /** The welcome to a new follower, with quick replies for popular procedures. */
    List<ZaloMessage> welcome() {
        List<ZaloMessage.Button> buttons = new ArrayList<>();
        for (String option : messages.get("zalo.welcome.options").split("\\|")) {
            if (!option.isBlank()) {
                buttons.add(new ZaloMessage.Button(option.strip(), option.strip()));
            }
        }
        return List.of(new ZaloMessage(messages.get("zalo.welcome"), buttons));
    }

    /** The note that only text messages are answered. */
    List<ZaloMessage> onlyText() {
        return List.of(ZaloMessage.text(messages.get("zalo.only_text")));
    }

    /** Markdown made plain: "•" bullets, no emphasis marks or heading hashes, no runs of blank lines. */
    static String plain(String text) {
        String t = BULLET.matcher(text.replace("\r\n", "\n")).replaceAll("• ");
        t = HEADING.matcher(t).replaceAll("");
        t = EMPHASIS.matcher(t).replaceAll("");
        return t.replaceAll("\n{3,}", "\n\n").strip();
    }

    /**
     * The body split into at most {@link #MAX_MESSAGES} texts of at most {@link #MAX_CHARS}, with
     * the footer (may be empty) ending the last one; what does not fit is cut with "…".
     */
    static List<String> fit(String body, String footer) {
        List<String> parts = split(body.isBlank() ? footer : body, MAX_CHARS, MAX_MESSAGES);
        if (footer.isBlank() || body.isBlank()) {
            return parts;
        }
        int last = parts.size() - 1;
        String joined = parts.get(last) + "\n\n" + footer;
        if (joined.length() <= MAX_CHARS) {
            parts.set(last, joined);
        } else if (parts.size() < MAX_MESSAGES) {
            parts.add(footer);
        } else {
            int room = MAX_CHARS - footer.length() - 2 - ELLIPSIS.length();
            parts.set(last, parts.get(last).substring(0, boundary(parts.get(last), room)).strip() + ELLIPSIS + "\n\n" + footer);
        }
        return parts;
    }

    /** Splits at line, then sentence, then word boundaries; the last part is cut with "…" if the text needs more parts. */
    static List<String> split(String text, int max, int maxParts) {
        List<String> parts = new ArrayList<>();
        String rest = text.strip();
        while (rest.length() > max) {
            if (parts.size() == maxParts - 1) {
                int cut = boundary(rest, max - ELLIPSIS.length());
                parts.add(rest.substring(0, cut).strip() + ELLIPSIS);
                return parts;
            }
            int cut = boundary(rest, max);
            parts.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }

    /** Where to cut {@code s} at or before {@code max}: after the last line break, sentence end or space in the second half, else at max. */
    static int boundary(String s, int max) {
        if (s.length() <= max) {
            return s.length();
        }
        int floor = max / 2;
        int line = s.lastIndexOf('\n', max);
        if (line >= floor) {
            return line + 1;
        }
        int sentence = -1;
        var m = SENTENCE_END.matcher(s).region(floor, max + 1);
        while (m.find()) {
            sentence = m.start() + 1;
        }
        if (sentence > 0) {
            return sentence;
        }
        int space = s.lastIndexOf(' ', max);
        if (space >= floor) {
            return space + 1;
        }
        // Never split a surrogate pair.
        return Character.isLowSurrogate(s.charAt(max)) ? max - 1 : max;
    }
}
