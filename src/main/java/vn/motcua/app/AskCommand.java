package vn.motcua.app;

import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.motcua.answer.Answer;
import vn.motcua.answer.AnswerListener;
import vn.motcua.answer.AnswerService;
import vn.motcua.answer.DialogueState;
import vn.motcua.chat.ChatService;
import vn.motcua.chat.FileConversations;
import vn.motcua.chat.SessionId;

/** {@code motcua ask}: one question through the answer pipeline, optionally within a conversation. */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Answer a question (grounded, or through the configured model).")
final class AskCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "QUESTION", description = "The question, with or without marks.")
    String question;

    @Option(names = "--session", paramLabel = "ID", description = "Keep the conversation under this id (letters, digits, - and _), across runs.")
    String session;

    @Option(names = "--json", description = "Print one JSON object: status, answer, procedures, citations, latency_ms.")
    boolean json;

    private final Supplier<Wiring> wiring;

    AskCommand(Supplier<Wiring> wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() throws Exception {
        if (session != null) {
            try {
                SessionId.check(session);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--session: " + e.getMessage());
            }
        }
        Wiring w = wiring.get();
        var index = w.liveIndex(new ConsoleProgress(spec.commandLine().getErr(), "index", System.console() != null));
        AnswerService service = w.answerService(index);
        Answer a;
        if (session != null) {
            a = new ChatService(service, new FileConversations(w.config().dataDir().resolve("sessions"), w.json())).ask(session, question, AnswerListener.NONE);
        } else {
            a = service.ask(question, DialogueState.EMPTY, AnswerListener.NONE);
        }
        var out = spec.commandLine().getOut();
        if (json) {
            out.println(w.json().copy().configure(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, false)
                    .writeValueAsString(a.toJson()));
        } else {
            out.println(a.text());
        }
        return 0;
    }
}
